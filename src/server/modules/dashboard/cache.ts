// The months' rollups the OC screens ask for, kept per process: every open screen refreshes on the
// same event, so the first request computes and the others share it (the pending promise is
// cached too). Any domain event clears it all; TTL_MS bounds what time alone changes (field
// reports passing their deadline change CQS-11 without an event).
import type { Db } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import { type MonthRollup, type RollupSource, rollupSource } from './service.js';

export const TTL_MS = 60_000;
/** Cities × months kept at most; the oldest goes first. */
export const MAX_ENTRIES = 64;

export function rollupCache(db: Db, clock: Clock, events: EventBus): { rollups: RollupSource; close: () => void } {
  const entries = new Map<string, { expires: number; value: Promise<MonthRollup> }>();
  const close = events.subscribe(() => entries.clear());
  const rollups: RollupSource = (cityId, at) => {
    const key = `${cityId}:${at.year}-${at.month}`;
    const now = clock.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now.getTime()) return hit.value;
    const entry = { expires: now.getTime() + TTL_MS, value: rollupSource(db, now)(cityId, at) };
    // A failure (no such plan) is not kept: the next request asks again.
    entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    return entry.value;
  };
  return { rollups, close };
}
