import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffFieldReport, TrackedFieldReport } from '../../../common/feedback.js';
import { fixedClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, multipart, nextAddress, places } from './testing.js';

/** A phone photo: 3000×2000 JPEG whose EXIF names the camera and where it stood (GPS IFD). */
const phonePhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#4a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Model X', Software: 'Camera 1.0' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 21/1 2700/100', GPSLongitudeRef: 'E', GPSLongitude: '107/1 5/1 1460/100' },
    })
    .toBuffer();

// The GPS IFD pointer tag 0x8825, little- or big-endian, as it sits in an EXIF block.
const hasGpsTag = (exif: Buffer) => exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));

describe.each(testDialects)('field report photos on %s', (dialect) => {
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, fixedClock('2024-09-20T03:00:00Z'));
  });
  afterAll(() => t.close());
  const stored = async () => (await fs.readdir(path.join(t.app.config.dataDir, 'files')).catch(() => [] as string[])).sort();
  const reports = async () => (await t.database.db.selectFrom('field_reports').select('id').execute()).length;
  const fields = () => ({ categoryId: String(t.category('MT-RAC')), description: 'Rác đổ trộm dưới chân cầu', lat: String(places.p7.lat), lng: String(places.p7.lng), anonymous: 'on' });
  const send = async (form: Record<string, string>, photos: { name: string; data: Buffer; type?: string }[]) =>
    t.app.inject({ method: 'POST', url: '/api/field-reports/with-photos', remoteAddress: nextAddress(), ...(await multipart(form, photos)) });

  it('resizes the photo and strips its EXIF (GPS, camera) before anyone sees it', async () => {
    const original = await phonePhoto();
    const before = await sharp(original).metadata();
    expect(before.exif && hasGpsTag(before.exif)).toBe(true);
    const response = await send(fields(), [{ name: 'IMG_0001.jpg', data: original }]);
    expect(response.statusCode).toBe(201);
    const tracked = (await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${response.json().code}` })).json<TrackedFieldReport>();
    expect(tracked.photos).toHaveLength(1);
    expect(tracked.photos[0]).toMatchObject({ stage: 'before', width: 1600, height: 1067 });
    const image = await t.app.inject({ method: 'GET', url: tracked.photos[0]?.url ?? '' });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    const shown = await sharp(image.rawPayload).metadata();
    expect(shown).toMatchObject({ format: 'jpeg', width: 1600, height: 1067 });
    expect(shown.exif).toBeUndefined();
    expect(shown.xmp).toBeUndefined();
    expect(image.rawPayload.includes(Buffer.from('PhoneMaker'))).toBe(false);
    // Only the cleaned copy is kept on disk, not the original.
    for (const file of await stored()) {
      const kept = await fs.readFile(path.join(t.app.config.dataDir, 'files', file));
      expect(kept.equals(original)).toBe(false);
      expect((await sharp(kept).metadata()).exif).toBeUndefined();
    }
  });

  it('leaves nothing behind when one photo is not an image, there are too many, or the report itself is refused', async () => {
    const [filesBefore, reportsBefore] = [await stored(), await reports()];
    const good = { name: 'a.jpg', data: await phonePhoto() };
    const fake = await send(fields(), [good, { name: 'b.jpg', data: Buffer.from('MZ this is a program, not a photo') }]);
    expect(fake.statusCode).toBe(400);
    expect(Object.keys(fake.json().error.fields)).toEqual(['photos']);
    const tooMany = await send(fields(), Array.from({ length: 6 }, (_, index) => ({ ...good, name: `${index}.jpg` })));
    expect(Object.keys(tooMany.json().error.fields)).toEqual(['photos']);
    // The photo is fine and stored first; the unknown category then stops the report and the file goes.
    const refused = await send({ ...fields(), categoryId: '99999' }, [{ name: 'c.jpg', data: await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123' } }).jpeg().toBuffer() }]);
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(['categoryId']);
    const badFields = await send({ ...fields(), lat: 'đây', anonymous: 'có' }, [good]);
    expect(Object.keys(badFields.json().error.fields).sort()).toEqual(['anonymous', 'lat']);
    expect([await stored(), await reports()]).toEqual([filesBefore, reportsBefore]);
  });

  it('shows the unit’s "after" photos with the answer, and hides a rejected report’s photos from the public', async () => {
    const filed = await send(fields(), [{ name: 'truoc.jpg', data: await phonePhoto() }]);
    const code = filed.json().code as string;
    const { id } = await t.database.db.selectFrom('field_reports').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    const ward = await signIn(t.app, 'canbo.p7');
    const after = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#eee' } }).png().toBuffer();
    const resolved = await ward.request({ method: 'POST', url: `/api/field-reports/${id}/resolve/with-photos`, ...(await multipart({ answer: 'Đã thu gom toàn bộ rác, lắp biển cấm đổ rác.' }, [{ name: 'sau.png', data: after, type: 'image/png' }])) });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json<StaffFieldReport>().photos.map((photo) => [photo.stage, photo.width])).toEqual([
      ['before', 1600],
      ['after', 800],
    ]);
    const spam = await send({ ...fields(), categoryId: String(t.category('KHAC')), description: 'Ảnh quảng cáo không liên quan' }, [{ name: 'qc.jpg', data: await phonePhoto() }]);
    const spamCode = spam.json().code as string;
    const spamRow = await t.database.db.selectFrom('field_reports').select('id').where('code', '=', spamCode).executeTakeFirstOrThrow();
    const vhtt = await signIn(t.app, 'vhtt');
    const rejected = await vhtt.post(`/api/field-reports/${spamRow.id}/reject`, { reason: 'Quảng cáo, không phải phản ánh.' });
    const photoUrl = rejected.json<StaffFieldReport>().photos[0]?.url ?? '';
    expect((await t.app.inject({ method: 'GET', url: photoUrl })).statusCode).toBe(404);
    expect((await vhtt.get(photoUrl)).statusCode).toBe(200);
  });
});
