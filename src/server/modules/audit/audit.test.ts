// The audit trail as its readers use it, on SQLite and PostgreSQL: a failed sign-in with its address
// and reason, role changes and approvals in sentences, filters, pages, the scope of each role, and the
// CSV, whose download is itself recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView, AuditPage } from '../../../common/audit.js';
import type { ReportForm } from '../../../common/reporting.js';
import { recordAudit } from '../../lib/audit.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, type Session, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { fullFigures, openForm, periodId } from '../reporting/testing.js';

const CHROME_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe.each(testDialects)('the audit trail on %s', (dialect) => {
  let t: TestApp;
  const clock = manualClock('2024-05-11T09:00:00+07:00');
  const unit = new Map<string, number>();
  let admin: Session;
  let coordinator: Session;
  const id = (code: string) => unit.get(code) ?? -1;
  const page = async (session: Session, query = '', language?: 'en') => {
    const response = await session.request({ method: 'GET', url: `/api/audit${query}`, headers: language ? { 'accept-language': language } : {} });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AuditPage>();
  };
  const failSignIn = (username: string, address: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'sai-mat-khau' }, remoteAddress: address, headers: { 'user-agent': CHROME_ON_WINDOWS } });

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    for (const row of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unit.set(row.code, row.id);
    expect((await failSignIn('canbo.p7', '203.0.113.7')).statusCode).toBe(401);
    expect((await failSignIn('khong.ai', '198.51.100.9')).statusCode).toBe(401);
    admin = await signIn(t.app, 'admin');
    coordinator = await signIn(t.app, 'vhtt');
    // A report of Phường 7 sent and approved; an account moved up a role.
    const p7 = await signIn(t.app, 'canbo.p7');
    let form = await openForm(p7, await periodId(p7, 2024, 5), id('VT-P07'));
    form = (await p7.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures: fullFigures(form) } })).json<ReportForm>();
    form = (await p7.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: form.submission.version })).json<ReportForm>();
    expect((await coordinator.post(`/api/reporting/submissions/${form.submission.id}/approve`, { version: form.submission.version })).statusCode).toBe(200);
    const p1 = await t.database.db.selectFrom('users').select('id').where('username', '=', 'canbo.p1').executeTakeFirstOrThrow();
    expect((await admin.patch(`/api/users/${p1.id}`, { role: 'coordinator' })).statusCode).toBe(200);
    expect((await admin.post('/api/open311/keys', { name: 'Ứng dụng Vũng Tàu 1022' })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('shows a failed sign-in with who was tried, the reason, the address and the browser', async () => {
    const { entries } = await page(admin, '?user=canbo.p7&action=login_failed');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: null,
      actorText: 'Khách chưa đăng nhập',
      unit: { id: id('VT-P07'), name: 'Phường 7' },
      summary: 'Đăng nhập thất bại: sai mật khẩu (tên đăng nhập “canbo.p7”)',
      reason: 'sai mật khẩu',
      address: '203.0.113.7',
      browser: 'Chrome 131, Windows',
      userAgent: CHROME_ON_WINDOWS,
    });
    expect((await page(admin, '?user=canbo.p7&action=login_failed', 'en')).entries[0]?.summary).toBe('Failed sign-in: wrong password (username “canbo.p7”)');
    // The username is matched as sign-in takes it: trimmed, lower case.
    expect((await page(admin, `?user=${encodeURIComponent(' CANBO.P7 ')}&action=login_failed`)).entries).toHaveLength(1);
  });

  it('reads a role change, an approval and a key issued as sentences, with before → after per field', async () => {
    const { entries } = await page(admin, '?entity=user&action=update');
    expect(entries[0]?.summary).toBe('Đổi vai trò tài khoản canbo.p1 (Cán bộ Phường 1): Chuyên viên → Điều phối');
    expect(entries[0]?.changes).toEqual([{ field: 'role', label: 'Vai trò', before: 'Chuyên viên', after: 'Điều phối' }]);
    expect(entries[0]?.actor).toMatchObject({ username: 'admin', fullName: 'Quản trị hệ thống', unit: { name: 'UBND thành phố Vũng Tàu' } });
    expect((await page(admin, '?entity=user&action=update', 'en')).entries[0]?.changes[0]).toMatchObject({ label: 'Role', before: 'Officer', after: 'Coordinator' });

    const approval = (await page(admin, '?entity=report_submission&action=approved')).entries[0];
    expect(approval?.summary).toBe('Duyệt báo cáo tháng 5/2024 của Phường 7');
    expect(approval?.changes).toEqual([{ field: 'status', label: 'Trạng thái', before: 'Đã gửi', after: 'Đã duyệt' }]);
    const figure = (await page(admin, '?entity=report_value&limit=1')).entries[0];
    expect(figure?.summary).toMatch(/^Nhập số liệu chỉ tiêu [A-Z]+-\d+ trong báo cáo tháng 5\/2024 của Phường 7$/);

    const key = (await page(admin, '?entity=open311_api_key')).entries[0];
    expect(key).toMatchObject({ summary: 'Cấp khóa Open311 “Ứng dụng Vũng Tàu 1022”', changes: [{ label: 'Tên', before: '—', after: 'Ứng dụng Vũng Tàu 1022' }] });
  });

  it('filters by user, unit, entity, action and Vietnam dates, and searches without diacritics', async () => {
    const db = t.database.db;
    // Just after midnight of 13/05/2024 in Vũng Tàu, still the 12th in UTC.
    await recordAudit(db, { at: new Date('2024-05-12T17:30:00Z'), actorId: null, unitId: id('VT-P07'), entity: 'holiday', entityId: '2024-09-02', action: 'create', changes: { kind: [null, 'off'] } });
    const day = async (from: string, to: string) => (await page(admin, `?entity=holiday&from=${from}&to=${to}`)).entries.length;
    expect(await day('13/05/2024', '13/05/2024')).toBe(1);
    expect(await day('2024-05-13', '2024-05-13')).toBe(1);
    expect(await day('12/05/2024', '12/05/2024')).toBe(0);
    expect(await day('14/5/2024', '31/12/2024')).toBe(0);
    const bad = await admin.get('/api/audit?from=31/02/2024');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.from).toMatch(/Ngày không hợp lệ/);
    expect((await admin.get('/api/audit?from=14/05/2024&to=13/05/2024')).statusCode).toBe(400);

    const p7 = (await page(admin, `?unitId=${id('VT-P07')}`)).entries;
    expect(p7.length).toBeGreaterThan(3);
    expect(p7.every((entry) => entry.unit?.id === id('VT-P07') || entry.actor?.unit?.id === id('VT-P07'))).toBe(true);
    const byUser = (await page(admin, '?user=vhtt')).entries;
    expect(byUser.map((entry) => entry.action)).toEqual(expect.arrayContaining(['login', 'approved']));
    const p1 = await db.selectFrom('users').select('id').where('username', '=', 'canbo.p1').executeTakeFirstOrThrow();
    // By id: what was done to the account counts too.
    expect((await page(admin, `?user=${p1.id}`)).entries.map((entry) => entry.summary)).toContain('Đổi vai trò tài khoản canbo.p1 (Cán bộ Phường 1): Chuyên viên → Điều phối');

    const found = await page(admin, `?q=${encodeURIComponent('ĐANG NHAP that bai')}`);
    expect(found.total).toBeNull();
    expect(found.entries.map((entry) => entry.entityId).sort()).toEqual(['canbo.p7', 'khong.ai']);
    expect((await page(admin, '?q=sai+mat+khau')).entries.map((entry) => entry.entityId)).toEqual(['canbo.p7']);
    expect((await page(admin, '?q=khong+co+tai+khoan')).entries[0]?.summary).toBe('Đăng nhập thất bại: không có tài khoản này (tên đăng nhập “khong.ai”)');
    expect((await page(admin, `?q=${encodeURIComponent('duyet phuong 7')}`)).entries.map((entry) => entry.summary)).toEqual(['Duyệt báo cáo tháng 5/2024 của Phường 7']);
  });

  it('pages newest first by cursor or offset, each entry once', async () => {
    const all = await page(admin, '?limit=200');
    expect(all.total).toBe(all.entries.length);
    const times = all.entries.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const next: AuditPage = await page(admin, `?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...next.entries.map((entry) => entry.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.entries.map((entry) => entry.id));
    expect((await page(admin, '?limit=5&offset=5')).entries.map((entry) => entry.id)).toEqual(seen.slice(5, 10));
    // A search pages the same way.
    const first = await page(admin, '?q=dang+nhap&limit=1');
    const second = await page(admin, `?q=dang+nhap&limit=1&cursor=${first.nextCursor ?? ''}`);
    expect(second.entries[0]?.id).not.toBe(first.entries[0]?.id);
    expect((await admin.get('/api/audit?cursor=rac')).statusCode).toBe(400);
    // Numbers past PostgreSQL's integers are refused or find nothing, never a 500.
    expect((await admin.get(`/api/audit?cursor=${Buffer.from(`${times[0] ?? ''}~99999999999`).toString('base64url')}`)).statusCode).toBe(400);
    expect((await admin.get('/api/audit?unitId=99999999999')).statusCode).toBe(400);
    expect((await page(admin, '?user=99999999999')).entries).toEqual([]);
  });

  it('shows the admin their jurisdiction and unclaimed sign-ins, a coordinator their unit, and nobody else anything', async () => {
    const everything = (await page(admin, '?limit=200')).entries;
    expect(everything.some((entry) => entry.entityId === 'khong.ai')).toBe(true);

    const own = (await page(coordinator, '?limit=200')).entries;
    const vhttUnit = id('VT-VHTT');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((entry) => entry.unit?.id === vhttUnit || entry.actor?.unit?.id === vhttUnit)).toBe(true);
    // Their own approval of Phường 7's report, but not Phường 7's own entries nor the unclaimed sign-in.
    expect(own.map((entry) => entry.summary)).toContain('Duyệt báo cáo tháng 5/2024 của Phường 7');
    expect(own.some((entry) => entry.entityId === 'khong.ai' || entry.entityId === 'canbo.p7')).toBe(false);
    expect((await coordinator.get(`/api/audit?unitId=${id('VT-P07')}`)).statusCode).toBe(403);
    expect((await coordinator.get(`/api/audit.csv?unitId=${id('VT-P07')}`)).statusCode).toBe(403);

    for (const username of ['tckh', 'canbo.p7', 'xem', 'lanhdao', 'tinh']) {
      const session = await signIn(t.app, username);
      for (const url of ['/api/audit', '/api/audit.csv', '/api/audit/options']) expect((await session.get(url)).statusCode, `${username} ${url}`).toBe(403);
    }
    for (const url of ['/api/audit', '/api/audit.csv?from=bad', '/api/audit/options']) expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('lets a province administrator read every city of the province', async () => {
    const province = id('BRVT');
    await t.database.db.insertInto('users').values({ username: 'qt.tinh', password_hash: (await t.database.db.selectFrom('users').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow()).password_hash, full_name: 'Quản trị tỉnh', email: null, unit_id: province, role: 'admin', disabled: 0, created_at: clock.now().toISOString(), updated_at: clock.now().toISOString() }).execute();
    const entries = (await page(await signIn(t.app, 'qt.tinh'), '?entity=report_submission&action=approved')).entries;
    expect(entries.map((entry) => entry.summary)).toEqual(['Duyệt báo cáo tháng 5/2024 của Phường 7']);
  });

  it('exports the same filter as CSV for Excel, in Vietnamese, and records the download', async () => {
    const response = await admin.get('/api/audit.csv?user=canbo.p7&from=11/05/2024');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="nhat-ky-hoat-dong-2024-05-11.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Thời gian,Người thực hiện,Tên đăng nhập,Đơn vị người thực hiện,Nội dung,Thay đổi,Lý do,Đơn vị của bản ghi,Đối tượng,Mã đối tượng,Thao tác,Địa chỉ IP,Trình duyệt,User-Agent,Số thứ tự');
    const failure = lines.find((line) => line.includes('Đăng nhập thất bại'));
    expect(failure).toMatch(/^11\/05\/2024 09:00:00,Khách chưa đăng nhập,canbo\.p7,,Đăng nhập thất bại: sai mật khẩu \(tên đăng nhập “canbo\.p7”\),,sai mật khẩu,Phường 7,Đăng nhập,canbo\.p7,login_failed,203\.0\.113\.7,"Chrome 131, Windows",/);

    const exported = (await page(admin, '?entity=audit&action=export')).entries[0] as AuditEntryView;
    const rows = lines.filter((line) => /^\d\d\/\d\d\/\d{4} /.test(line)).length;
    expect(exported).toMatchObject({ summary: `Tải nhật ký hoạt động ra tệp CSV (${rows} dòng)`, actor: { username: 'admin' }, unit: { name: 'UBND thành phố Vũng Tàu' } });
    expect(exported.changes).toEqual([
      { field: 'user', label: 'Người dùng', before: '—', after: 'canbo.p7' },
      { field: 'from', label: 'Từ ngày', before: '—', after: '11/05/2024' },
      { field: 'rows', label: 'Số dòng', before: '—', after: String(rows) },
    ]);
  });

  it('names the filters’ choices in the reader’s language', async () => {
    const options = (await admin.request({ method: 'GET', url: '/api/audit/options', headers: { 'accept-language': 'en' } })).json<{ entities: { value: string; label: string }[] }>();
    expect(options.entities).toContainEqual({ value: 'login', label: 'Sign-in' });
  });
});
