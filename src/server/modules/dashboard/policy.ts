// Who watches the Operations Center: the city's leaders, coordinator, viewers and administrator,
// and the province's leaders over their cities. Unit officers work from their own screens.
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';

export const ocPolicy = definePolicy({
  view: (actor: Actor, cityId: number) => isRole(actor, 'admin', 'leader', 'coordinator', 'viewer') && withinJurisdiction(actor, cityId),
});
