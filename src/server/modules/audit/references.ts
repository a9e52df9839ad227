// The names an audit entry points at by id (its record, the units and tasks in its changes), loaded once
// per page of entries with one query per kind, so each entry reads as a sentence.
import { MAX_ROW_ID } from '../../../common/ids.js';
import type { Db } from '../../db/index.js';
import type { AuditLogTable } from '../../db/schema.js';
import { unitFields } from './wording.js';

/** An audit row with its actor, as the readers select it. */
export interface AuditRow extends Omit<AuditLogTable, 'id'> {
  id: number;
  actor_username: string | null;
  actor_full_name: string | null;
  actor_unit_id: number | null;
}

export interface AuditReferences {
  units: Map<number, string>;
  users: Map<number, { username: string; fullName: string }>;
  submissions: Map<number, { unitId: number; year: number; month: number }>;
  figures: Map<number, { submissionId: number; indicatorCode: string }>;
  evidence: Map<number, { submissionId: number; fileName: string }>;
  tasks: Map<number, { code: string | null; title: string }>;
  directives: Map<number, string>;
  meetings: Map<number, { title: string; heldOn: string }>;
  categories: Map<number, string>;
  apiKeys: Map<number, string>;
  /** A note's id → its field report's tracking code. */
  notes: Map<number, string>;
  /** A field report's id → its tracking code. */
  fieldReports: Map<number, string>;
}

/** The changes of a row as stored; a row written by hand with broken JSON reads as having none. */
export function parseChanges(row: Pick<AuditRow, 'changes'>): Record<string, [unknown, unknown]> {
  if (row.changes === null) return {};
  try {
    const parsed: unknown = JSON.parse(row.changes);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, [unknown, unknown]] => Array.isArray(entry[1]) && entry[1].length === 2));
  } catch {
    return {};
  }
}

const idOf = (text: string): number | null => (/^\d{1,10}$/.test(text) ? Number(text) : null);

/** Collects ids by kind. */
class Ids {
  private readonly byKind = new Map<string, Set<number>>();
  add(kind: string, value: unknown): void {
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of values) {
      const id = typeof item === 'number' ? item : typeof item === 'string' ? idOf(item) : null;
      if (id === null || !Number.isInteger(id) || id < 1 || id > MAX_ROW_ID) continue;
      let set = this.byKind.get(kind);
      if (!set) this.byKind.set(kind, (set = new Set()));
      set.add(id);
    }
  }
  of(kind: string): number[] {
    return [...(this.byKind.get(kind) ?? [])];
  }
}

/** The entity whose record an entry's entity_id names, by the table that holds it. */
const recordKinds: Record<string, string> = {
  user: 'users',
  report_submission: 'submissions',
  report_value: 'figures',
  report_evidence: 'evidence',
  task: 'tasks',
  directive: 'directives',
  meeting: 'meetings',
  field_report_category: 'categories',
  open311_api_key: 'apiKeys',
  field_report_note: 'notes',
  // Filed under the unit they belong to.
  reporting_calendar: 'units',
  ward_location: 'units',
  dx_weights: 'units',
};

/** The fields of `changes` that hold ids of other records. */
const referenceFields: Record<string, string> = { task_ids: 'tasks', category_id: 'categories', report_id: 'fieldReports' };

const many = async <T>(ids: number[], load: (ids: number[]) => Promise<T[]>): Promise<T[]> => (ids.length === 0 ? [] : load(ids));

export async function loadReferences(db: Db, rows: readonly AuditRow[]): Promise<AuditReferences> {
  const ids = new Ids();
  for (const row of rows) {
    ids.add('units', row.unit_id);
    ids.add('units', row.actor_unit_id);
    const kind = recordKinds[row.entity];
    if (kind) ids.add(kind, row.entity_id);
    for (const [field, pair] of Object.entries(parseChanges(row))) {
      const fieldKind = unitFields.has(field) ? 'units' : referenceFields[field];
      if (fieldKind) for (const value of pair) ids.add(fieldKind, value);
    }
  }
  // Figures and evidence name their report; reports name their unit.
  const [figures, evidence] = await Promise.all([
    many(ids.of('figures'), (list) =>
      db
        .selectFrom('report_values')
        .innerJoin('indicators', 'indicators.id', 'report_values.indicator_id')
        .select(['report_values.id', 'report_values.submission_id', 'indicators.code'])
        .where('report_values.id', 'in', list)
        .execute(),
    ),
    many(ids.of('evidence'), (list) => db.selectFrom('report_evidence').select(['id', 'submission_id', 'file_name']).where('id', 'in', list).execute()),
  ]);
  for (const row of [...figures, ...evidence]) ids.add('submissions', row.submission_id);
  const submissions = await many(ids.of('submissions'), (list) =>
    db
      .selectFrom('report_submissions')
      .innerJoin('reporting_periods', 'reporting_periods.id', 'report_submissions.period_id')
      .select(['report_submissions.id', 'report_submissions.unit_id', 'reporting_periods.year', 'reporting_periods.month'])
      .where('report_submissions.id', 'in', list)
      .execute(),
  );
  for (const row of submissions) ids.add('units', row.unit_id);

  const [units, users, tasks, directives, meetings, categories, apiKeys, notes, fieldReports] = await Promise.all([
    many(ids.of('units'), (list) => db.selectFrom('units').select(['id', 'name']).where('id', 'in', list).execute()),
    many(ids.of('users'), (list) => db.selectFrom('users').select(['id', 'username', 'full_name']).where('id', 'in', list).execute()),
    many(ids.of('tasks'), (list) => db.selectFrom('tasks').select(['id', 'code', 'title']).where('id', 'in', list).execute()),
    many(ids.of('directives'), (list) => db.selectFrom('directives').select(['id', 'title']).where('id', 'in', list).execute()),
    many(ids.of('meetings'), (list) => db.selectFrom('meetings').select(['id', 'title', 'held_on']).where('id', 'in', list).execute()),
    many(ids.of('categories'), (list) => db.selectFrom('field_report_categories').select(['id', 'name']).where('id', 'in', list).execute()),
    many(ids.of('apiKeys'), (list) => db.selectFrom('open311_api_keys').select(['id', 'name']).where('id', 'in', list).execute()),
    many(ids.of('notes'), (list) =>
      db
        .selectFrom('field_report_notes')
        .innerJoin('field_reports', 'field_reports.id', 'field_report_notes.report_id')
        .select(['field_report_notes.id', 'field_reports.code'])
        .where('field_report_notes.id', 'in', list)
        .execute(),
    ),
    many(ids.of('fieldReports'), (list) => db.selectFrom('field_reports').select(['id', 'code']).where('id', 'in', list).execute()),
  ]);
  return {
    units: new Map(units.map((row) => [row.id, row.name])),
    users: new Map(users.map((row) => [row.id, { username: row.username, fullName: row.full_name }])),
    submissions: new Map(submissions.map((row) => [row.id, { unitId: row.unit_id, year: row.year, month: row.month }])),
    figures: new Map(figures.map((row) => [row.id, { submissionId: row.submission_id, indicatorCode: row.code }])),
    evidence: new Map(evidence.map((row) => [row.id, { submissionId: row.submission_id, fileName: row.file_name }])),
    tasks: new Map(tasks.map((row) => [row.id, { code: row.code, title: row.title }])),
    directives: new Map(directives.map((row) => [row.id, row.title])),
    meetings: new Map(meetings.map((row) => [row.id, { title: row.title, heldOn: row.held_on }])),
    categories: new Map(categories.map((row) => [row.id, row.name])),
    apiKeys: new Map(apiKeys.map((row) => [row.id, row.name])),
    notes: new Map(notes.map((row) => [row.id, row.code])),
    fieldReports: new Map(fieldReports.map((row) => [row.id, row.code])),
  };
}
