import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task, TaskDetail } from '../../../common/tasks.js';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, signIn, type Session, type TestApp, testDialects } from '../../test/harness.js';

// 10:00 on 20/9/2024 in Vietnam.
const NOW = '2024-09-20T03:00:00Z';

describe.each(testDialects)('tasks on %s', (dialect) => {
  let t: TestApp;
  let vhtt: Session;
  const unitIds = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock(NOW) });
    for (const unit of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unitIds.set(unit.code, unit.id);
    vhtt = await signIn(t.app, 'vhtt');
  });
  afterAll(() => t.close());
  const unit = (code: string) => unitIds.get(code) ?? -1;
  const count = async (table: 'tasks' | 'task_updates' | 'task_reschedules') => (await t.database.db.selectFrom(table).select('id').execute()).length;
  const create = async (session: Session, body: Record<string, unknown>) => session.post('/api/tasks', { dueDate: '2024-10-31', ...body });

  it('lets the coordinator assign a task, audited, with coordinating units', async () => {
    const response = await create(vhtt, {
      title: 'Lắp đặt Đài truyền thanh ứng dụng CNTT tại Phường Thắng Tam',
      leadUnitId: unit('VT-TTAM'),
      coordinatingUnitIds: [unit('VT-VHTT'), unit('VT-TTAM')],
      plannedStartDate: '2024-08-01',
    });
    expect(response.statusCode).toBe(201);
    const task = response.json<TaskDetail>();
    expect(task).toMatchObject({ status: 'not_started', dueDate: '2024-10-31', baselineDueDate: '2024-10-31', leadUnit: { code: 'VT-TTAM' } });
    expect(task.coordinatingUnits.map((u) => u.code)).toEqual(['VT-VHTT']);
    expect(task.timing).toMatchObject({ overdue: false, daysLeft: 41 });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'task').where('entity_id', '=', String(task.id)).execute();
    expect(audit.map((entry) => entry.action)).toEqual(['create']);
  });

  it('refuses an officer creating a task and writes nothing', async () => {
    const before = await count('tasks');
    for (const username of ['tnmt', 'canbo.thangtam', 'xem']) {
      const session = await signIn(t.app, username);
      const response = await create(session, { title: 'Tự giao việc', leadUnitId: unit('VT-TTAM') });
      expect(response.statusCode).toBe(403);
    }
    expect(await count('tasks')).toBe(before);
  });

  it('answers bad input with a 400 naming the fields, and writes nothing', async () => {
    const before = await count('tasks');
    const response = await vhtt.post('/api/tasks', { title: '', leadUnitId: 'P7', dueDate: '2024-02-30', coordinatingUnitIds: 'all' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['coordinatingUnitIds', 'dueDate', 'leadUnitId', 'title']);
    const dates = await create(vhtt, { title: 'Ngược ngày', leadUnitId: unit('VT-P07'), plannedStartDate: '2024-12-01' });
    expect(dates.statusCode).toBe(400);
    expect(Object.keys(dates.json().error.fields)).toEqual(['dueDate']);
    const elsewhere = await create(vhtt, { title: 'Ngoài thành phố', leadUnitId: unit('BRVT') });
    expect(elsewhere.statusCode).toBe(400);
    expect(Object.keys(elsewhere.json().error.fields)).toEqual(['leadUnitId']);
    expect(await count('tasks')).toBe(before);
  });

  it('lets the lead unit report progress, and refuses a ward officer on another unit’s task', async () => {
    const task = (await create(vhtt, { title: 'Số hóa kết quả TTHC Phường 7', leadUnitId: unit('VT-P07') })).json<TaskDetail>();
    const other = await signIn(t.app, 'canbo.thangtam');
    const before = await count('task_updates');
    const refused = await other.post(`/api/tasks/${task.id}/updates`, { progress: 50, text: 'Báo hộ' });
    expect(refused.statusCode).toBe(403);
    expect(await count('task_updates')).toBe(before);
    const owner = await signIn(t.app, 'canbo.p7');
    const reported = await owner.post(`/api/tasks/${task.id}/updates`, { progress: 40, text: 'Đã số hóa 40% hồ sơ', figure: 1200, figureUnit: 'hồ sơ' });
    expect(reported.statusCode).toBe(201);
    expect(reported.json<TaskDetail>()).toMatchObject({ status: 'in_progress', progress: 40, updates: [{ progress: 40, figure: 1200, reportedOn: '2024-09-20' }] });
    expect(reported.json<TaskDetail>().actions).toEqual(['read', 'report']);
    const future = await owner.post(`/api/tasks/${task.id}/updates`, { text: 'Xong sớm', completedOn: '2024-09-21' });
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.fields)).toEqual(['completedOn']);
  });

  it('completes with a completion date: done on time, or done late with the delay', async () => {
    const owner = await signIn(t.app, 'tnmt');
    const onTime = (await create(vhtt, { title: 'Cập nhật dữ liệu đất đai', leadUnitId: unit('VT-TNMT'), dueDate: '2024-09-30' })).json<TaskDetail>();
    const done = await owner.post(`/api/tasks/${onTime.id}/updates`, { text: 'Hoàn thành', completedOn: '2024-09-19' });
    expect(done.json<TaskDetail>()).toMatchObject({ status: 'done', progress: 100, completedOn: '2024-09-19', timing: { delay: { days: 0 } } });
    const late = (await create(vhtt, { title: 'Bản đồ GIS', leadUnitId: unit('VT-TNMT'), dueDate: '2024-04-15' })).json<TaskDetail>();
    const finished = await owner.post(`/api/tasks/${late.id}/updates`, { text: 'Hoàn thành muộn', completedOn: '2024-09-16' });
    expect(finished.json<TaskDetail>()).toMatchObject({ status: 'done_late', timing: { overdue: false, delay: { days: 154, months: 5 } } });
    expect((await owner.post(`/api/tasks/${late.id}/updates`, { text: 'Báo thêm' })).statusCode).toBe(403);
  });

  it('reschedules with who and why, keeping the original due date as the baseline', async () => {
    const task = (await create(vhtt, { title: 'Hội nghị truyền hình 17/17 phường', leadUnitId: unit('VT-VP'), dueDate: '2024-06-30' })).json<TaskDetail>();
    expect(task.timing).toMatchObject({ overdue: true, delay: { days: 82, months: 3 } });
    const lanhdao = await signIn(t.app, 'lanhdao');
    const moved = await lanhdao.post(`/api/tasks/${task.id}/reschedule`, { dueDate: '2024-12-31', reason: 'Chờ kinh phí bổ sung', decidedBy: 'Chủ tịch UBND thành phố' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<TaskDetail>()).toMatchObject({
      dueDate: '2024-12-31',
      baselineDueDate: '2024-06-30',
      timing: { overdue: false, delay: { days: 0 }, baselineDelay: { days: 82, months: 3 } },
      reschedules: [{ fromDueDate: '2024-06-30', toDueDate: '2024-12-31', decidedOn: '2024-09-20', decidedBy: 'Chủ tịch UBND thành phố', reason: 'Chờ kinh phí bổ sung' }],
    });
    const before = await count('task_reschedules');
    const officer = await signIn(t.app, 'canbo.p7');
    expect((await officer.post(`/api/tasks/${task.id}/reschedule`, { dueDate: '2025-03-31', reason: 'Xin lùi' })).statusCode).toBe(403);
    const noReason = await lanhdao.post(`/api/tasks/${task.id}/reschedule`, { dueDate: '2025-03-31' });
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(noReason.json().error.fields)).toEqual(['reason']);
    expect(await count('task_reschedules')).toBe(before);
  });

  it('lets a leader edit, pause and reopen a task, every change audited, and no officer', async () => {
    const owner = await signIn(t.app, 'tckh');
    const task = (await create(vhtt, { title: 'Bố trí kinh phí CĐS', leadUnitId: unit('VT-TCKH'), dueDate: '2024-09-10' })).json<TaskDetail>();
    await owner.post(`/api/tasks/${task.id}/updates`, { text: 'Xong', completedOn: '2024-09-12' });
    expect((await owner.patch(`/api/tasks/${task.id}`, { title: 'Đổi tên' })).statusCode).toBe(403);
    const lanhdao = await signIn(t.app, 'lanhdao');
    const reopened = await lanhdao.patch(`/api/tasks/${task.id}`, { status: 'in_progress', solution: 'Bổ sung dự toán', coordinatingUnitIds: [unit('VT-VHTT')] });
    expect(reopened.json<TaskDetail>()).toMatchObject({ status: 'in_progress', completedOn: null, solution: 'Bổ sung dự toán', timing: { overdue: true, delay: { days: 10 } } });
    const paused = await lanhdao.patch(`/api/tasks/${task.id}`, { status: 'paused' });
    expect(paused.json<TaskDetail>()).toMatchObject({ status: 'paused', timing: { overdue: true }, actions: ['read', 'manage', 'reschedule'] });
    const done = await lanhdao.patch(`/api/tasks/${task.id}`, { status: 'done' });
    expect(Object.keys(done.json().error.fields)).toEqual(['status']);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'changes']).where('entity', '=', 'task').where('entity_id', '=', String(task.id)).orderBy('id').execute();
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'complete', 'update', 'update']);
    expect(JSON.parse(audit[2]?.changes ?? '{}')).toMatchObject({ status: ['done_late', 'in_progress'], completed_on: ['2024-09-12', null], coordinating_units: [[], [unit('VT-VHTT')]] });
  });

  it('derives a parent’s progress from its sub-tasks', async () => {
    const parent = (await create(vhtt, { title: 'Đài truyền thanh cấp xã', leadUnitId: unit('VT-VHTT'), dueDate: '2024-12-31' })).json<TaskDetail>();
    const child = (code: string) => create(vhtt, { title: `Đài truyền thanh ${code}`, leadUnitId: unit(code), parentId: parent.id, dueDate: '2024-11-30' });
    const [a, b, c] = await Promise.all(['VT-P01', 'VT-P02', 'VT-P03'].map(async (code) => (await child(code)).json<TaskDetail>()));
    await (await signIn(t.app, 'canbo.p1')).post(`/api/tasks/${a?.id}/updates`, { text: 'Xong', completedOn: '2024-09-10' });
    await (await signIn(t.app, 'canbo.p2')).post(`/api/tasks/${b?.id}/updates`, { progress: 50, text: 'Đang lắp' });
    await vhtt.patch(`/api/tasks/${c?.id}`, { status: 'cancelled' });
    const detail = (await vhtt.get(`/api/tasks/${parent.id}`)).json<TaskDetail>();
    expect(detail).toMatchObject({ progress: 75, progressDerived: true });
    expect(detail.children).toHaveLength(3);
    const own = await vhtt.post(`/api/tasks/${parent.id}/updates`, { progress: 90, text: 'Tự chấm' });
    expect(own.statusCode).toBe(400);
    expect(Object.keys(own.json().error.fields)).toEqual(['progress']);
    const early = await vhtt.post(`/api/tasks/${parent.id}/updates`, { text: 'Xong hết', completedOn: '2024-09-20' });
    expect(Object.keys(early.json().error.fields)).toEqual(['completedOn']);
  });

  it('filters the list by unit, status, overdue, due this month, and searches without diacritics', async () => {
    const list = async (query: string) => (await vhtt.get(`/api/tasks?${query}`)).json<Task[]>();
    const all = await list('');
    expect(all.length).toBeGreaterThan(40);
    const overdue = await list('overdue=true');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((task) => task.timing.overdue && task.dueDate < '2024-09-20')).toBe(true);
    const thisMonth = await list('dueThisMonth=true');
    expect(thisMonth.map((task) => task.title)).toContain('Cập nhật dữ liệu đất đai');
    expect(thisMonth.every((task) => task.dueDate.startsWith('2024-09'))).toBe(true);
    const tnmt = await list(`unitId=${unit('VT-TNMT')}&status=done_late`);
    expect(tnmt.map((task) => task.title)).toEqual(['Bản đồ GIS']);
    const wards = await list(`unitId=${unit('VT-TTAM')}`);
    expect(wards.some((task) => task.code === 'KH2024-III-NTS-4')).toBe(true);
    expect((await list(`q=${encodeURIComponent('dai truyen thanh thang tam')}`)).map((task) => task.title)).toEqual([
      'Lắp đặt Đài truyền thanh ứng dụng CNTT tại Phường Thắng Tam',
    ]);
    expect((await vhtt.get('/api/tasks?overdue=maybe')).statusCode).toBe(400);
  });

  it('gives the timeline by lead unit and exports the list to Excel', async () => {
    const timeline = (await vhtt.get('/api/tasks/timeline')).json<{ today: string; units: { unit: { code: string }; tasks: Task[] }[] }>();
    expect(timeline.today).toBe('2024-09-20');
    const vp = timeline.units.find((group) => group.unit.code === 'VT-VP');
    expect(vp?.tasks[0]).toMatchObject({ dueDate: '2024-12-31', baselineDueDate: '2024-06-30', plannedStartDate: null });
    const response = await vhtt.get(`/api/tasks/export.xlsx?unitId=${unit('VT-TNMT')}`);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('Nhiệm vụ');
    const titles = sheet?.getColumn(2).values.slice(2);
    expect(titles).toEqual(expect.arrayContaining(['Bản đồ GIS', 'Cập nhật dữ liệu đất đai']));
  });

  it('keeps each city to its own tasks', async () => {
    const city = await t.database.db
      .insertInto('units')
      .values({ code: 'BR', name: 'UBND thành phố Bà Rịa', kind: 'city', parent_id: unit('BRVT'), sort_order: 100, source: null, created_at: NOW })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [any] = (await vhtt.get('/api/tasks')).json<Task[]>();
    await t.database.db.updateTable('tasks').set({ city_id: city.id }).where('id', '=', any?.id ?? -1).execute();
    expect((await vhtt.get(`/api/tasks/${any?.id}`)).statusCode).toBe(403);
    expect((await vhtt.get('/api/tasks')).json<Task[]>().some((task) => task.id === any?.id)).toBe(false);
    await t.database.db.updateTable('tasks').set({ city_id: unit('VT') }).where('id', '=', any?.id ?? -1).execute();
  });
});
