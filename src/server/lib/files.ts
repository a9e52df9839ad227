// Uploaded files (evidence, minutes, photos): PDF, images and office documents recognised by their
// content (not their name), at most 10 MB each, stored once under <dataDir>/files/<sha256> and synced to disk before
// the rows that name them are written. A write that fails removes the files it added, so a half-written update leaves
// nothing behind.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { fileTypeFromBuffer } from 'file-type';
import { textProblemMessages, textProblems } from '../../common/text-rule.js';
import { AppError, invalidField } from './errors.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 10;

const accepted = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  // Word 97–2003 and Excel 97–2003 files are OLE compound files.
  'application/x-cfb',
]);

export interface Upload {
  fileName: string;
  data: Buffer;
}

export interface StoredFile {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A multipart form as text fields and buffered files (the 10 MB limit is enforced while reading). */
/** The text rule (common/text-rule.ts) for what a route reads itself rather than through its schema: a 400 naming each field. */
export function assertCleanText(value: unknown): void {
  const problems = textProblems(value);
  if (problems.length === 0) return;
  const fields = Object.fromEntries(problems.map(({ path: fieldPath, problem }) => [fieldPath.join('.') || 'body', textProblemMessages[problem]]));
  const names = Object.keys(fields).join(', ');
  throw new AppError('VALIDATION', { message: { vi: `Dữ liệu không hợp lệ: ${names}.`, en: `Invalid data: ${names}.` }, fields });
}

export async function readMultipart(request: FastifyRequest): Promise<{ fields: Record<string, string>; uploads: Upload[] }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const fields: Record<string, string> = {};
  const uploads: Upload[] = [];
  for await (const part of request.parts({ limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES, fields: 30 } })) {
    if (part.type === 'file') uploads.push({ fileName: path.basename(part.filename || 'tep'), data: await part.toBuffer() });
    else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  // Multipart fields are read here, not by a route schema: the same text rule as every other field.
  assertCleanText({ ...fields, ...Object.fromEntries(uploads.map((upload, index) => [`file${index}`, upload.fileName])) });
  return { fields, uploads };
}

const filePath = (dataDir: string, sha256: string) => path.join(dataDir, 'files', sha256);

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function syncFile(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeDurably(file: string, data: Buffer): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Checks every upload, stores the new ones (synced to disk), runs `work`, and removes what it stored if `work` fails. */
export async function withStoredFiles<T>(dataDir: string, uploads: Upload[], work: (files: StoredFile[]) => Promise<T>): Promise<T> {
  const files: StoredFile[] = [];
  for (const upload of uploads) {
    const type = await fileTypeFromBuffer(upload.data);
    if (!type || !accepted.has(type.mime)) {
      throw invalidField('files', {
        vi: `Tệp "${upload.fileName}" không phải PDF, ảnh hay tài liệu văn phòng.`,
        en: `"${upload.fileName}" is not a PDF, an image or an office document.`,
      });
    }
    files.push({ fileName: upload.fileName, mediaType: type.mime, size: upload.data.length, sha256: createHash('sha256').update(upload.data).digest('hex') });
  }
  const added: string[] = [];
  try {
    await fs.mkdir(path.join(dataDir, 'files'), { recursive: true });
    for (const [index, file] of files.entries()) {
      const target = filePath(dataDir, file.sha256);
      if (await exists(target)) continue;
      // Written aside, synced, then renamed: a reader never sees half a file.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.part`;
      await writeDurably(temporary, uploads[index]?.data ?? Buffer.alloc(0));
      await fs.rename(temporary, target);
      added.push(target);
    }
    // The renames too are on disk before `work` commits rows that point at the files.
    if (added.length > 0) await syncFile(path.join(dataDir, 'files'));
    return await work(files);
  } catch (error) {
    await Promise.all(added.map((file) => fs.rm(file, { force: true })));
    throw error;
  }
}

export const readStoredFile = (dataDir: string, sha256: string) => fs.readFile(filePath(dataDir, sha256));
