import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directive, Meeting, Task, TaskDetail } from '../../../common/tasks.js';
import { OC_TASK_CODE } from '../../db/seed/tasks-vungtau-2024.js';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, signIn, type Session, type TestApp, testDialects } from '../../test/harness.js';

type Register = Meeting & { conclusions: { number: string; text: string; directives: Directive[] }[] };
type Board = { today: string; totals: { overdue: number; dueSoon: number }; units: { unit: { code: string }; overdue: number; dueSoon: number; items: { kind: string; title: string }[] }[] };

// The day of the steering committee's meeting, 10:00 in Vietnam.
const MEETING_DAY = '2024-03-26T03:00:00Z';

describe.each(testDialects)('meetings and directives on %s', (dialect) => {
  let t: TestApp;
  let vhtt: Session;
  let register: Register;
  const unitIds = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock(MEETING_DAY) });
    for (const unit of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unitIds.set(unit.code, unit.id);
    vhtt = await signIn(t.app, 'vhtt');
    const [meeting] = (await vhtt.get('/api/meetings')).json<Meeting[]>();
    register = (await vhtt.get(`/api/meetings/${meeting?.id}`)).json<Register>();
  });
  afterAll(() => t.close());
  const unit = (code: string) => unitIds.get(code) ?? -1;
  const directive = (pattern: RegExp) => register.conclusions.flatMap((c) => c.directives).filter((d) => pattern.test(d.title));

  it('seeds the OC task 5 months behind its original schedule at the 26/3/2024 meeting, re-set by the plan to 30/06/2024', async () => {
    const [oc] = (await vhtt.get(`/api/tasks?q=${encodeURIComponent('OC Vung Tau dua vao khai thac')}`)).json<Task[]>();
    expect(oc).toMatchObject({ code: OC_TASK_CODE, dueDate: '2024-06-30', baselineDueDate: '2023-10-31', leadUnit: { code: 'VT-VHTT' }, area: { code: 'DTTM' } });
    expect(oc?.timing).toEqual({ overdue: false, daysLeft: 96, delay: { days: 0, months: 0 }, baselineDelay: { days: 147, months: 5 } });
    const detail = (await vhtt.get(`/api/tasks/${oc?.id}`)).json<TaskDetail>();
    expect(detail.reschedules).toEqual([
      expect.objectContaining({ fromDueDate: '2023-10-31', toDueDate: '2024-06-30', decidedBy: expect.stringContaining('Kế hoạch chuyển đổi số năm 2024') }),
    ]);
    expect(detail.note).toMatch(/cuối tháng 10\/2023/);
    expect(detail.directives.map((d) => d.title)).toEqual([expect.stringContaining('chậm 5 tháng')]);
  });

  it('seeds one task per solution bullet and per assignment of mục V, with the units the text names', async () => {
    const tasks = (await vhtt.get('/api/tasks')).json<Task[]>();
    const plan = await t.database.db.selectFrom('solution_items').select('id').execute();
    expect(tasks.filter((task) => task.code?.startsWith('KH2024-III-'))).toHaveLength(plan.length);
    expect(tasks.filter((task) => task.code?.startsWith('KH2024-III-')).every((task) => task.leadUnit.code === 'VT-VHTT' && task.solutionGroup !== null)).toBe(true);
    const lead = (prefix: string) => [...new Set(tasks.filter((task) => task.code?.startsWith(prefix)).map((task) => task.leadUnit.code))];
    expect([lead('KH2024-V2-'), lead('KH2024-V3-'), lead('KH2024-V4-')]).toEqual([['VT-VHTT'], ['VT-TCKH'], ['VT-TGV']]);
    const radio = tasks.find((task) => task.code === 'KH2024-III-NTS-4');
    expect(radio?.coordinatingUnits).toHaveLength(17);
  });

  it('seeds the meeting of 26/3/2024 with its chair, place, attendees and directives to the right owners', () => {
    expect(register).toMatchObject({ heldOn: '2024-03-26', place: 'Phòng họp Thành ủy Vũng Tàu', chair: expect.stringContaining('Trần Đình Khoa') });
    expect(register.attendees).toEqual(expect.arrayContaining([expect.stringContaining('Vũ Hồng Thuấn – Phó Chủ tịch UBND thành phố')]));
    expect(register.conclusions.map((c) => c.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3']);
    expect(directive(/GIS/).map((d) => d.ownerUnit.code)).toEqual(['VT-TNMT']);
    expect(directive(/Kế hoạch truyền thông/).map((d) => d.ownerUnit.code)).toEqual(['VT-VHTT']);
    expect(directive(/Kiện toàn/).map((d) => d.ownerUnit.code)).toEqual(['VT']);
    expect(directive(/chậm 5 tháng/)).toEqual([expect.objectContaining({ ownerUnit: expect.objectContaining({ code: 'VT' }), tasks: [expect.objectContaining({ code: OC_TASK_CODE })] })]);
    const focalPoints = directive(/cán bộ đầu mối/);
    expect(focalPoints).toHaveLength(11);
    expect(new Set(focalPoints.map((d) => d.ownerUnit.code))).toEqual(new Set(['VT-VP', 'VT-VHTT', 'VT-TCKH', 'VT-TNMT', 'VT-QLDT', 'VT-NV', 'VT-TP', 'VT-KT', 'VT-GDDT', 'VT-YT', 'VT-LDTBXH']));
    expect(register.counts).toEqual({ directives: 18, done: 0, overdue: 0 });
  });

  it('lets the owner report and complete only with a date and a result; refuses others', async () => {
    const [gis] = directive(/GIS/);
    const before = (await t.database.db.selectFrom('directive_updates').select('id').execute()).length;
    const other = await signIn(t.app, 'tckh');
    expect((await other.post(`/api/directives/${gis?.id}/updates`, { text: 'Báo hộ' })).statusCode).toBe(403);
    const tnmt = await signIn(t.app, 'tnmt');
    const noResult = await tnmt.post(`/api/directives/${gis?.id}/updates`, { text: 'Xong', completedOn: '2024-03-25' });
    expect(noResult.statusCode).toBe(400);
    expect(Object.keys(noResult.json().error.fields)).toEqual(['result']);
    expect((await t.database.db.selectFrom('directive_updates').select('id').execute()).length).toBe(before);
    const progress = await tnmt.post(`/api/directives/${gis?.id}/updates`, { text: 'Đã đối chiếu 3/5 lớp dữ liệu' });
    expect(progress.json()).toMatchObject({ status: 'in_progress', updates: [{ text: 'Đã đối chiếu 3/5 lớp dữ liệu', unit: { code: 'VT-TNMT' } }] });
    const done = await tnmt.post(`/api/directives/${gis?.id}/updates`, { text: 'Đã gửi báo cáo', completedOn: '2024-03-26', result: 'Báo cáo số 12/BC-TNMT: 2 lớp trùng lắp' });
    expect(done.json()).toMatchObject({ status: 'done', completedOn: '2024-03-26', result: 'Báo cáo số 12/BC-TNMT: 2 lớp trùng lắp' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'directive').where('entity_id', '=', String(gis?.id)).execute();
    expect(audit.map((entry) => entry.action)).toEqual(['report', 'complete']);
  });

  it('records a meeting with conclusions and directives in one go, and refuses officers', async () => {
    const officer = await signIn(t.app, 'canbo.p7');
    expect((await officer.post('/api/meetings', { title: 'Họp tự phát', heldOn: '2024-03-20' })).statusCode).toBe(403);
    const created = await vhtt.post('/api/meetings', { title: 'Giao ban chuyển đổi số tháng 3', heldOn: '2024-03-20', place: 'Phòng họp UBND', attendees: ['Lãnh đạo UBND'] });
    expect(created.statusCode).toBe(201);
    const meetingId = created.json<Meeting>().id;
    const before = (await t.database.db.selectFrom('directives').select('id').execute()).length;
    const bad = await vhtt.post(`/api/meetings/${meetingId}/conclusions`, {
      number: '1',
      text: 'Đôn đốc',
      directives: [{ title: 'Ổn', ownerUnitId: unit('VT-P07'), dueDate: '2024-03-29' }, { title: '', ownerUnitId: unit('BRVT'), standing: true, dueDate: '2024-04-01' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['directives.1.title']);
    const outside = await vhtt.post(`/api/meetings/${meetingId}/conclusions`, { number: '1', text: 'x', directives: [{ title: 'Ngoài', ownerUnitId: unit('BRVT') }] });
    expect(Object.keys(outside.json().error.fields)).toEqual(['directives.0.ownerUnitId']);
    expect((await t.database.db.selectFrom('directives').select('id').execute()).length).toBe(before);
    const ok = await vhtt.post(`/api/meetings/${meetingId}/conclusions`, {
      number: '1',
      text: 'Đôn đốc các phường hoàn thành đài truyền thanh',
      directives: [
        { title: 'Phường 7 lắp đài truyền thanh', ownerUnitId: unit('VT-P07'), dueDate: '2024-03-29' },
        { title: 'Phường 1 lắp đài truyền thanh', ownerUnitId: unit('VT-P01'), dueDate: '2024-03-15' },
        { title: 'Cập nhật tin lên trang thông tin điện tử', ownerUnitId: unit('VT-VHTT'), standing: true },
      ],
    });
    expect(ok.statusCode).toBe(201);
    const [p7, p1, standing] = ok.json<Register>().conclusions[0]?.directives ?? [];
    expect(p7?.timing).toMatchObject({ overdue: false, daysLeft: 3 });
    expect(p1?.timing).toMatchObject({ overdue: true, delay: { days: 11 } });
    expect(standing).toMatchObject({ standing: true, dueDate: null, timing: { overdue: false, daysLeft: null } });
  });

  it('shows the leader what is overdue or due within 7 days, by unit, and each officer their own work', async () => {
    const board = (await (await signIn(t.app, 'lanhdao')).get('/api/board')).json<Board>();
    expect(board.today).toBe('2024-03-26');
    const p1 = board.units.find((group) => group.unit.code === 'VT-P01');
    const p7 = board.units.find((group) => group.unit.code === 'VT-P07');
    expect([p1?.overdue, p1?.dueSoon, p7?.overdue, p7?.dueSoon]).toEqual([1, 0, 0, 1]);
    expect(board.units[0]?.overdue).toBeGreaterThanOrEqual(board.units.at(-1)?.overdue ?? 0);
    expect(board.totals.overdue).toBe(board.units.reduce((sum, group) => sum + group.overdue, 0));
    const mine = (await (await signIn(t.app, 'canbo.p7')).get('/api/my-work')).json<{ unit: { code: string }; tasks: (Task & { role: string })[]; directives: Directive[] }>();
    expect(mine.unit.code).toBe('VT-P07');
    expect(mine.directives.map((d) => d.title)).toEqual(['Phường 7 lắp đài truyền thanh']);
    expect(mine.tasks.find((task) => task.code === 'KH2024-III-NTS-4')?.role).toBe('coordinating');
    expect(mine.directives[0]?.actions).toEqual(['read', 'report']);
  });

  it('lets the coordinator set a deadline and link tasks, and exports the register', async () => {
    const [comms] = directive(/Kế hoạch truyền thông/);
    const [task] = (await vhtt.get('/api/tasks?q=KH2024-V2-5')).json<Task[]>();
    const patched = await vhtt.patch(`/api/directives/${comms?.id}`, { dueDate: '2024-04-30', taskIds: [task?.id] });
    expect(patched.json()).toMatchObject({ dueDate: '2024-04-30', standing: false, tasks: [{ code: 'KH2024-V2-5' }] });
    expect((await (await signIn(t.app, 'tnmt')).patch(`/api/directives/${comms?.id}`, { dueDate: '2025-01-01' })).statusCode).toBe(403);
    const both = await vhtt.patch(`/api/directives/${comms?.id}`, { standing: true, dueDate: '2024-05-31' });
    expect(Object.keys(both.json().error.fields)).toEqual(['dueDate']);
    const filtered = (await vhtt.get(`/api/directives?meetingId=${register.id}&unitId=${unit('VT-TNMT')}`)).json<Directive[]>();
    expect(filtered.map((d) => d.ownerUnit.code)).toEqual(['VT-TNMT', 'VT-TNMT']);
    const xlsx = await vhtt.get(`/api/directives/export.xlsx?meetingId=${register.id}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('chi-dao.xlsx');
  });

  it('keeps the minutes as a file beside their text', async () => {
    const boundary = '----minutes';
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="thong-bao-ket-luan.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--${boundary}--\r\n`;
    const upload = (session: Session) =>
      session.request({ method: 'POST', url: `/api/meetings/${register.id}/minutes`, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect((await upload(await signIn(t.app, 'tnmt'))).statusCode).toBe(403);
    const response = await upload(vhtt);
    expect(response.statusCode).toBe(201);
    expect(response.json<Meeting>().minutesFiles).toEqual([expect.objectContaining({ fileName: 'thong-bao-ket-luan.pdf', mediaType: 'application/pdf' })]);
    const json = await vhtt.post(`/api/meetings/${register.id}/minutes`, {});
    expect(json.statusCode).toBe(415);
  });

  it('seeds idempotently: a second start adds nothing', async () => {
    const { seedReference } = await import('../../db/seed/index.js');
    const count = async () => [(await t.database.db.selectFrom('tasks').select('id').execute()).length, (await t.database.db.selectFrom('directives').select('id').execute()).length];
    const before = await count();
    await seedReference(t.database.db, new Date(MEETING_DAY));
    expect(await count()).toEqual(before);
  });
});
