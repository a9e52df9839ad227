// The words the audit trail is read in: what each recorded entity, action and field is called, in
// Vietnamese and English. A name missing here is shown as stored, so a new kind of entry still reads.
import type { ItemStatus } from '../../../common/tasks.js';
import type { SubmissionStatus } from '../../../common/reporting.js';
import type { Role } from '../../../common/units.js';
import type { Localized } from '../../lib/errors.js';

/** Every entity the services record, as the entity filter lists them. */
export const entityNames: Record<string, Localized> = {
  login: { vi: 'Đăng nhập', en: 'Sign-in' },
  user: { vi: 'Tài khoản', en: 'Account' },
  report_submission: { vi: 'Báo cáo tháng', en: 'Monthly report' },
  report_value: { vi: 'Số liệu báo cáo', en: 'Reported figure' },
  report_evidence: { vi: 'Minh chứng báo cáo', en: 'Report evidence' },
  reporting_calendar: { vi: 'Lịch báo cáo', en: 'Reporting calendar' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  directive: { vi: 'Chỉ đạo', en: 'Directive' },
  meeting: { vi: 'Cuộc họp', en: 'Meeting' },
  field_report_category: { vi: 'Lĩnh vực phản ánh', en: 'Field-report category' },
  field_report_rule: { vi: 'Quy tắc chuyển phản ánh', en: 'Field-report routing rule' },
  field_report_note: { vi: 'Ghi chú nội bộ về phản ánh', en: 'Internal note on a field report' },
  ward_location: { vi: 'Tâm phường, xã', en: 'Ward centre' },
  holiday: { vi: 'Lịch nghỉ lễ', en: 'Holiday calendar' },
  open311_api_key: { vi: 'Khóa Open311', en: 'Open311 key' },
  dx_weights: { vi: 'Trọng số chỉ số chuyển đổi số', en: 'DX index weights' },
  ward_boundaries: { vi: 'Ranh giới phường, xã', en: 'Ward boundaries' },
  audit: { vi: 'Nhật ký hoạt động', en: 'Audit log' },
};

/** Every action the services record: the verb of the entry's sentence, and the action filter's label. */
export const actionNames: Record<string, Localized> = {
  login: { vi: 'Đăng nhập', en: 'Signed in' },
  login_failed: { vi: 'Đăng nhập thất bại', en: 'Failed sign-in' },
  login_locked: { vi: 'Tạm khóa đăng nhập', en: 'Sign-in locked' },
  login_refused: { vi: 'Từ chối đăng nhập', en: 'Sign-in refused' },
  end_session: { vi: 'Kết thúc phiên đăng nhập', en: 'Ended a session' },
  end_other_sessions: { vi: 'Đăng xuất các thiết bị khác', en: 'Signed out other devices' },
  change_password: { vi: 'Đổi mật khẩu', en: 'Changed password' },
  reset_password: { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  create: { vi: 'Tạo', en: 'Created' },
  update: { vi: 'Sửa', en: 'Changed' },
  delete: { vi: 'Xóa', en: 'Deleted' },
  submitted: { vi: 'Gửi', en: 'Submitted' },
  approved: { vi: 'Duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  reopened: { vi: 'Mở lại', en: 'Reopened' },
  reschedule: { vi: 'Điều chỉnh hạn', en: 'Rescheduled' },
  report: { vi: 'Báo cáo tiến độ', en: 'Reported progress on' },
  complete: { vi: 'Báo hoàn thành', en: 'Reported completion of' },
  attach_minutes: { vi: 'Đính kèm biên bản', en: 'Attached minutes to' },
  issue: { vi: 'Cấp', en: 'Issued' },
  revoke: { vi: 'Thu hồi', en: 'Revoked' },
  import: { vi: 'Nhập', en: 'Imported' },
  export: { vi: 'Tải xuống', en: 'Downloaded' },
};

/** Sentences that do not read as "verb + subject"; {subject} is the record's name. */
export const sentences: Record<string, Localized> = {
  'user.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'user.end_session': { vi: 'Kết thúc một phiên đăng nhập của mình', en: 'Ended one of their sessions' },
  'user.end_other_sessions': { vi: 'Đăng xuất khỏi các thiết bị khác', en: 'Signed out of their other devices' },
  'user.change_password': { vi: 'Đổi mật khẩu của mình', en: 'Changed their own password' },
  'user.reset_password': { vi: 'Đặt lại mật khẩu {subject}', en: 'Reset the password of {subject}' },
  'report_value.create': { vi: 'Nhập {subject}', en: 'Entered {subject}' },
  'report_evidence.create': { vi: 'Đính kèm {subject}', en: 'Attached {subject}' },
  'reporting_calendar.update': { vi: 'Đổi {subject}', en: 'Changed {subject}' },
  'holiday.create': { vi: 'Thêm {subject}', en: 'Added {subject}' },
  'field_report_rule.create': { vi: 'Thêm {subject}', en: 'Added {subject}' },
  'field_report_note.create': { vi: 'Viết {subject}', en: 'Wrote {subject}' },
  'ward_location.update': { vi: 'Đặt {subject}', en: 'Set {subject}' },
  'meeting.create': { vi: 'Ghi nhận {subject}', en: 'Recorded {subject}' },
  'audit.export': { vi: 'Tải {subject} ra tệp CSV', en: 'Downloaded {subject} as CSV' },
};

/** Why a sign-in was refused (the entry's reason), as the sentence says it. */
export const signInReasons: Record<string, Localized> = {
  wrong_password: { vi: 'sai mật khẩu', en: 'wrong password' },
  unknown_user: { vi: 'không có tài khoản này', en: 'no such account' },
  disabled: { vi: 'tài khoản đã bị khóa', en: 'the account is disabled' },
  locked: { vi: 'đang tạm khóa vì đăng nhập sai nhiều lần', en: 'locked after repeated failures' },
};

export const fieldLabels: Record<string, Localized> = {
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  full_name: { vi: 'Họ tên', en: 'Full name' },
  email: { vi: 'Email', en: 'E-mail' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit_id: { vi: 'Đơn vị', en: 'Unit' },
  disabled: { vi: 'Tình trạng tài khoản', en: 'Account status' },
  sessions: { vi: 'Số phiên đăng nhập', en: 'Sessions' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  value: { vi: 'Giá trị', en: 'Value' },
  met: { vi: 'Kết quả', en: 'Result' },
  done_date: { vi: 'Ngày hoàn thành', en: 'Completion date' },
  comment: { vi: 'Ghi chú', en: 'Comment' },
  status: { vi: 'Trạng thái', en: 'Status' },
  file_name: { vi: 'Tệp', en: 'File' },
  cutoffDay: { vi: 'Ngày chốt số liệu', en: 'Data cut-off day' },
  unitDueDay: { vi: 'Hạn báo cáo của đơn vị', en: 'Units’ due day' },
  consolidationDay: { vi: 'Hạn tổng hợp', en: 'Consolidation day' },
  changeWarningPercent: { vi: 'Ngưỡng cảnh báo thay đổi (%)', en: 'Change warning threshold (%)' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  description: { vi: 'Mô tả', en: 'Description' },
  solution: { vi: 'Giải pháp', en: 'Solution' },
  area_id: { vi: 'Lĩnh vực kế hoạch', en: 'Plan area' },
  solution_group_id: { vi: 'Nhóm giải pháp', en: 'Solution group' },
  plan_id: { vi: 'Kế hoạch', en: 'Plan' },
  lead_unit_id: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  coordinating_units: { vi: 'Đơn vị phối hợp', en: 'Coordinating units' },
  planned_start_date: { vi: 'Ngày bắt đầu', en: 'Start date' },
  due_date: { vi: 'Hạn', en: 'Due date' },
  completed_on: { vi: 'Ngày hoàn thành', en: 'Completed on' },
  note: { vi: 'Ghi chú', en: 'Note' },
  progress: { vi: 'Tiến độ (%)', en: 'Progress (%)' },
  update_id: { vi: 'Báo cáo tiến độ số', en: 'Progress report no.' },
  content: { vi: 'Nội dung', en: 'Content' },
  owner_unit_id: { vi: 'Đơn vị thực hiện', en: 'Responsible unit' },
  standing: { vi: 'Thường xuyên', en: 'Standing' },
  result: { vi: 'Kết quả', en: 'Result' },
  task_ids: { vi: 'Nhiệm vụ liên quan', en: 'Related tasks' },
  held_on: { vi: 'Ngày họp', en: 'Held on' },
  files: { vi: 'Tệp', en: 'Files' },
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  group_name: { vi: 'Nhóm', en: 'Group' },
  keywords: { vi: 'Từ khóa', en: 'Keywords' },
  sla_days: { vi: 'Thời hạn xử lý (ngày làm việc)', en: 'Time limit (working days)' },
  duplicate_radius_m: { vi: 'Bán kính xét trùng (m)', en: 'Duplicate radius (m)' },
  duplicate_days: { vi: 'Số ngày xét trùng', en: 'Duplicate window (days)' },
  attributes: { vi: 'Thông tin bổ sung', en: 'Extra fields' },
  active: { vi: 'Đang dùng', en: 'In use' },
  sort_order: { vi: 'Thứ tự', en: 'Order' },
  category_id: { vi: 'Lĩnh vực', en: 'Category' },
  ward_id: { vi: 'Phường, xã', en: 'Ward' },
  centre: { vi: 'Tâm (vĩ độ; kinh độ)', en: 'Centre (latitude; longitude)' },
  kind: { vi: 'Loại ngày', en: 'Kind of day' },
  report_id: { vi: 'Phản ánh', en: 'Field report' },
  revoked_at: { vi: 'Thu hồi lúc', en: 'Revoked at' },
  pillars: { vi: 'Trọng số các trụ cột', en: 'Pillar weights' },
  wards: { vi: 'Phường, xã', en: 'Wards' },
  // An export's filters and size.
  user: { vi: 'Người dùng', en: 'User' },
  entity: { vi: 'Đối tượng', en: 'Record' },
  action: { vi: 'Thao tác', en: 'Action' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  q: { vi: 'Tìm kiếm', en: 'Search' },
  rows: { vi: 'Số dòng', en: 'Rows' },
};

export const roleNames: Record<Role, Localized> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  coordinator: { vi: 'Điều phối', en: 'Coordinator' },
  officer: { vi: 'Chuyên viên', en: 'Officer' },
  viewer: { vi: 'Chỉ xem', en: 'Viewer' },
};

export const submissionStatusNames: Record<SubmissionStatus, Localized> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
};

export const itemStatusNames: Record<ItemStatus, Localized> = {
  not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  done_late: { vi: 'Hoàn thành trễ hạn', en: 'Done late' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  cancelled: { vi: 'Hủy', en: 'Cancelled' },
};

/** Fields stored as 0/1, with what each state is called. */
export const flagNames: Record<string, [off: Localized, on: Localized]> = {
  disabled: [{ vi: 'Đang hoạt động', en: 'Active' }, { vi: 'Đã khóa', en: 'Disabled' }],
  met: [{ vi: 'Chưa đạt', en: 'Not met' }, { vi: 'Đạt', en: 'Met' }],
  active: [{ vi: 'Ngừng dùng', en: 'Not in use' }, { vi: 'Đang dùng', en: 'In use' }],
  standing: [{ vi: 'Có hạn', en: 'With a due date' }, { vi: 'Thường xuyên', en: 'Standing' }],
};

export const holidayKindNames: Record<string, Localized> = {
  off: { vi: 'Ngày nghỉ', en: 'Day off' },
  workday: { vi: 'Ngày làm bù', en: 'Make-up working day' },
};

/** Fields holding a unit's id (or a list of them). */
export const unitFields: ReadonlySet<string> = new Set(['unit_id', 'lead_unit_id', 'owner_unit_id', 'ward_id', 'coordinating_units']);

export const words = {
  nobody: { vi: '—', en: '—' },
  visitor: { vi: 'Khách chưa đăng nhập', en: 'Not signed in' },
  system: { vi: 'Hệ thống', en: 'System' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  username: { vi: 'tên đăng nhập', en: 'username' },
  sessionsEnded: { vi: 'đã kết thúc {count} phiên', en: '{count} sessions ended' },
  rows: { vi: '{count} dòng', en: '{count} rows' },
} satisfies Record<string, Localized>;
