// The months' rollups the OC screens ask for, kept per process: every open screen refreshes on the
// same event, so the first request computes and the others share it (the pending promise is
// cached too). A report's event clears the months it can move (its own and the later ones of its
// year, which add it up); a field report's event clears all (CQS-11); tasks and directives none.
// TTL_MS bounds what time alone changes (field reports passing their deadline move CQS-11).
import type { DomainEvent } from '../../../common/dashboard.js';
import type { Db } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import { type MonthRef, type MonthRollup, type RollupSource, rollupSource } from './service.js';

export const TTL_MS = 60_000;
/** Cities × months kept at most; the oldest goes first. */
export const MAX_ENTRIES = 64;

interface Entry {
  at: MonthRef;
  expires: number;
  value: Promise<MonthRollup>;
}

/** Whether an event can change a month's rollup. */
export function moves(event: DomainEvent, at: MonthRef): boolean {
  if (event.type.startsWith('task.') || event.type.startsWith('directive.')) return false;
  if (!event.period) return true;
  return event.period.year === at.year && event.period.month <= at.month;
}

export function rollupCache(db: Db, clock: Clock, events: EventBus): { rollups: RollupSource; close: () => void } {
  const entries = new Map<string, Entry>();
  const close = events.subscribe((event) => {
    for (const [key, entry] of entries) if (moves(event, entry.at)) entries.delete(key);
  });
  const rollups: RollupSource = (cityId, at) => {
    const key = `${cityId}:${at.year}-${at.month}`;
    const now = clock.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now.getTime()) return hit.value;
    const entry: Entry = { at: { year: at.year, month: at.month }, expires: now.getTime() + TTL_MS, value: rollupSource(db, now)(cityId, at) };
    // A failure (no such plan) is not kept: the next request asks again.
    entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    return entry.value;
  };
  return { rollups, close };
}
