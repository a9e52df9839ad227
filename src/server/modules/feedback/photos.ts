// Citizens' and officers' photos: recognised as images by their content, turned upright, resized
// to at most 1600 px and re-encoded as JPEG, which drops every metadata block (EXIF with GPS and
// the device, XMP, ICC comments). Only that copy is kept: the original adds nothing a city needs
// and would hold the reporter's location history and device. Stored by hash like any evidence.
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { invalidField } from '../../lib/errors.js';
import { type StoredFile, type Upload, MAX_FILE_BYTES, withStoredFiles } from '../../lib/files.js';

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = MAX_FILE_BYTES;
const MAX_EDGE = 1600;
// 50 megapixels: any phone camera, not a decompression bomb.
const MAX_INPUT_PIXELS = 50_000_000;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/heic', 'image/heif']);

export interface PreparedPhoto extends Upload {
  width: number;
  height: number;
}

export interface SavedPhoto extends StoredFile {
  width: number;
  height: number;
}

const notAPhoto = (fileName: string) =>
  invalidField('photos', { vi: `Tệp "${fileName}" không phải ảnh JPEG, PNG, WebP hoặc HEIC đọc được.`, en: `"${fileName}" is not a readable JPEG, PNG, WebP or HEIC image.` });

export async function preparePhotos(uploads: Upload[]): Promise<PreparedPhoto[]> {
  if (uploads.length > MAX_PHOTOS) {
    throw invalidField('photos', { vi: `Tối đa ${MAX_PHOTOS} ảnh.`, en: `At most ${MAX_PHOTOS} photos.` });
  }
  const prepared: PreparedPhoto[] = [];
  for (const upload of uploads) {
    const type = await fileTypeFromBuffer(upload.data);
    if (!type || !IMAGE_TYPES.has(type.mime)) throw notAPhoto(upload.fileName);
    try {
      const { data, info } = await sharp(upload.data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      const base = upload.fileName.replace(/\.[^.]*$/, '').slice(0, 80) || 'anh';
      prepared.push({ fileName: `${base}.jpg`, data, width: info.width, height: info.height });
    } catch {
      throw notAPhoto(upload.fileName);
    }
  }
  return prepared;
}

/** Prepares and stores the photos, runs `work`, and removes the stored files if `work` fails. */
export async function withSavedPhotos<T>(dataDir: string, uploads: Upload[], work: (photos: SavedPhoto[]) => Promise<T>): Promise<T> {
  const prepared = await preparePhotos(uploads);
  return withStoredFiles(dataDir, prepared, (files) =>
    work(files.map((file, index) => ({ ...file, width: prepared[index]?.width ?? 0, height: prepared[index]?.height ?? 0 }))),
  );
}
