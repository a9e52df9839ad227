import type { User } from '../../../common/units.js';

/**
 * Who writes plans, to show the way in (the server decides): a city's coordinator and administrators,
 * and the province's own staff for the province's plan.
 */
export const writesPlans = (user: Pick<User, 'role' | 'unit'>) =>
  user.role === 'admin' || user.role === 'coordinator' || (user.role === 'leader' && user.unit.kind === 'province');
