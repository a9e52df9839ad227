// Who may download a city's consolidated monthly report: its coordinator, its leaders (the province
// leader included, whose jurisdiction holds the city) and its viewers.
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';

export const reportPolicy = definePolicy({
  download: (actor: Actor, cityId: number) => isRole(actor, 'coordinator', 'leader', 'viewer') && withinJurisdiction(actor, cityId),
});
