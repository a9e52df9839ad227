// Who may do what: each module declares its rules once with definePolicy(); routes call
// authorize(), which throws 403, and replies can list the actions a user may take.
import type { Role } from '../../common/units.js';
import { AppError } from './errors.js';

/** The signed-in user as the rules see it. */
export interface Actor {
  id: number;
  username: string;
  role: Role;
  unitId: number;
  /** Every unit the user's city (or province) holds, the user's own included. */
  jurisdiction: ReadonlySet<number>;
  /** The city they work for; null for a province's own staff, who follow the cities but do not run their work. */
  cityId: number | null;
}

export function definePolicy<R, Action extends string>(rules: Record<Action, (actor: Actor, resource: R) => boolean>) {
  const allow = (actor: Actor, action: Action, resource: R): boolean => rules[action](actor, resource);
  return {
    allow,
    authorize(actor: Actor, action: Action, resource: R): void {
      if (!allow(actor, action, resource)) throw new AppError('FORBIDDEN');
    },
    /** The actions this actor may take on this resource, for the UI to show or hide buttons. */
    actions(actor: Actor, resource: R): Action[] {
      return (Object.keys(rules) as Action[]).filter((action) => allow(actor, action, resource));
    },
  };
}

export const isRole = (actor: Actor, ...roles: Role[]) => roles.includes(actor.role);
export const withinJurisdiction = (actor: Actor, unitId: number) => actor.jurisdiction.has(unitId);

/** Within the actor's own city: directing a city's work (assigning, approving, triaging) is for its own staff, not the province's. */
export const withinOwnCity = (actor: Actor, unitId: number) => actor.cityId !== null && withinJurisdiction(actor, unitId);
