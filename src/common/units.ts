// Units (đơn vị) and the roles people hold in them.
import { z } from 'zod';

export const unitKinds = ['province', 'city', 'department', 'committee', 'group', 'ward', 'commune'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** Wards (phường) and communes (xã): the units counted by "17/17 phường, xã". */
export const grassrootsKinds: readonly UnitKind[] = ['ward', 'commune'];

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
  parentId: z.number().int().nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

export const roles = ['admin', 'leader', 'coordinator', 'officer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: z.enum(roles),
  disabled: z.boolean(),
  /** A second factor (TOTP) is on for the account. */
  secondFactor: z.boolean(),
  unit: unitSchema,
});
export type User = z.infer<typeof userSchema>;
