import type { Role } from '../../common/units.js';

export const paths = {
  login: '/dang-nhap',
  account: '/tai-khoan',
  plan: '/ke-hoach',
  units: '/don-vi',
  users: '/nguoi-dung',
  reports: '/bao-cao',
  reportQueue: '/bao-cao/duyet',
  reportCompleteness: '/bao-cao/tinh-hinh',
  reportCalendar: '/bao-cao/lich',
  indicators: '/chi-tieu',
} as const;

/** One unit's report for one month. */
export const reportPath = (submissionId: number) => `${paths.reports}/${submissionId}`;
/** An indicator's page, optionally at a month of the plan's year. */
export const indicatorPath = (code: string, month?: number) =>
  `${paths.indicators}/${encodeURIComponent(code)}${month === undefined ? '' : `?thang=${month}`}`;

// Writing plans year after year (the plan as data, its drafts, issuing and amendments).
export const planPaths = {
  manage: '/ke-hoach/quan-ly',
  province: '/ke-hoach/tinh',
} as const;
/** A plan's editor (a draft), or its page of versions and amendment (an issued plan). */
export const planEditorPath = (id: number) => `/ke-hoach/quan-ly/${id}`;

/** Who gets the users page: the roles that see the accounts of their whole city. */
export const usersPageRoles: readonly Role[] = ['admin', 'leader', 'coordinator'];
/** Who approves or returns the units' reports. */
export const approverRoles: readonly Role[] = ['coordinator', 'leader'];
/** Who follows every unit's reporting (the completeness grid). */
export const consolidationRoles: readonly Role[] = ['admin', 'leader', 'coordinator', 'viewer'];
/** Who sees the reporting calendar's settings; only the coordinator changes them. */
export const calendarPageRoles: readonly Role[] = ['admin', 'leader', 'coordinator'];

// Tasks and directives (nhiệm vụ, chỉ đạo).
export const workPaths = {
  tasks: '/nhiem-vu',
  myWork: '/nhiem-vu/cua-toi',
  timeline: '/nhiem-vu/tien-do',
  directives: '/chi-dao',
  board: '/chi-dao/bang-dieu-hanh',
} as const;

export const taskPath = (id: number) => `${workPaths.tasks}/${id}`;
/** A meeting's directive register. */
export const meetingPath = (id: number) => `${workPaths.directives}/cuoc-hop/${id}`;
export const directivePath = (id: number) => `${workPaths.directives}/${id}`;
/** Who assigns tasks and directives and records meetings (the server decides; this only hides buttons). */
export const directingRoles: readonly Role[] = ['coordinator', 'leader'];
/** Who gets the leader's board: the roles that follow the whole city. */
export const boardRoles: readonly Role[] = ['admin', 'leader', 'coordinator', 'viewer'];

// Citizen field reports (phản ánh hiện trường): public pages, and the officers' desk.
export const feedbackPaths = {
  browse: '/phan-anh',
  file: '/phan-anh/gui',
  track: '/phan-anh/tra-cuu',
  desk: '/phan-anh/xu-ly',
} as const;

/** Where a citizen follows a report by its code. */
export const trackingPath = (code: string) => `${feedbackPaths.track}/${encodeURIComponent(code)}`;
/** The officers' page of one report: full details, steps, internal notes. */
export const deskReportPath = (id: number) => `${feedbackPaths.desk}/${id}`;

// Field-report setup (quản trị phản ánh): categories, routing rules, ward centres, Open311 keys; the
// holiday calendar's old address leads to its own page.
export const feedbackAdminPaths = {
  categories: '/phan-anh/quan-tri/linh-vuc',
  rules: '/phan-anh/quan-tri/quy-tac-chuyen',
  wards: '/phan-anh/quan-tri/phuong-xa',
  holidays: '/phan-anh/quan-tri/ngay-nghi',
  keys: '/phan-anh/quan-tri/khoa-open311',
} as const;
/** Who opens the setup screens; the coordinator (and the administrator) change categories, rules and wards. */
export const feedbackSetupRoles: readonly Role[] = ['admin', 'coordinator', 'leader'];
/** Who works or watches cases at the officers' desk: not the administrator, who keeps the setup. */
export const feedbackDeskRoles: readonly Role[] = ['leader', 'coordinator', 'officer', 'viewer'];
export const feedbackConfigureRoles: readonly Role[] = ['admin', 'coordinator'];
/** The administrator issues Open311 keys. */
export const feedbackKeyRoles: readonly Role[] = ['admin'];

// The working calendar (lịch nghỉ lễ, Tết): national, every deadline in working days reads it.
export const holidayPaths = { calendar: '/lich-nghi' } as const;
export const holidayCalendarPath = (year: number) => `${holidayPaths.calendar}?nam=${year}`;
/** Who adjusts and confirms it (the server decides; this only shows the buttons). */
export const holidayAdminRoles: readonly Role[] = ['admin'];
/** Who is told that a year waits for confirmation, and finds the calendar in the menu. */
export const calendarNoticeRoles: readonly Role[] = ['admin', 'coordinator'];

// The Operations Center (trung tâm điều hành): the leaders' overview and the LED wall.
export const ocPaths = {
  overview: '/oc',
  wall: '/oc/man-hinh',
} as const;
/** Who watches it: the city's leaders, coordinator, viewers and administrator, and the province's leaders. */
export const ocRoles: readonly Role[] = ['admin', 'leader', 'coordinator', 'viewer'];

// Ward geometry (GIS): the ward-boundary import.
export const gisPaths = { boundaries: '/ban-do/ranh-gioi' } as const;
/** Who imports ward boundaries (the server decides; this shows the page and its menu entry). */
export const gisAdminRoles: readonly Role[] = ['admin', 'coordinator'];

// The public view (công khai, no sign-in) and the consolidated monthly report.
export const publicPaths = { overview: '/cong-khai' } as const;
export const monthlyReportPath = '/bao-cao/tong-hop';
/** Who downloads the consolidated monthly report (the server decides; this only hides the link). */
export const monthlyReportRoles: readonly Role[] = ['coordinator', 'leader', 'viewer'];

// The wards' digital-transformation index: the ranking, its weights, a ward's page.
export const dxPaths = {
  ranking: '/oc/xep-hang',
  weights: '/oc/xep-hang/trong-so',
  ward: '/oc/phuong/:unitCode',
} as const;
/** A ward's page, optionally at a month of the plan's year. */
export const wardPath = (unitCode: string, month?: number) =>
  `/oc/phuong/${encodeURIComponent(unitCode)}${month === undefined ? '' : `?thang=${month}`}`;

// The audit log (nhật ký hoạt động): the administrator's, and a coordinator's for their unit.
export const auditPaths = { log: '/quan-tri/nhat-ky' } as const;
/** Who reads the audit log (the server decides what each sees; this shows the page and its menu entry). */
export const auditRoles: readonly Role[] = ['admin', 'coordinator'];
