import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskDetail } from '../../../common/tasks.js';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, multipartBody, signIn, type Session, type TestApp, testDialects } from '../../test/harness.js';

const NOW = '2024-09-20T03:00:00Z';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe.each(testDialects)('evidence files on %s', (dialect) => {
  let t: TestApp;
  let owner: Session;
  let taskId: number;
  const filesDir = () => path.join(t.app.config.dataDir, 'files');
  const stored = async () => (await fs.readdir(filesDir()).catch(() => [] as string[])).sort();
  const upload = (body: ReturnType<typeof multipartBody>) => owner.request({ method: 'POST', url: `/api/tasks/${taskId}/updates/with-files`, ...body });
  const updates = async () => (await t.database.db.selectFrom('task_updates').select('id').where('task_id', '=', taskId).execute()).length;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock(NOW) });
    const vhtt = await signIn(t.app, 'vhtt');
    const unit = await t.database.db.selectFrom('units').select('id').where('code', '=', 'VT-TNMT').executeTakeFirstOrThrow();
    taskId = (await vhtt.post('/api/tasks', { title: 'Số hóa hồ sơ địa chính', leadUnitId: unit.id, dueDate: '2024-12-31' })).json<TaskDetail>().id;
    owner = await signIn(t.app, 'tnmt');
  });
  afterAll(() => t.close());

  it('stores PDF and image evidence by content hash and serves it to the city', async () => {
    const response = await upload(multipartBody({ text: 'Biên bản nghiệm thu đợt 1', progress: '30', figure: '1250' }, [
      { name: 'Biên bản nghiệm thu.pdf', data: PDF },
      { name: 'anh-hien-truong.png', data: PNG, type: 'image/png' },
    ]));
    expect(response.statusCode).toBe(201);
    const [update] = response.json<TaskDetail>().updates;
    expect(update).toMatchObject({ progress: 30, figure: 1250, text: 'Biên bản nghiệm thu đợt 1' });
    expect(update?.files.map((file) => [file.fileName, file.mediaType])).toEqual([
      ['Biên bản nghiệm thu.pdf', 'application/pdf'],
      ['anh-hien-truong.png', 'image/png'],
    ]);
    expect(await stored()).toHaveLength(2);
    const download = await (await signIn(t.app, 'xem')).get(update?.files[0]?.url ?? '');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('judges files by content, not by name, and writes nothing for a refused one', async () => {
    const before = [await updates(), await stored()] as const;
    const disguised = await upload(multipartBody({ text: 'Tệp giả' }, [{ name: 'bao-cao.pdf', data: Buffer.from('MZ not a pdf at all') }]));
    expect(disguised.statusCode).toBe(400);
    expect(Object.keys(disguised.json().error.fields)).toEqual(['files']);
    expect([await updates(), await stored()]).toEqual(before);
  });

  it('leaves no file behind when the update itself is refused', async () => {
    const before = [await updates(), await stored()] as const;
    const other = Buffer.concat([PDF, Buffer.from('% another document\n')]);
    const future = await upload(multipartBody({ text: 'Xong', completedOn: '2024-12-01' }, [{ name: 'ket-qua.pdf', data: other }]));
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.fields)).toEqual(['completedOn']);
    const badFields = await upload(multipartBody({ progress: 'nhiều' }, [{ name: 'ket-qua.pdf', data: other }]));
    expect(Object.keys(badFields.json().error.fields).sort()).toEqual(['progress', 'text']);
    expect([await updates(), await stored()]).toEqual(before);
  });

  it('refuses a file over 10 MB', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const response = await upload(multipartBody({ text: 'Quá lớn' }, [{ name: 'lon.pdf', data: big }]));
    expect(response.statusCode).toBe(413);
    expect(await stored()).toHaveLength(2);
  });
});
