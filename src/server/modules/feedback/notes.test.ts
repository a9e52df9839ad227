import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldReportNote } from '../../../common/field-report-notes.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { addNote, listNotes } from './notes.js';
import { type FeedbackTestApp, createFeedbackApp, places } from './testing.js';

// 10:00 on Friday 20/09/2024 in Vietnam.
const NOW = '2024-09-20T03:00:00Z';
const SECRET = 'Hộ số 14 tái phạm lần ba, đề nghị lập biên bản xử phạt';

describe.each(testDialects)('internal notes on field reports on %s', (dialect) => {
  const clock = manualClock(NOW);
  let t: FeedbackTestApp;
  let litter: { id: number; code: string };
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
    // Litter in Phường 7 goes to Phường 7 by the seeded rules.
    const filed = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác đổ trộm ở góc chợ Phường 7', ...places.p7 });
    const code = filed.json<{ code: string }>().code;
    const row = await t.database.db.selectFrom('field_reports').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    litter = { id: row.id, code };
  });
  afterAll(() => t.close());
  const notesUrl = () => `/api/field-reports/${litter.id}/notes`;
  const noteCount = async () => (await t.database.db.selectFrom('field_report_notes').select('id').execute()).length;

  it('lets the coordinator, the assigned unit and a leader write and read the notes, in order, with author and unit', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const first = await vhtt.post(notesUrl(), { body: `  ${SECRET}  ` });
    expect(first.statusCode).toBe(201);
    expect(first.json<FieldReportNote[]>()).toEqual([
      { id: expect.any(Number) as number, body: SECRET, author: expect.any(String) as string, unit: expect.objectContaining({ code: 'VT-VHTT' }) as object, createdAt: NOW.replace('Z', '.000Z') },
    ]);
    clock.set('2024-09-20T04:00:00Z');
    const ward = await signIn(t.app, 'canbo.p7');
    expect((await ward.post(notesUrl(), { body: 'Đã liên hệ tổ dân phố 3' })).statusCode).toBe(201);
    const leader = await signIn(t.app, 'lanhdao');
    const read = (await leader.get(notesUrl())).json<FieldReportNote[]>();
    expect(read.map((note) => [note.body, note.unit.code, note.author])).toEqual([
      [SECRET, 'VT-VHTT', first.json<FieldReportNote[]>()[0]?.author],
      ['Đã liên hệ tổ dân phố 3', 'VT-P07', 'Cán bộ Phường 7'],
    ]);
    expect((await leader.post(notesUrl(), { body: 'Theo dõi sát, báo cáo trước thứ Hai' })).statusCode).toBe(201);
  });

  it('keeps another ward, a viewer, the administrator and visitors out, and writes nothing for them', async () => {
    const before = await noteCount();
    for (const username of ['canbo.thangtam', 'xem', 'admin']) {
      const session = await signIn(t.app, username);
      expect((await session.get(notesUrl())).statusCode, username).toBe(403);
      const refused = await session.post(notesUrl(), { body: 'Không được phép ghi' });
      expect(refused.statusCode, username).toBe(403);
      expect(refused.body).not.toContain(SECRET);
    }
    expect((await t.app.inject({ method: 'GET', url: notesUrl() })).statusCode).toBe(401);
    expect(await noteCount()).toBe(before);
  });

  it('refuses an empty or too long note with a message on the field, and an unknown report with a 404', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const before = await noteCount();
    const empty = await vhtt.post(notesUrl(), { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json<{ error: { fields: object } }>().error.fields)).toEqual(['body']);
    expect((await vhtt.post(notesUrl(), { body: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await vhtt.post('/api/field-reports/999999/notes', { body: 'Ghi chú cho phản ánh không có' })).statusCode).toBe(404);
    expect(await noteCount()).toBe(before);
  });

  it('never shows a note in a public reply, in Open311, or to the unit once the report is sent back', async () => {
    const replies = [
      await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${litter.code}` }),
      await t.app.inject({ method: 'GET', url: '/api/field-reports/public?limit=500' }),
      await t.app.inject({ method: 'GET', url: `/api/field-reports/nearby?categoryId=${t.category('MT-RAC')}&lat=${places.p7.lat}&lng=${places.p7.lng}` }),
      await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${litter.code}.json` }),
      await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${litter.code}.xml` }),
      await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json' }),
    ];
    for (const reply of replies) {
      expect(reply.statusCode, reply.body).toBe(200);
      expect(reply.body).not.toContain('tái phạm');
      expect(reply.body).not.toContain('tổ dân phố 3');
    }
    expect(replies[0]?.body).toContain(litter.code);
    // Sent back to the coordinator, the ward no longer holds the report, nor its notes.
    const ward = await signIn(t.app, 'canbo.p7');
    expect((await ward.post(`/api/field-reports/${litter.id}/accept`, {})).statusCode).toBe(200);
    expect((await ward.post(`/api/field-reports/${litter.id}/transfer-back`, { reason: 'Không thuộc địa bàn phường' })).statusCode).toBe(200);
    expect((await ward.get(notesUrl())).statusCode).toBe(403);
  });

  it('is authorised in the service itself, without HTTP', async () => {
    const officer = await t.database.db.selectFrom('users').select(['id', 'unit_id']).where('username', '=', 'canbo.thangtam').executeTakeFirstOrThrow();
    const units = await t.database.db.selectFrom('units').select('id').execute();
    const actor = { id: officer.id, username: 'canbo.thangtam', role: 'officer' as const, unitId: officer.unit_id, jurisdiction: new Set(units.map((unit) => unit.id)), cityId: null };
    await expect(listNotes(t.database.db, actor, litter.id, clock.now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addNote(t.database.db, actor, litter.id, { body: 'Thử ghi' }, clock.now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
