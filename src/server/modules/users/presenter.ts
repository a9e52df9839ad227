import type { User } from '../../../common/units.js';
import type { UnitRow, UserRow } from '../../db/schema.js';
import { presentUnit } from '../units/presenter.js';

export const presentUser = (user: UserRow, unit: UnitRow): User => ({
  id: user.id,
  username: user.username,
  fullName: user.full_name,
  email: user.email,
  role: user.role,
  disabled: user.disabled === 1,
  secondFactor: user.totp_enabled_at !== null,
  unit: presentUnit(unit),
});
