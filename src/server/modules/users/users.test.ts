import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../../common/units.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';

describe.each(testDialects)('users on %s', (dialect) => {
  let t: TestApp;
  const unitIds = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const unit of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unitIds.set(unit.code, unit.id);
  });
  afterAll(() => t.close());
  const unit = (code: string) => unitIds.get(code) ?? -1;
  const userId = async (username: string) =>
    (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  it('lets an administrator create an account that can then sign in', async () => {
    const admin = await signIn(t.app, 'admin');
    const response = await admin.post('/api/users', {
      username: 'Nguyen.Van.A',
      fullName: 'Nguyễn Văn A',
      email: 'nva@vungtau.gov.vn',
      unitId: unit('VT-TTAM'),
      role: 'officer',
      password: 'Den-Bien-Xanh-2024',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ username: 'nguyen.van.a', role: 'officer', unit: { code: 'VT-TTAM' } });
    await expect(signIn(t.app, 'nguyen.van.a', 'Den-Bien-Xanh-2024')).resolves.toBeDefined();
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'user').where('action', '=', 'create').execute();
    expect(audit.some((entry) => entry.entity_id === String(response.json().id))).toBe(true);
  });

  it('names the fields of a bad new account and writes nothing', async () => {
    const admin = await signIn(t.app, 'admin');
    const before = await t.database.db.selectFrom('users').select('id').execute();
    const response = await admin.post('/api/users', { username: 'x', fullName: '', unitId: 'abc', role: 'boss', password: 'p' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['fullName', 'role', 'unitId', 'username']);
    const short = await admin.post('/api/users', { username: 'hople', fullName: 'Hợp Lệ', unitId: unit('VT-P01'), role: 'officer', password: 'ngan' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.password).toMatch(/ít nhất 8 ký tự/);
    for (const weak of ['Vungtau@123', 'password1', 'Hople@2024', 'Matkhau123']) {
      const refused = await admin.post('/api/users', { username: 'hople', fullName: 'Hợp Lệ', unitId: unit('VT-P01'), role: 'officer', password: weak });
      expect(refused.json().error.fields.password, weak).toMatch(/^Mật khẩu quá dễ đoán/);
    }
    const taken = await admin.post('/api/users', { username: 'VHTT', fullName: 'Trùng', unitId: unit('VT-P01'), role: 'officer', password: 'Den-Bien-Xanh-2024' });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.fields.username).toBe('Tên đăng nhập đã được dùng.');
    expect(await t.database.db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
  });

  it('shows a ward officer only the accounts of their own ward', async () => {
    const officer = await signIn(t.app, 'canbo.thangtam');
    const list = (await officer.get('/api/users')).json<User[]>();
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((user) => user.unit.code))).toEqual(new Set(['VT-TTAM']));
    const other = await officer.get(`/api/users/${await userId('canbo.p7')}`);
    expect(other.statusCode).toBe(403);
  });

  it('refuses a unit officer any change to accounts, their own unit included', async () => {
    const officer = await signIn(t.app, 'canbo.thangtam');
    const p7 = await userId('canbo.p7');
    expect((await officer.patch(`/api/users/${p7}`, { fullName: 'Đổi tên' })).statusCode).toBe(403);
    expect((await officer.post(`/api/users/${p7}/reset-password`, {})).statusCode).toBe(403);
    const created = await officer.post('/api/users', {
      username: 'lau.vao', fullName: 'Lẻn Vào', unitId: unit('VT-TTAM'), role: 'admin', password: 'Den-Bien-Xanh-2024',
    });
    expect(created.statusCode).toBe(403);
    const row = await t.database.db.selectFrom('users').select('full_name').where('id', '=', p7).executeTakeFirstOrThrow();
    expect(row.full_name).toBe('Cán bộ Phường 7');
  });

  it('lets leaders and the coordinator read every account of the city but change none', async () => {
    for (const username of ['lanhdao', 'vhtt']) {
      const session = await signIn(t.app, username);
      const list = (await session.get('/api/users')).json<(User & { actions: string[] })[]>();
      expect(list.some((user) => user.unit.code === 'VT-P07')).toBe(true);
      expect(list.every((user) => !user.actions.includes('manage'))).toBe(true);
      expect((await session.patch(`/api/users/${await userId('canbo.p7')}`, { role: 'admin' })).statusCode).toBe(403);
    }
  });

  it('finds accounts whatever the diacritics (đ = d)', async () => {
    const admin = await signIn(t.app, 'admin');
    const found = (await admin.get(`/api/users?q=${encodeURIComponent('thang tam')}`)).json<User[]>();
    expect(found.map((user) => user.username)).toContain('canbo.thangtam');
    const dong = (await admin.get(`/api/users?q=${encodeURIComponent('DIEU')}`)).json<User[]>();
    expect(dong).toEqual([]);
    const viaD = (await admin.get(`/api/users?q=${encodeURIComponent('quan tri he thong')}`)).json<User[]>();
    expect(viaD.map((user) => user.username)).toEqual(['admin']);
  });

  it('disables an account: its sessions end and it cannot sign in', async () => {
    const admin = await signIn(t.app, 'admin');
    const xem = await signIn(t.app, 'xem');
    const id = await userId('xem');
    const response = await admin.patch(`/api/users/${id}`, { disabled: true });
    expect(response.statusCode).toBe(200);
    expect(response.json().disabled).toBe(true);
    expect((await xem.get('/api/auth/me')).statusCode).toBe(401);
    await expect(signIn(t.app, 'xem')).rejects.toThrow(/403/);
    expect((await admin.patch(`/api/users/${await userId('admin')}`, { disabled: true })).statusCode).toBe(403);
  });

  it('resets a password to a temporary one shown once', async () => {
    const admin = await signIn(t.app, 'admin');
    const response = await admin.post(`/api/users/${await userId('tnmt')}/reset-password`, {});
    expect(response.statusCode).toBe(200);
    const { temporaryPassword } = response.json<{ temporaryPassword: string }>();
    expect(temporaryPassword).toHaveLength(12);
    await expect(signIn(t.app, 'tnmt', temporaryPassword)).resolves.toBeDefined();
    await expect(signIn(t.app, 'tnmt')).rejects.toThrow(/401/);
  });

  it('keeps each city to its own people while the province looks across', async () => {
    const now = new Date().toISOString();
    const city = await t.database.db
      .insertInto('units')
      .values({ code: 'BR', name: 'UBND thành phố Bà Rịa', kind: 'city', parent_id: unit('BRVT'), sort_order: 100, source: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const province = await signIn(t.app, 'tinh');
    const admin = await signIn(t.app, 'admin');
    const created = await admin.post('/api/users', { username: 'ba.ria', fullName: 'Cán bộ Bà Rịa', unitId: city.id, role: 'officer', password: 'Den-Bien-Xanh-2024' });
    expect(created.statusCode).toBe(403);
    const units = (await admin.get('/api/units')).json<{ code: string }[]>();
    expect(units.map((u) => u.code)).not.toContain('BR');
    expect(units.map((u) => u.code)).toContain('BRVT');
    const provinceUnits = (await province.get('/api/units')).json<{ code: string }[]>();
    expect(provinceUnits.map((u) => u.code)).toEqual(expect.arrayContaining(['BR', 'VT', 'VT-TTAM']));
  });
});
