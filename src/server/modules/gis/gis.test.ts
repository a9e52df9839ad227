import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoundaryImportResult, GisWards } from '../../../common/gis.js';
import { fixedClock } from '../../lib/clock.js';
import { type Session, signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp } from '../feedback/testing.js';
import { syntheticWards, syntheticWardsText } from './testing.js';

const upload = (fileName: string, text: string) => {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'application/geo+json' }), fileName);
  const encoded = new Response(form);
  return encoded.arrayBuffer().then((body) => ({ payload: Buffer.from(body), headers: { 'content-type': encoded.headers.get('content-type') ?? '' } }));
};

/** Nearer Phường 7's centre than Phường 9's. */
const between = { lat: 10.3605, lng: 107.0874 };

describe.each(testDialects)('ward geometry on %s', (dialect) => {
  let t: FeedbackTestApp;
  let vhtt: Session;
  const wards = async () => (await t.app.inject({ method: 'GET', url: '/api/gis/wards' })).json<GisWards>();
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, fixedClock('2024-05-06T03:00:00Z'));
    vhtt = await signIn(t.app, 'vhtt');
  });
  afterAll(() => t.close());

  it('shows the 17 wards as approximate centres to anyone until outlines are imported', async () => {
    const before = await wards();
    expect(before.boundaries).toBeNull();
    expect(before.city).toEqual({ code: 'VT', name: 'UBND thành phố Vũng Tàu' });
    expect(before.wards).toHaveLength(17);
    expect(before.wards.find((ward) => ward.code === 'VT-P07')).toEqual({
      code: 'VT-P07',
      name: 'Phường 7',
      centre: { lat: 10.3573, lng: 107.0876 },
      centreApproximate: true,
      geometry: null,
      bbox: null,
    });
  });

  it('imports the synthetic squares from the coordinator, draws them and finds the ward inside one', async () => {
    // Phường 9's square stretched south, to a point nearer Phường 7's centre.
    const file = syntheticWards();
    const p9 = file.features.find((feature) => feature.properties.code === 'VT-P09');
    if (!p9) throw new Error('fixture');
    p9.geometry.coordinates = [[[107.0856, 10.36], [107.0896, 10.36], [107.0896, 10.3672], [107.0856, 10.3672], [107.0856, 10.36]]];
    const imported = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries?fileName=phuong-xa.geojson', payload: file });
    expect(imported.statusCode).toBe(201);
    const result = imported.json<BoundaryImportResult>();
    expect(result.boundaries).toEqual({ fileName: 'phuong-xa.geojson', importedAt: '2024-05-06T03:00:00.000Z', wardCount: 17 });
    expect(result.matches[5]).toEqual({ feature: 5, code: 'VT-P07', name: 'Phường 7', matchedBy: 'code' });
    const after = await wards();
    expect(after.boundaries?.fileName).toBe('phuong-xa.geojson');
    expect(after.wards.find((ward) => ward.code === 'VT-P07')).toMatchObject({ geometry: { type: 'Polygon' }, bbox: [107.0856, 10.3553, 107.0896, 10.3593] });
    // The citizen map reads the same outlines.
    const config = (await t.app.inject({ method: 'GET', url: '/api/field-reports/config' })).json<{ wards: { boundary: unknown }[] }>();
    expect(config.wards.every((ward) => ward.boundary !== null)).toBe(true);
    const filed = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác ở góc đường trong Phường 9', ...between });
    expect(filed.json()).toMatchObject({ ward: { code: 'VT-P09' } });
  });

  it('rejects a broken file with every problem listed, and keeps the outlines in force', async () => {
    const file = syntheticWards();
    const [p1, p2] = file.features;
    if (!p1 || !p2) throw new Error('fixture');
    p1.geometry = { type: 'LineString', coordinates: [[107.07, 10.34], [107.08, 10.35]] };
    p2.properties = { name: 'Phường 1' };
    const refused = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries?fileName=hong.geojson', payload: file });
    expect(refused.statusCode).toBe(400);
    const { error } = refused.json<{ error: { message: string; fields: Record<string, string> } }>();
    expect(error.message).toBe('Tệp ranh giới có 2 lỗi, chưa lưu gì.');
    expect(error.fields).toEqual({
      'features.0': 'Đặc trưng thứ 1 (Phường 1): hình học phải là Polygon hoặc MultiPolygon (đang là LineString).',
      wards: 'Thiếu ranh giới của: Phường 2.',
    });
    const english = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries', payload: { type: 'Topology' }, headers: { 'accept-language': 'en' } });
    expect(english.json()).toMatchObject({ error: { message: 'The boundary file has 1 problem; nothing was stored.' } });
    expect((await wards()).boundaries?.fileName).toBe('phuong-xa.geojson');
  });

  it('takes an uploaded file, refuses one that is not JSON, and replaces the previous import whole', async () => {
    const notJson = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries', ...(await upload('ranh-gioi.geojson', '{"type": "FeatureCollection", ')) });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ error: { fields: { file: 'Tệp không phải JSON hợp lệ (GeoJSON).' } } });
    const rawNotJson = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries', payload: 'type: FeatureCollection', headers: { 'content-type': 'application/geo+json' } });
    expect(rawNotJson.json()).toMatchObject({ error: { fields: { file: 'Tệp không phải JSON hợp lệ (GeoJSON).' } } });
    // The same squares moved 0.001° north, matched by name this time.
    const moved = syntheticWards();
    for (const feature of moved.features) {
      feature.properties = { ten: feature.properties.name };
      const rings = feature.geometry.coordinates as number[][][];
      feature.geometry.coordinates = rings.map((ring) => ring.map(([lng = 0, lat = 0]) => [lng, Number((lat + 0.001).toFixed(4))]));
    }
    const replaced = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries', ...(await upload('ranh-gioi-2024.geojson', JSON.stringify(moved))) });
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json<BoundaryImportResult>().matches.every((match) => match.matchedBy === 'name')).toBe(true);
    const after = await wards();
    expect(after.boundaries).toEqual({ fileName: 'ranh-gioi-2024.geojson', importedAt: '2024-05-06T03:00:00.000Z', wardCount: 17 });
    expect(after.wards.find((ward) => ward.code === 'VT-P07')?.bbox).toEqual([107.0856, 10.3563, 107.0896, 10.3603]);
    const imports = await t.database.db.selectFrom('ward_boundary_imports').select(['file_name', 'ended_at']).orderBy('id').execute();
    expect(imports.map((row) => [row.file_name, row.ended_at !== null])).toEqual([
      ['phuong-xa.geojson', true],
      ['ranh-gioi-2024.geojson', false],
    ]);
  });

  it('refuses a file over 5 MB', async () => {
    const padded = syntheticWardsText.replace('"features"', `"padding": "${'x'.repeat(5 * 1024 * 1024)}", "features"`);
    const tooBig = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries', ...(await upload('lon.geojson', padded)) });
    expect(tooBig.statusCode).toBe(413);
    for (const type of ['application/json', 'application/geo+json']) {
      const tooBigBody = await vhtt.request({ method: 'POST', url: '/api/gis/ward-boundaries', payload: padded, headers: { 'content-type': type } });
      expect(tooBigBody.statusCode).toBe(413);
    }
  });

  it('lets only the administrator and the coordinator change the outlines', async () => {
    for (const username of ['canbo.p7', 'xem', 'lanhdao']) {
      const session = await signIn(t.app, username);
      expect((await session.request({ method: 'POST', url: '/api/gis/ward-boundaries', payload: syntheticWards() })).statusCode).toBe(403);
      expect((await session.request({ method: 'DELETE', url: '/api/gis/ward-boundaries' })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/gis/ward-boundaries', payload: syntheticWards() })).statusCode).toBe(401);
    const admin = await signIn(t.app, 'admin');
    const raw = await admin.request({ method: 'POST', url: '/api/gis/ward-boundaries?fileName=phuong-xa.geojson', payload: syntheticWardsText, headers: { 'content-type': 'application/geo+json' } });
    expect(raw.statusCode).toBe(201);
  });

  it('goes back to points on DELETE, and then finds the ward by the nearest centre', async () => {
    expect((await vhtt.request({ method: 'DELETE', url: '/api/gis/ward-boundaries' })).statusCode).toBe(204);
    const after = await wards();
    expect(after.boundaries).toBeNull();
    expect(after.wards.every((ward) => ward.geometry === null && ward.bbox === null)).toBe(true);
    const filed = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác giữa Phường 7 và Phường 9', ...between });
    expect(filed.json()).toMatchObject({ ward: { code: 'VT-P07' } });
  });
});
