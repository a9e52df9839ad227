// Who writes which plan: a city's coordinator and administrators write the city's plan; the
// province's own staff (its leader, coordinator, administrator) write the province's. Nobody edits
// an issued plan: it changes only by an amendment, and a draft is visible only inside its unit's reach.
import type { PlanStatus } from '../../../common/plan.js';
import type { UnitKind } from '../../../common/units.js';
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';

export interface PlanOwner {
  unitId: number;
  unitKind: UnitKind;
}

export interface PlanResource extends PlanOwner {
  status: PlanStatus;
}

const writes = (actor: Actor, owner: PlanOwner) =>
  withinJurisdiction(actor, owner.unitId) && (owner.unitKind === 'province' ? isRole(actor, 'admin', 'leader', 'coordinator') : isRole(actor, 'admin', 'coordinator'));

/** Creating a unit's plan, or any change to one (the service then answers 409 for the wrong status). */
export const planWritePolicy = definePolicy({ write: writes });

/** What the actor may do with a plan, for its screen's buttons. */
export const planPolicy = definePolicy({
  read: (actor: Actor, plan: PlanResource) => plan.status === 'issued' || withinJurisdiction(actor, plan.unitId),
  edit: (actor: Actor, plan: PlanResource) => writes(actor, plan) && plan.status === 'draft',
  delete: (actor: Actor, plan: PlanResource) => writes(actor, plan) && plan.status === 'draft',
  issue: (actor: Actor, plan: PlanResource) => writes(actor, plan) && plan.status === 'draft',
  amend: (actor: Actor, plan: PlanResource) => writes(actor, plan) && plan.status === 'issued',
});

export type PlanAction = Parameters<typeof planPolicy.allow>[1];

/** The province's view over its cities' plans: its staff who follow them. */
export const provincePolicy = definePolicy({
  view: (actor: Actor, provinceId: number) => isRole(actor, 'admin', 'leader', 'coordinator', 'viewer') && withinJurisdiction(actor, provinceId),
});
