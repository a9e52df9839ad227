// Reading the audit trail: filters in the database's terms, pages newest first (by offset or by a
// cursor that stays put while new entries arrive), a text search over the entries as people read them,
// and the CSV export, itself recorded in the trail. Nothing here, or anywhere, changes a recorded entry.
import { type ExpressionBuilder, sql } from 'kysely';
import { AUDIT_COUNT_LIMIT, AUDIT_EXPORT_LIMIT, AUDIT_SEARCH_READ_LIMIT, type AuditEntryView, type AuditFilter, type AuditPage } from '../../../common/audit.js';
import { MAX_ROW_ID } from '../../../common/ids.js';
import { matchesSearch } from '../../../common/text.js';
import { type IsoDate, endOfVietnamDay, parseDateInput, startOfVietnamDay } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { countAll } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, type Language, invalidField } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { normalizeUsername } from '../auth/service.js';
import { type AuditScope, auditPolicy, auditScopeOf } from './policy.js';
import { presentAuditEntry, searchableText } from './presenter.js';
import { type AuditRow, loadReferences } from './references.js';

export interface AuditPaging {
  limit: number;
  offset: number;
  cursor?: string | undefined;
}

/** What to read, in the trail's own terms; other modules' readers (reporting's history) use it too. */
export interface AuditCriteria {
  scope?: AuditScope | undefined;
  /** Filed under this unit or made by one of its accounts. */
  belongsTo?: number | undefined;
  /** Filed under this unit. */
  filedUnder?: number | undefined;
  user?: { id: number | null; username: string | null } | undefined;
  /** Entries about these records: every record of an entity, or only the listed ids. */
  records?: { entity: string; ids?: string[] }[] | undefined;
  action?: string | undefined;
  /** ISO instants: since is included, until is not. */
  since?: string | undefined;
  until?: string | undefined;
}

const SEARCH_BATCH = 500;
const EXPORT_BATCH = 1000;

type AuditExpressions = ExpressionBuilder<Database & { actor: Database['users'] }, 'audit_log' | 'actor'>;

function conditions(eb: AuditExpressions, criteria: AuditCriteria) {
  const all = [];
  const belongs = (units: number[]) => eb.or([eb('audit_log.unit_id', 'in', units), eb('actor.unit_id', 'in', units)]);
  if (criteria.scope) {
    const { units, unowned } = criteria.scope;
    const visible = [belongs([...units])];
    if (unowned) visible.push(eb.and([eb('audit_log.unit_id', 'is', null), eb('audit_log.actor_id', 'is', null)]));
    all.push(eb.or(visible));
  }
  if (criteria.belongsTo !== undefined) all.push(belongs([criteria.belongsTo]));
  if (criteria.filedUnder !== undefined) all.push(eb('audit_log.unit_id', '=', criteria.filedUnder));
  if (criteria.user) {
    const { id, username } = criteria.user;
    const about = [];
    if (id !== null) about.push(eb('audit_log.actor_id', '=', id), eb.and([eb('audit_log.entity', '=', 'user'), eb('audit_log.entity_id', '=', String(id))]));
    if (username !== null) about.push(eb.and([eb('audit_log.entity', '=', 'login'), eb('audit_log.entity_id', '=', username)]));
    all.push(about.length > 0 ? eb.or(about) : eb.lit(false));
  }
  if (criteria.records) {
    all.push(
      eb.or(
        criteria.records.map((record) =>
          record.ids === undefined
            ? eb('audit_log.entity', '=', record.entity)
            : record.ids.length === 0
              ? eb.lit(false)
              : eb.and([eb('audit_log.entity', '=', record.entity), eb('audit_log.entity_id', 'in', record.ids)]),
        ),
      ),
    );
  }
  if (criteria.action !== undefined) all.push(eb('audit_log.action', '=', criteria.action));
  if (criteria.since !== undefined) all.push(eb('audit_log.at', '>=', criteria.since));
  if (criteria.until !== undefined) all.push(eb('audit_log.at', '<', criteria.until));
  return eb.and(all);
}

const matching = (db: Db, criteria: AuditCriteria) =>
  db
    .selectFrom('audit_log')
    .leftJoin('users as actor', 'actor.id', 'audit_log.actor_id')
    .where((eb) => conditions(eb, criteria));

/** A position in the trail, newest first: entries older than (at, id). */
interface Position {
  at: string;
  id: number;
}

const encodeCursor = (position: Position) => Buffer.from(`${position.at}~${position.id}`).toString('base64url');

function decodeCursor(cursor: string): Position {
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)~(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1] || !match[2] || Number(match[2]) > MAX_ROW_ID) throw invalidField('cursor', { vi: 'Con trỏ trang không hợp lệ; hãy tải lại từ trang đầu.', en: 'Invalid page cursor; start again from the first page.' });
  return { at: match[1], id: Number(match[2]) };
}

/** Entries matching the criteria, newest first, after a position. */
function rowsAfter(db: Db, criteria: AuditCriteria, after: Position | undefined) {
  let query = matching(db, criteria).select([
    'audit_log.id',
    'audit_log.at',
    'audit_log.actor_id',
    'audit_log.unit_id',
    'audit_log.entity',
    'audit_log.entity_id',
    'audit_log.action',
    'audit_log.changes',
    'audit_log.reason',
    'audit_log.address',
    'audit_log.user_agent',
    'actor.username as actor_username',
    'actor.full_name as actor_full_name',
    'actor.unit_id as actor_unit_id',
  ]);
  if (after) {
    query = query.where((eb) => eb.or([eb('audit_log.at', '<', after.at), eb.and([eb('audit_log.at', '=', after.at), eb('audit_log.id', '<', after.id)])]));
  }
  return query.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc');
}

/** The matching rows in batches, newest first, from a position on. */
async function* batchesOf(db: Db, criteria: AuditCriteria, start: Position | undefined, size: number): AsyncGenerator<AuditRow[]> {
  let after = start;
  for (;;) {
    const rows: AuditRow[] = await rowsAfter(db, criteria, after).limit(size).execute();
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < size) return;
    after = { at: last.at, id: last.id };
  }
}

/** Newest first, at most `limit`: the general reader other modules build on. */
export const readAuditRows = (db: Db, criteria: AuditCriteria, limit: number): Promise<AuditRow[]> => rowsAfter(db, criteria, undefined).limit(limit).execute();

/** How many entries match, counting no further than `limit` + 1: a full count of a long log costs a scan. */
async function countMatching(db: Db, criteria: AuditCriteria, limit: number): Promise<{ total: number; totalCapped: boolean }> {
  const counted = matching(db, criteria).select(sql<number>`1`.as('one')).limit(limit + 1).as('counted');
  const { count } = await db.selectFrom(counted).select(countAll().as('count')).executeTakeFirstOrThrow();
  return count > limit ? { total: limit, totalCapped: true } : { total: count, totalCapped: false };
}

/** An account named by id or username; a username that exists nowhere still finds the sign-ins tried under it. */
async function resolveUser(db: Db, text: string): Promise<{ id: number | null; username: string | null }> {
  const trimmed = text.trim();
  if (/^\d{1,10}$/.test(trimmed) && Number(trimmed) <= MAX_ROW_ID) {
    const user = await db.selectFrom('users').select('username').where('id', '=', Number(trimmed)).executeTakeFirst();
    return { id: Number(trimmed), username: user?.username ?? null };
  }
  const username = normalizeUsername(trimmed);
  const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return { id: user?.id ?? null, username };
}

function dayOf(filter: AuditFilter, field: 'from' | 'to'): IsoDate | undefined {
  const text = filter[field];
  if (!text) return undefined;
  const day = parseDateInput(text);
  if (day === null) throw invalidField(field, { vi: `Ngày không hợp lệ: ${text}. Viết dd/mm/yyyy (26/03/2024) hoặc yyyy-mm-dd.`, en: `Not a valid date: ${text}. Write dd/mm/yyyy (26/03/2024) or yyyy-mm-dd.` });
  return day;
}

/** Checks who reads and what they asked for, and turns the filter into criteria within their scope. */
async function criteriaFor(db: Db, actor: Actor, filter: AuditFilter, action: 'read' | 'export'): Promise<AuditCriteria> {
  auditPolicy.authorize(actor, action, filter.unitId ?? null);
  const scope = auditScopeOf(actor);
  if (!scope) throw new AppError('FORBIDDEN');
  const from = dayOf(filter, 'from');
  const to = dayOf(filter, 'to');
  if (from && to && from > to) throw invalidField('to', { vi: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', en: 'The end date must not be before the start date.' });
  return {
    scope,
    belongsTo: filter.unitId,
    user: filter.user ? await resolveUser(db, filter.user) : undefined,
    records: filter.entity ? [{ entity: filter.entity }] : undefined,
    action: filter.action,
    since: from ? startOfVietnamDay(from).toISOString() : undefined,
    until: to ? endOfVietnamDay(to).toISOString() : undefined,
  };
}

/** One page of the trail as the actor may read it, in their language. */
export async function listAudit(db: Db, actor: Actor, filter: AuditFilter, paging: AuditPaging, language: Language): Promise<AuditPage> {
  const criteria = await criteriaFor(db, actor, filter, 'read');
  const start = paging.cursor ? decodeCursor(paging.cursor) : undefined;
  const q = filter.q?.trim();
  if (!q) {
    const rows: AuditRow[] = await rowsAfter(db, criteria, start).offset(paging.offset).limit(paging.limit + 1).execute();
    const page = rows.slice(0, paging.limit);
    const refs = await loadReferences(db, page);
    const last = page.at(-1);
    return {
      entries: page.map((row) => presentAuditEntry(row, refs, language)),
      ...(await countMatching(db, criteria, AUDIT_COUNT_LIMIT)),
      nextCursor: rows.length > paging.limit && last ? encodeCursor(last) : null,
      partial: false,
    };
  }
  const found: { entry: AuditEntryView; position: Position }[] = [];
  let skipped = 0;
  let read = 0;
  for await (const batch of batchesOf(db, criteria, start, SEARCH_BATCH)) {
    const refs = await loadReferences(db, batch);
    for (const row of batch) {
      read += 1;
      const entry = presentAuditEntry(row, refs, language);
      if (matchesSearch(searchableText(entry), q)) {
        if (skipped < paging.offset) skipped += 1;
        else if (found.length < paging.limit) found.push({ entry, position: row });
        else return searchPage(found, true, false);
      }
      if (read >= AUDIT_SEARCH_READ_LIMIT) return { ...searchPage(found, false, true), nextCursor: encodeCursor(row) };
    }
  }
  return searchPage(found, false, false);
}

function searchPage(found: { entry: AuditEntryView; position: Position }[], more: boolean, partial: boolean): AuditPage {
  const last = found.at(-1);
  return { entries: found.map((item) => item.entry), total: null, totalCapped: false, nextCursor: more && last ? encodeCursor(last.position) : null, partial };
}

const tooMany = () =>
  new AppError('VALIDATION', {
    message: {
      vi: `Quá nhiều mục để xuất (hơn ${AUDIT_EXPORT_LIMIT.toLocaleString('vi-VN')}): hãy thu hẹp bộ lọc, ví dụ theo khoảng ngày.`,
      en: `Too many entries to export (over ${AUDIT_EXPORT_LIMIT.toLocaleString('en-GB')}): narrow the filter, e.g. by dates.`,
    },
  });

/**
 * Every entry the filter finds, in Vietnamese, for the CSV; the download is itself recorded (entity
 * 'audit', action 'export', with the filters and the number of rows), filed under the exporter's unit.
 */
export async function exportAudit(db: Db, actor: Actor, filter: AuditFilter, now: Date): Promise<AuditEntryView[]> {
  const criteria = await criteriaFor(db, actor, filter, 'export');
  const q = filter.q?.trim();
  if (!q && (await countMatching(db, criteria, AUDIT_EXPORT_LIMIT)).totalCapped) throw tooMany();
  const entries: AuditEntryView[] = [];
  for await (const batch of batchesOf(db, criteria, undefined, EXPORT_BATCH)) {
    const refs = await loadReferences(db, batch);
    for (const row of batch) {
      const entry = presentAuditEntry(row, refs, 'vi');
      if (q && !matchesSearch(searchableText(entry), q)) continue;
      entries.push(entry);
      if (entries.length > AUDIT_EXPORT_LIMIT) throw tooMany();
    }
  }
  const filters = { user: filter.user, unit_id: filter.unitId, entity: filter.entity, action: filter.action, from: dayOf(filter, 'from'), to: dayOf(filter, 'to'), q };
  const changes: Record<string, [unknown, unknown]> = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '').map(([field, value]) => [field, [null, value]]));
  changes.rows = [null, entries.length];
  await recordAudit(db, { at: now, actorId: actor.id, unitId: actor.unitId, entity: 'audit', entityId: 'csv', action: 'export', changes });
  return entries;
}
