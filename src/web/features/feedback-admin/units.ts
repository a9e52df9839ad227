// Which units the setup screens offer: wards and communes, and the units a report may be sent to.
import { type Unit, grassrootsKinds } from '../../../common/units.js';

export const isWard = (unit: Unit) => grassrootsKinds.includes(unit.kind);

/** City departments, wards and communes: the units that handle field reports. */
export const routingTargets = (units: Unit[]) => units.filter((unit) => unit.kind === 'department' || isWard(unit));
