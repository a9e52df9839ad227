// Who reads the audit trail, and how much of it. An entry belongs to the unit it is filed under and to the
// unit of the account that acted (an entry filed under no unit, such as a session ended, belongs to its
// actor's unit). The administrator reads every entry of their jurisdiction, and the sign-in attempts under
// usernames that exist nowhere (no unit, no actor: no city can claim them). A coordinator reads their own
// unit's entries. Leaders, the province's included, officers and viewers do not read the trail: it holds
// people's addresses and browsers, and watching accounts is the administrators' work.
import { type Actor, definePolicy, isRole } from '../../lib/policy.js';

export interface AuditScope {
  /** The units whose entries the reader sees. */
  units: ReadonlySet<number>;
  /** Whether entries with neither a unit nor an actor are seen. */
  unowned: boolean;
}

/** The part of the trail an actor reads; null for those who read none of it. */
export function auditScopeOf(actor: Actor): AuditScope | null {
  if (isRole(actor, 'admin')) return { units: actor.jurisdiction, unowned: true };
  if (isRole(actor, 'coordinator')) return { units: new Set([actor.unitId]), unowned: false };
  return null;
}

const readsUnit = (actor: Actor, unitId: number | null) => {
  const scope = auditScopeOf(actor);
  return scope !== null && (unitId === null || scope.units.has(unitId));
};

export const auditPolicy = definePolicy({
  /** The trail at all (null), or one unit's part of it. */
  read: readsUnit,
  /** The CSV export, a copy of personal data: the same readers. */
  export: readsUnit,
});
