// Audit rows → entries people read: who (name, username, unit), what (one sentence), when, from where,
// and each change as before → after with the field's name. Whatever was recorded, something readable comes out.
import type { AuditChange, AuditEntryView, AuditOptions } from '../../../common/audit.js';
import { formatVietnameseDate, formatVietnameseTimestamp, isIsoDate } from '../../../common/vietnam-time.js';
import type { Language, Localized } from '../../lib/errors.js';
import type { Column } from '../../lib/spreadsheet.js';
import { type AuditReferences, type AuditRow, parseChanges } from './references.js';
import { summariseUserAgent } from './user-agent.js';
import {
  actionNames,
  entityNames,
  fieldLabels,
  flagNames,
  holidayKindNames,
  itemStatusNames,
  roleNames,
  sentences,
  signInReasons,
  submissionStatusNames,
  unitFields,
  words,
} from './wording.js';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
const quoted = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
const both = (make: (language: Language) => string): Localized => ({ vi: make('vi'), en: make('en') });
const lookup = <T extends string>(names: Partial<Record<T, Localized>>, key: unknown): Localized | undefined =>
  typeof key === 'string' ? names[key as T] : undefined;

const numbers: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }),
};
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const LONGEST_VALUE = 500;

/** The record an entry is about, as a noun phrase ("báo cáo tháng 5/2024 của Phường 7"). */
function subjectOf(row: AuditRow, refs: AuditReferences): Localized {
  const id = Number(row.entity_id);
  const unitName = (unitId: number | null) => (unitId === null ? `#${row.entity_id}` : (refs.units.get(unitId) ?? `#${unitId}`));
  const report = (submissionId: number): Localized => {
    const submission = refs.submissions.get(submissionId);
    if (!submission) return { vi: `báo cáo số ${submissionId}`, en: `report no. ${submissionId}` };
    const unit = unitName(submission.unitId);
    return { vi: `báo cáo tháng ${submission.month}/${submission.year} của ${unit}`, en: `the ${submission.month}/${submission.year} report of ${unit}` };
  };
  switch (row.entity) {
    case 'login':
      return both((language) => `${words.username[language]} ${quoted(row.entity_id)}`);
    case 'user': {
      const user = refs.users.get(id);
      const name = user ? `${user.username} (${user.fullName})` : `#${row.entity_id}`;
      return { vi: `tài khoản ${name}`, en: `the account ${name}` };
    }
    case 'report_submission':
      return report(id);
    case 'report_value': {
      const figure = refs.figures.get(id);
      if (!figure) return { vi: `số liệu số ${id}`, en: `figure no. ${id}` };
      const of = report(figure.submissionId);
      return { vi: `số liệu chỉ tiêu ${figure.indicatorCode} trong ${of.vi}`, en: `the figure for indicator ${figure.indicatorCode} in ${of.en}` };
    }
    case 'report_evidence': {
      const file = refs.evidence.get(id);
      if (!file) return { vi: `minh chứng số ${id}`, en: `evidence no. ${id}` };
      const of = report(file.submissionId);
      return { vi: `minh chứng ${quoted(file.fileName)} cho ${of.vi}`, en: `evidence ${quoted(file.fileName)} to ${of.en}` };
    }
    case 'reporting_calendar':
      return { vi: `lịch báo cáo của ${unitName(id)}`, en: `the reporting calendar of ${unitName(id)}` };
    case 'task': {
      const task = refs.tasks.get(id);
      const name = task ? `${task.code ? `${task.code} ` : ''}${quoted(task.title)}` : `số ${id}`;
      return { vi: `nhiệm vụ ${name}`, en: `the task ${name}` };
    }
    case 'directive': {
      const title = refs.directives.get(id);
      return title ? { vi: `chỉ đạo ${quoted(title)}`, en: `the directive ${quoted(title)}` } : { vi: `chỉ đạo số ${id}`, en: `directive no. ${id}` };
    }
    case 'meeting': {
      const meeting = refs.meetings.get(id);
      if (!meeting) return { vi: `cuộc họp số ${id}`, en: `meeting no. ${id}` };
      const day = formatVietnameseDate(meeting.heldOn);
      return { vi: `cuộc họp ${quoted(meeting.title)} ngày ${day}`, en: `the meeting ${quoted(meeting.title)} of ${day}` };
    }
    case 'field_report_category': {
      const name = refs.categories.get(id);
      return name ? { vi: `lĩnh vực phản ánh ${quoted(name)}`, en: `the field-report category ${quoted(name)}` } : { vi: `lĩnh vực phản ánh số ${id}`, en: `field-report category no. ${id}` };
    }
    case 'field_report_rule':
      return { vi: `quy tắc chuyển phản ánh số ${row.entity_id}`, en: `routing rule no. ${row.entity_id}` };
    case 'field_report_note': {
      const code = refs.notes.get(id) ?? '?';
      return { vi: `ghi chú nội bộ về phản ánh ${code}`, en: `an internal note on field report ${code}` };
    }
    case 'ward_location':
      return { vi: `tâm của ${unitName(id)}`, en: `the centre of ${unitName(id)}` };
    case 'holiday': {
      const day = isIsoDate(row.entity_id) ? formatVietnameseDate(row.entity_id) : row.entity_id;
      return { vi: `ngày ${day} trong lịch nghỉ lễ`, en: `${day} in the holiday calendar` };
    }
    case 'open311_api_key': {
      const name = refs.apiKeys.get(id);
      return name ? { vi: `khóa Open311 ${quoted(name)}`, en: `the Open311 key ${quoted(name)}` } : { vi: `khóa Open311 số ${id}`, en: `Open311 key no. ${id}` };
    }
    case 'dx_weights':
      return { vi: `trọng số chỉ số chuyển đổi số của ${unitName(id)}`, en: `the DX index weights of ${unitName(id)}` };
    case 'ward_boundaries':
      return { vi: `ranh giới phường, xã của ${unitName(row.unit_id)}`, en: `the ward boundaries of ${unitName(row.unit_id)}` };
    case 'audit':
      return { vi: 'nhật ký hoạt động', en: 'the audit log' };
    default:
      return both(() => `${row.entity} ${row.entity_id}`);
  }
}

/** One value of a change as people read it: names for ids and codes, Vietnamese dates and numbers. */
function formatValue(field: string, value: unknown, entity: string, refs: AuditReferences, language: Language): string {
  if (value === null || value === undefined || value === '') return words.nobody[language];
  if (Array.isArray(value)) {
    const items = (value as unknown[]).map((item) => formatValue(field, item, entity, refs, language));
    return items.length === 0 ? words.nobody[language] : items.join('; ');
  }
  const named = (map: Map<number, string>) => (typeof value === 'number' ? (map.get(value) ?? `#${value}`) : undefined);
  const text =
    (unitFields.has(field) ? named(refs.units) : undefined) ??
    (field === 'task_ids' && typeof value === 'number' ? (refs.tasks.get(value)?.code ?? refs.tasks.get(value)?.title ?? `#${value}`) : undefined) ??
    (field === 'category_id' ? named(refs.categories) : undefined) ??
    (field === 'report_id' ? named(refs.fieldReports) : undefined) ??
    (field === 'role' ? lookup(roleNames, value)?.[language] : undefined) ??
    (field === 'status' ? lookup(entity === 'report_submission' ? submissionStatusNames : itemStatusNames, value)?.[language] : undefined) ??
    (field === 'kind' && entity === 'holiday' ? lookup(holidayKindNames, value)?.[language] : undefined) ??
    (field === 'entity' ? lookup(entityNames, value)?.[language] : undefined) ??
    (field === 'action' ? lookup(actionNames, value)?.[language] : undefined) ??
    flagValue(field, value, language) ??
    pillarValue(field, value);
  if (text !== undefined) return text;
  if (typeof value === 'number') return numbers[language].format(value);
  if (typeof value === 'boolean') return (value ? words.yes : words.no)[language];
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatVietnameseDate(value);
    if (ISO_INSTANT.test(value)) return formatVietnameseTimestamp(new Date(value));
    return value.length > LONGEST_VALUE ? `${value.slice(0, LONGEST_VALUE - 1)}…` : value;
  }
  const json = JSON.stringify(value);
  return json.length > LONGEST_VALUE ? `${json.slice(0, LONGEST_VALUE - 1)}…` : json;
}

function flagValue(field: string, value: unknown, language: Language): string | undefined {
  const names = flagNames[field];
  if (!names || (value !== 0 && value !== 1 && typeof value !== 'boolean')) return undefined;
  return names[value === 1 || value === true ? 1 : 0][language];
}

/** The DX weights: "government: 300" per pillar, as the weights page shows them. */
function pillarValue(field: string, value: unknown): string | undefined {
  if (field !== 'pillars' || typeof value !== 'object' || value === null || !('code' in value) || !('weight' in value)) return undefined;
  return `${String(value.code)}: ${String(value.weight)}`;
}

function presentChanges(row: AuditRow, refs: AuditReferences, language: Language): AuditChange[] {
  return Object.entries(parseChanges(row)).map(([field, [before, after]]) => ({
    field,
    label: fieldLabels[field]?.[language] ?? field,
    before: formatValue(field, before, row.entity, refs, language),
    after: formatValue(field, after, row.entity, refs, language),
  }));
}

/** An account's changes, in the order that matters: role, locking, moving, then the rest. */
function accountSentence(subject: string, changes: AuditChange[], language: Language): string {
  const clauses: string[] = [];
  const change = (field: string) => changes.find((candidate) => candidate.field === field);
  const role = change('role');
  if (role) clauses.push(language === 'vi' ? `Đổi vai trò ${subject}: ${role.before} → ${role.after}` : `Changed the role of ${subject}: ${role.before} → ${role.after}`);
  const disabled = change('disabled');
  if (disabled) {
    const locking = disabled.after === flagNames.disabled?.[1][language];
    clauses.push(language === 'vi' ? `${locking ? 'Khóa' : 'Mở khóa'} ${subject}` : `${locking ? 'Disabled' : 'Enabled'} ${subject}`);
  }
  const unit = change('unit_id');
  if (unit) clauses.push(language === 'vi' ? `Chuyển ${subject} từ ${unit.before} sang ${unit.after}` : `Moved ${subject} from ${unit.before} to ${unit.after}`);
  if (clauses.length === 0) clauses.push(language === 'vi' ? `Sửa thông tin ${subject}` : `Changed the details of ${subject}`);
  return clauses.join('. ');
}

function summaryOf(row: AuditRow, subject: Localized, changes: AuditChange[], language: Language): string {
  const key = `${row.entity}.${row.action}`;
  if (key === 'user.update') return accountSentence(subject[language], changes, language);
  if (row.entity === 'login') {
    const reason = lookup(signInReasons, row.reason)?.[language] ?? row.reason ?? words.nobody[language];
    const verb = actionNames[row.action]?.[language] ?? row.action;
    const locked = row.action === 'login_locked';
    const after = language === 'vi' ? (locked ? ' sau nhiều lần thất bại, lần cuối' : '') : locked ? ' after repeated failures, the last' : '';
    return `${verb}${after}: ${reason} (${subject[language]})`;
  }
  const template = sentences[key]?.[language];
  const verb = actionNames[row.action]?.[language];
  const base = template
    ? fill(template, { subject: subject[language] })
    : verb
      ? `${verb} ${subject[language]}`
      : language === 'vi'
        ? `Thao tác ${quoted(row.action)} trên ${subject[language]}`
        : `Action ${quoted(row.action)} on ${subject[language]}`;
  // Counts that belong in the sentence itself.
  const count = (field: string, index: 0 | 1) => {
    const value = parseChanges(row)[field]?.[index];
    return typeof value === 'number' ? numbers[language].format(value) : null;
  };
  const sessions = key === 'user.end_other_sessions' ? count('sessions', 0) : null;
  if (sessions !== null) return `${base} (${fill(words.sessionsEnded[language], { count: sessions })})`;
  const rows = key === 'audit.export' ? count('rows', 1) : null;
  if (rows !== null) return `${base} (${fill(words.rows[language], { count: rows })})`;
  return base;
}

function actorOf(row: AuditRow, refs: AuditReferences) {
  if (row.actor_id === null || row.actor_username === null) return null;
  const unit = row.actor_unit_id === null ? null : { id: row.actor_unit_id, name: refs.units.get(row.actor_unit_id) ?? `#${row.actor_unit_id}` };
  return { id: row.actor_id, username: row.actor_username, fullName: row.actor_full_name ?? '', unit };
}

export function presentAuditEntry(row: AuditRow, refs: AuditReferences, language: Language): AuditEntryView {
  const actor = actorOf(row, refs);
  const subject = subjectOf(row, refs);
  const changes = presentChanges(row, refs, language);
  // Over HTTP with nobody signed in is a visitor (a sign-in attempt); without a request, the system.
  const nobody = row.address === null ? words.system : words.visitor;
  return {
    id: row.id,
    at: row.at,
    actor,
    actorText: actor ? `${actor.fullName} (${actor.username})${actor.unit ? ` – ${actor.unit.name}` : ''}` : nobody[language],
    unit: row.unit_id === null ? null : { id: row.unit_id, name: refs.units.get(row.unit_id) ?? `#${row.unit_id}` },
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    summary: summaryOf(row, subject, changes, language),
    changes,
    reason: row.entity === 'login' ? (lookup(signInReasons, row.reason)?.[language] ?? row.reason) : row.reason,
    address: row.address,
    browser: summariseUserAgent(row.user_agent),
    userAgent: row.user_agent,
  };
}

/** The text a search looks through: everything the entry shows. */
export const searchableText = (entry: AuditEntryView): string =>
  [
    entry.summary,
    entry.actorText,
    entry.unit?.name,
    entry.reason,
    entry.address,
    entry.browser,
    entry.entity,
    entry.action,
    entry.entityId,
    ...entry.changes.flatMap((change) => [change.label, change.before, change.after]),
  ]
    .filter(Boolean)
    .join(' ');

/** The CSV's columns, headed in Vietnamese, times in Vietnam time to the second. */
export const auditCsvColumns: Column<AuditEntryView>[] = [
  { header: 'Thời gian', value: (entry) => formatVietnameseTimestamp(new Date(entry.at)) },
  { header: 'Người thực hiện', value: (entry) => entry.actor?.fullName ?? entry.actorText },
  { header: 'Tên đăng nhập', value: (entry) => entry.actor?.username ?? (entry.entity === 'login' ? entry.entityId : null) },
  { header: 'Đơn vị người thực hiện', value: (entry) => entry.actor?.unit?.name ?? null },
  { header: 'Nội dung', value: (entry) => entry.summary },
  { header: 'Thay đổi', value: (entry) => entry.changes.map((change) => `${change.label}: ${change.before} → ${change.after}`).join('\n') || null },
  { header: 'Lý do', value: (entry) => entry.reason },
  { header: 'Đơn vị của bản ghi', value: (entry) => entry.unit?.name ?? null },
  { header: 'Đối tượng', value: (entry) => entityNames[entry.entity]?.vi ?? entry.entity },
  { header: 'Mã đối tượng', value: (entry) => entry.entityId },
  { header: 'Thao tác', value: (entry) => entry.action },
  { header: 'Địa chỉ IP', value: (entry) => entry.address },
  { header: 'Trình duyệt', value: (entry) => entry.browser },
  { header: 'User-Agent', value: (entry) => entry.userAgent },
  { header: 'Số thứ tự', value: (entry) => entry.id },
];

/** The entity and action filters' choices, named in the reader's language. */
export function presentAuditOptions(language: Language): AuditOptions {
  const options = (names: Record<string, Localized>) =>
    Object.entries(names)
      .map(([value, name]) => ({ value, label: name[language] }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
  return { entities: options(entityNames), actions: options(actionNames) };
}
