import type { User } from '../../../common/units.js';
import { z } from 'zod';
import type { UnitRow, UserIdentityTable, UserRow } from '../../db/schema.js';
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

export const identitySchema = z.object({ id: z.number().int(), issuer: z.string(), claim: z.enum(['sub', 'email']), value: z.string(), createdAt: z.string() });

export const presentIdentity = (row: Omit<UserIdentityTable, 'id'> & { id: number }): z.infer<typeof identitySchema> => ({
  id: row.id,
  issuer: row.issuer,
  claim: row.claim,
  value: row.value,
  createdAt: row.created_at,
});
