// Who may see and manage which accounts.
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';

export interface UserResource {
  id: number;
  unitId: number;
}

const seesWholeJurisdiction = (actor: Actor) => isRole(actor, 'admin', 'leader', 'coordinator');

export const userPolicy = definePolicy({
  read: (actor: Actor, user: UserResource) =>
    actor.id === user.id ||
    (seesWholeJurisdiction(actor) ? withinJurisdiction(actor, user.unitId) : actor.unitId === user.unitId),
  manage: (actor: Actor, user: UserResource) => isRole(actor, 'admin') && withinJurisdiction(actor, user.unitId),
  // An administrator cannot lock themselves out.
  disable: (actor: Actor, user: UserResource) =>
    isRole(actor, 'admin') && withinJurisdiction(actor, user.unitId) && actor.id !== user.id,
});

/** The units whose users a list shows to this actor. */
export const visibleUserUnits = (actor: Actor): ReadonlySet<number> =>
  seesWholeJurisdiction(actor) ? actor.jurisdiction : new Set([actor.unitId]);
