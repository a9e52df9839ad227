// How entries read, without a database: each recorded kind as a sentence, values by name, and anything
// unknown or broken still rendered.
import { describe, expect, it } from 'vitest';
import { presentAuditEntry } from './presenter.js';
import type { AuditReferences, AuditRow } from './references.js';
import { summariseUserAgent } from './user-agent.js';

const refs: AuditReferences = {
  units: new Map([
    [1, 'UBND thành phố Vũng Tàu'],
    [7, 'Phường 7'],
    [9, 'Phường Thắng Tam'],
  ]),
  users: new Map([[42, { username: 'canbo.p7', fullName: 'Cán bộ Phường 7' }]]),
  submissions: new Map(),
  figures: new Map(),
  evidence: new Map(),
  tasks: new Map([[5, { code: 'KH2024-II5-1', title: 'Xây dựng trung tâm điều hành' }]]),
  directives: new Map(),
  meetings: new Map(),
  categories: new Map(),
  apiKeys: new Map(),
  notes: new Map(),
  fieldReports: new Map(),
};

const row = (fields: Partial<AuditRow>): AuditRow => ({
  id: 1,
  at: '2024-05-12T02:03:04.000Z',
  actor_id: 3,
  unit_id: 7,
  entity: 'user',
  entity_id: '42',
  action: 'update',
  changes: null,
  reason: null,
  address: '10.0.0.5',
  user_agent: null,
  actor_username: 'admin',
  actor_full_name: 'Quản trị hệ thống',
  actor_unit_id: 1,
  ...fields,
});
const vi = (fields: Partial<AuditRow>) => presentAuditEntry(row(fields), refs, 'vi');
const en = (fields: Partial<AuditRow>) => presentAuditEntry(row(fields), refs, 'en');

describe('audit entries as people read them', () => {
  it('says who acted, with their unit, or that nobody was signed in, or that it was the system', () => {
    expect(vi({}).actorText).toBe('Quản trị hệ thống (admin) – UBND thành phố Vũng Tàu');
    expect(vi({ actor_id: null, actor_username: null }).actorText).toBe('Khách chưa đăng nhập');
    expect(vi({ actor_id: null, actor_username: null, address: null }).actorText).toBe('Hệ thống');
  });

  it('reads an account locked and moved, both languages', () => {
    const changes = JSON.stringify({ disabled: [0, 1], unit_id: [7, 9] });
    expect(vi({ changes }).summary).toBe('Khóa tài khoản canbo.p7 (Cán bộ Phường 7). Chuyển tài khoản canbo.p7 (Cán bộ Phường 7) từ Phường 7 sang Phường Thắng Tam');
    expect(vi({ changes }).changes).toEqual([
      { field: 'disabled', label: 'Tình trạng tài khoản', before: 'Đang hoạt động', after: 'Đã khóa' },
      { field: 'unit_id', label: 'Đơn vị', before: 'Phường 7', after: 'Phường Thắng Tam' },
    ]);
    expect(en({ changes: JSON.stringify({ disabled: [1, 0] }) }).summary).toBe('Enabled the account canbo.p7 (Cán bộ Phường 7)');
    expect(vi({ changes: JSON.stringify({ email: [null, 'a@b.vn'] }) }).summary).toBe('Sửa thông tin tài khoản canbo.p7 (Cán bộ Phường 7)');
  });

  it('words sessions, passwords and a lockout', () => {
    expect(vi({ action: 'end_other_sessions', changes: JSON.stringify({ sessions: [3, 0] }) }).summary).toBe('Đăng xuất khỏi các thiết bị khác (đã kết thúc 3 phiên)');
    expect(vi({ action: 'reset_password' }).summary).toBe('Đặt lại mật khẩu tài khoản canbo.p7 (Cán bộ Phường 7)');
    const locked = { entity: 'login', entity_id: 'canbo.p7', action: 'login_locked', reason: 'wrong_password', actor_id: null, actor_username: null };
    expect(vi(locked).summary).toBe('Tạm khóa đăng nhập sau nhiều lần thất bại, lần cuối: sai mật khẩu (tên đăng nhập “canbo.p7”)');
    expect(vi({ ...locked, action: 'login_refused', reason: 'locked' }).summary).toBe('Từ chối đăng nhập: đang tạm khóa vì đăng nhập sai nhiều lần (tên đăng nhập “canbo.p7”)');
  });

  it('names ids, dates, statuses and numbers in the changes', () => {
    const task = vi({ entity: 'task', entity_id: '5', action: 'reschedule', changes: JSON.stringify({ due_date: ['2024-06-30', '2024-09-30'], coordinating_units: [[7], [7, 9]], status: ['in_progress', 'paused'] }), reason: 'Chờ vốn' });
    expect(task.summary).toBe('Điều chỉnh hạn nhiệm vụ KH2024-II5-1 “Xây dựng trung tâm điều hành”');
    expect(task.changes.map((change) => `${change.label}: ${change.before} → ${change.after}`)).toEqual([
      'Hạn: 30/06/2024 → 30/09/2024',
      'Đơn vị phối hợp: Phường 7 → Phường 7; Phường Thắng Tam',
      'Trạng thái: Đang thực hiện → Tạm dừng',
    ]);
    expect(task.reason).toBe('Chờ vốn');
    const figure = vi({ entity: 'report_value', entity_id: '77', action: 'update', changes: JSON.stringify({ value: [98.27, 1234.5], met: [0, 1] }) });
    expect(figure.summary).toBe('Sửa số liệu số 77');
    expect(figure.changes.map((change) => [change.before, change.after])).toEqual([
      ['98,27', '1.234,5'],
      ['Chưa đạt', 'Đạt'],
    ]);
    expect(en({ entity: 'report_value', entity_id: '77', changes: JSON.stringify({ value: [98.27, 1234.5] }) }).changes[0]).toMatchObject({ label: 'Value', before: '98.27', after: '1,234.5' });
    expect(vi({ entity: 'open311_api_key', entity_id: '3', action: 'revoke', changes: JSON.stringify({ revoked_at: [null, '2024-05-12T17:30:00.000Z'] }) }).changes[0]?.after).toBe('13/05/2024 00:30:00');
  });

  it('still renders what it has no words for, and changes stored broken', () => {
    expect(vi({ entity: 'totp', entity_id: '42', action: 'enrol' })).toMatchObject({ summary: 'Thao tác “enrol” trên totp 42', changes: [] });
    expect(en({ entity: 'user', action: 'totp_enrol' }).summary).toBe('Action “totp_enrol” on the account canbo.p7 (Cán bộ Phường 7)');
    expect(vi({ entity: 'user', entity_id: '999', action: 'delete' }).summary).toBe('Xóa tài khoản #999');
    expect(vi({ changes: '{not json' }).changes).toEqual([]);
    expect(vi({ changes: JSON.stringify({ odd: 'not a pair', colour: [{ a: 1 }, null] }) }).changes).toEqual([{ field: 'colour', label: 'colour', before: '{"a":1}', after: '—' }]);
  });
});

describe('browsers summarised', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome 131, Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/128.0.0 Chrome/122.0.0.0 Safari/537.36', 'Cốc Cốc 128, Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Edge 131, Windows'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari 17, iOS'],
    ['Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 Zalo android/12345 ZaloTheme/light', 'Zalo, Android'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox 133, macOS'],
    ['curl/8.5.0', 'curl 8.5'],
    ['lightMyRequest', 'lightMyRequest'],
  ])('%s', (header, summary) => {
    expect(summariseUserAgent(header)).toBe(summary);
  });
});
