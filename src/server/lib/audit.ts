// The audit trail: who changed what, when, from what to what, and why.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { currentRequestOrigin } from './request-context.js';

export interface AuditEntry {
  at: Date;
  actorId: number | null;
  unitId: number | null;
  entity: string;
  entityId: string | number;
  action: string;
  changes?: Record<string, [unknown, unknown]>;
  reason?: string | null;
}

/** The fields that differ between two versions of a record, as { field: [before, after] }. */
export function diff<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after) as [keyof T & string, unknown][]) {
    if (value !== undefined && before[key] !== value) changes[key] = [before[key], value];
  }
  return changes;
}

/** Appends to the trail; over HTTP, the request's address and browser are recorded with it. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  const origin = currentRequestOrigin();
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at.toISOString(),
      actor_id: entry.actorId,
      unit_id: entry.unitId,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      action: entry.action,
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
      reason: entry.reason ?? null,
      address: origin?.address ?? null,
      user_agent: origin?.userAgent ?? null,
    })
    .execute();
}
