import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportForm } from '../../../common/reporting.js';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, type Session, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { openForm, periodId } from './testing.js';

/** A multipart body with one file part (and optional text fields). */
function multipart(fileName: string, data: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----haidang-test-boundary';
  const parts = [
    ...Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.each(testDialects)('report evidence on %s', (dialect) => {
  let t: TestApp;
  let ward: Session;
  let form: ReportForm;
  const filesDir = () => path.join(t.app.config.dataDir, 'files');
  const stored = () => (fs.existsSync(filesDir()) ? fs.readdirSync(filesDir()) : []);
  const upload = (fileName: string, data: Buffer, fields?: Record<string, string>) =>
    ward.request({ method: 'POST', url: `/api/reporting/submissions/${form.submission.id}/evidence`, ...multipart(fileName, data, fields) });

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock('2024-05-11T09:00:00+07:00') });
    ward = await signIn(t.app, 'canbo.thangtam');
    const unit = await t.database.db.selectFrom('units').select('id').where('code', '=', 'VT-TTAM').executeTakeFirstOrThrow();
    form = await openForm(ward, await periodId(ward, 2024, 5), unit.id);
  });
  afterAll(() => t.close());

  it('stores a PDF under its content hash and lists it on the form', async () => {
    const response = await upload('bien-ban-thang-5.pdf', pdf, { indicatorCode: 'CQS-08' });
    expect(response.statusCode).toBe(200);
    const { evidence } = response.json<ReportForm>();
    expect(evidence).toEqual([expect.objectContaining({ fileName: 'bien-ban-thang-5.pdf', mediaType: 'application/pdf', indicatorCode: 'CQS-08', size: pdf.length })]);
    expect(stored()).toHaveLength(1);
    const download = await ward.get(`/api/reporting/evidence/${evidence[0]?.id}`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('rejects a file whose content is not what its name says, and stores nothing', async () => {
    const before = stored().length;
    const response = await upload('bao-cao.pdf', Buffer.from('#!/bin/sh\necho khong phai pdf\n'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.files).toMatch(/không phải PDF/);
    expect(stored()).toHaveLength(before);
    expect(await t.database.db.selectFrom('report_evidence').select('id').execute()).toHaveLength(1);
  });

  it('rejects a file over 10 MB, and stores nothing', async () => {
    const before = stored().length;
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1, 32)]);
    const response = await upload('qua-lon.pdf', big);
    expect(response.statusCode).toBe(413);
    expect(stored()).toHaveLength(before);
    expect(await t.database.db.selectFrom('report_evidence').select('id').execute()).toHaveLength(1);
  });

  it('keeps other units away from the files', async () => {
    const other = await signIn(t.app, 'canbo.p7');
    const [file] = await t.database.db.selectFrom('report_evidence').select('id').execute();
    expect((await other.get(`/api/reporting/evidence/${file?.id}`)).statusCode).toBe(403);
    const response = await other.request({ method: 'POST', url: `/api/reporting/submissions/${form.submission.id}/evidence`, ...multipart('x.pdf', pdf) });
    expect(response.statusCode).toBe(403);
  });
});
