// Who may do what with meetings and directives: the coordinator and leaders record meetings and
// assign directives; the owner unit reports on its own; everyone in the city reads them.
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';
import { directs, type OwnedItem, reportsOn } from '../tasks/policy.js';
import type { DirectiveRow } from './schema.js';

export const directiveResource = (directive: DirectiveRow): OwnedItem => ({
  cityId: directive.city_id,
  ownerUnitId: directive.owner_unit_id,
  status: directive.status,
});

export const directivePolicy = definePolicy({
  read: (actor: Actor, directive: OwnedItem) => withinJurisdiction(actor, directive.cityId),
  manage: (actor: Actor, directive: OwnedItem) => directs(actor, directive.cityId),
  report: reportsOn,
});

/** A meeting, by its city: recording it and adding conclusions. */
export const meetingPolicy = definePolicy({
  read: (actor: Actor, cityId: number) => withinJurisdiction(actor, cityId),
  manage: directs,
});

/** Running the reminders now, for the units of the coordinator's own city. */
export const reminderPolicy = definePolicy({
  run: (actor: Actor, unitId: number) => isRole(actor, 'coordinator') && withinJurisdiction(actor, unitId),
});
