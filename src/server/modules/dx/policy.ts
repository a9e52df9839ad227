// Who may read the index and who may change its weights.
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';

export const dxPolicy = definePolicy({
  /** The city's staff, and the province's, who look across its cities. */
  read: (actor: Actor, cityId: number) => withinJurisdiction(actor, cityId),
  editWeights: (actor: Actor, cityId: number) => isRole(actor, 'coordinator', 'admin') && withinJurisdiction(actor, cityId),
});
