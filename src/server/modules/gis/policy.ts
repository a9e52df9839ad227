// Who may change a city's ward geometry: the administrator and the city's coordinator, who already
// keep the field-report setup (ward centres, routing) that the outlines feed. Anyone reads it.
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';

export const gisPolicy = definePolicy({
  importBoundaries: (actor: Actor, cityId: number) => isRole(actor, 'admin', 'coordinator') && withinJurisdiction(actor, cityId),
});
