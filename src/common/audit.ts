// The audit trail as people read it (nhật ký hoạt động): the contracts shared by the server and the web app.
import { z } from 'zod';
import { rowIdParam } from './ids.js';

/** The filters of the log and of its CSV, as the API and the page's address name them (described for the OpenAPI document). */
export const auditFilterSchema = z.object({
  user: z.string().trim().min(1).max(100).optional().describe('Mã số hoặc tên đăng nhập: việc người đó làm, việc làm trên tài khoản đó, các lần đăng nhập bằng tên đó'),
  unitId: rowIdParam.optional().describe('Mục của đơn vị: ghi cho đơn vị hoặc do tài khoản của đơn vị thực hiện'),
  entity: z.string().trim().min(1).max(60).optional().describe('Đối tượng (xem /api/audit/options)'),
  action: z.string().trim().min(1).max(60).optional().describe('Thao tác (xem /api/audit/options)'),
  from: z.string().trim().max(10).optional().describe('Từ ngày (giờ Việt Nam), dd/mm/yyyy hoặc yyyy-mm-dd'),
  to: z.string().trim().max(10).optional().describe('Đến hết ngày (giờ Việt Nam), dd/mm/yyyy hoặc yyyy-mm-dd'),
  q: z.string().trim().max(100).optional().describe('Tìm trong nội dung như người đọc thấy, không phân biệt dấu'),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

const namedUnit = z.object({ id: z.number().int(), name: z.string() });

export const auditChangeSchema = z.object({
  field: z.string(),
  /** The field's name as people say it, or the stored name when it has none. */
  label: z.string(),
  before: z.string(),
  after: z.string(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Who acted; null for a sign-in attempt (nobody signed in yet) or the system (command line, schedule). */
  actor: z.object({ id: z.number().int(), username: z.string(), fullName: z.string(), unit: namedUnit.nullable() }).nullable(),
  /** Who, in one line: "Quản trị hệ thống (admin) – Thành phố Vũng Tàu", "Khách chưa đăng nhập", "Hệ thống". */
  actorText: z.string(),
  /** The unit the entry is filed under. */
  unit: namedUnit.nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  /** What happened, in one sentence. */
  summary: z.string(),
  changes: z.array(auditChangeSchema),
  reason: z.string().nullable(),
  address: z.string().nullable(),
  /** The browser and system, summarised from the User-Agent ("Chrome 131, Windows"). */
  browser: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** How many entries match, counted up to AUDIT_COUNT_LIMIT; null with a text search, answered by reading the entries. */
  total: z.number().int().nullable(),
  /** More entries match than were counted: there are over `total` of them. */
  totalCapped: z.boolean(),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** A text search stopped at its reading limit before it filled the page: the next page searches on. */
  partial: z.boolean(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

const option = z.object({ value: z.string(), label: z.string() });
export const auditOptionsSchema = z.object({ entities: z.array(option), actions: z.array(option) });
export type AuditOptions = z.infer<typeof auditOptionsSchema>;

/** Entries per page: the default and the most one request may ask for. */
export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_PAGE_MAX = 200;
/** Entries one CSV holds at most; a wider export is refused, never cut short in silence. */
export const AUDIT_EXPORT_LIMIT = 50_000;
/** Matching entries are counted up to this many (the most a CSV holds), so a count stays cheap on a long log. */
export const AUDIT_COUNT_LIMIT = AUDIT_EXPORT_LIMIT;
/** Entries a text search reads for one page at most; the page says when it stopped there. */
export const AUDIT_SEARCH_READ_LIMIT = 5000;
