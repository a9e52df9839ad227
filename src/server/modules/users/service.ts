// Accounts: created, changed, disabled and reset by administrators; every change audited.
import type { Role } from '../../../common/units.js';
import { matchesSearch } from '../../../common/text.js';
import type { Db } from '../../db/index.js';
import type { UnitRow, UserRow } from '../../db/schema.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { AppError, invalidField, notFound } from '../../lib/errors.js';
import { checkPasswordRules, hashPassword, temporaryPassword } from '../../lib/passwords.js';
import type { Actor } from '../../lib/policy.js';
import { linkIdentity, listIdentities, unlinkIdentity } from '../auth/oidc.js';
import { clearSecondFactor } from '../auth/second-factor.js';
import { normalizeUsername } from '../auth/service.js';
import { findUnitById } from '../units/service.js';
import { userPolicy, visibleUserUnits } from './policy.js';

export interface UserWithUnit {
  user: UserRow;
  unit: UnitRow;
}

const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;

async function withUnits(db: Db, users: UserRow[]): Promise<UserWithUnit[]> {
  if (users.length === 0) return [];
  const units = await db
    .selectFrom('units')
    .selectAll()
    .where('id', 'in', [...new Set(users.map((user) => user.unit_id))])
    .execute();
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return users.flatMap((user) => {
    const unit = byId.get(user.unit_id);
    return unit ? [{ user, unit }] : [];
  });
}

export async function getUser(db: Db, id: number): Promise<UserWithUnit> {
  const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!user) throw notFound({ vi: 'người dùng', en: 'User' });
  const [found] = await withUnits(db, [user]);
  if (!found) throw notFound({ vi: 'người dùng', en: 'User' });
  return found;
}

export interface UserFilter {
  unitId?: number | undefined;
  role?: Role | undefined;
  q?: string | undefined;
}

export async function listUsers(db: Db, actor: Actor, filter: UserFilter): Promise<UserWithUnit[]> {
  const units = [...visibleUserUnits(actor)];
  let query = db.selectFrom('users').selectAll().where('unit_id', 'in', units).orderBy('username');
  if (filter.unitId !== undefined) query = query.where('unit_id', '=', filter.unitId);
  if (filter.role) query = query.where('role', '=', filter.role);
  const rows = await withUnits(db, await query.execute());
  const q = filter.q?.trim();
  return q ? rows.filter(({ user }) => matchesSearch(`${user.username} ${user.full_name} ${user.email ?? ''}`, q)) : rows;
}

async function requireUnit(db: Db, unitId: number): Promise<UnitRow> {
  const unit = await findUnitById(db, unitId);
  if (!unit) throw invalidField('unitId', { vi: 'Đơn vị không tồn tại.', en: 'No such unit.' });
  return unit;
}

export interface NewUserInput {
  username: string;
  fullName: string;
  email?: string | null | undefined;
  unitId: number;
  role: Role;
  password: string;
}

/** Creates an account. The actor is null only for the command-line bootstrap of a first admin. */
export async function createUser(db: Db, actor: Actor | null, input: NewUserInput, now: Date): Promise<UserWithUnit> {
  const username = normalizeUsername(input.username);
  if (!USERNAME_PATTERN.test(username)) {
    throw invalidField('username', {
      vi: 'Tên đăng nhập gồm 3–40 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
      en: 'The username has 3–40 characters: letters, digits, dot, underscore, hyphen.',
    });
  }
  // Who may do it, before what is wrong with it.
  if (actor) userPolicy.authorize(actor, 'manage', { id: 0, unitId: input.unitId });
  checkPasswordRules(input.password, 'password', [username, input.fullName]);
  await requireUnit(db, input.unitId);
  const passwordHash = await hashPassword(input.password);
  const stamp = now.toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (taken) throw invalidField('username', { vi: 'Tên đăng nhập đã được dùng.', en: 'This username is taken.' });
    const row = await trx
      .insertInto('users')
      .values({
        username,
        password_hash: passwordHash,
        full_name: input.fullName.trim(),
        email: input.email?.trim() || null,
        unit_id: input.unitId,
        role: input.role,
        disabled: 0,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      at: now,
      actorId: actor?.id ?? null,
      unitId: input.unitId,
      entity: 'user',
      entityId: row.id,
      action: 'create',
      changes: { username: [null, username], role: [null, input.role], unit_id: [null, input.unitId] },
    });
    return row.id;
  });
  return getUser(db, id);
}

export interface UserPatch {
  fullName?: string | undefined;
  email?: string | null | undefined;
  unitId?: number | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
}

export async function updateUser(db: Db, actor: Actor, id: number, patch: UserPatch, now: Date): Promise<UserWithUnit> {
  const { user } = await getUser(db, id);
  userPolicy.authorize(actor, 'manage', { id, unitId: user.unit_id });
  if (patch.unitId !== undefined) {
    await requireUnit(db, patch.unitId);
    userPolicy.authorize(actor, 'manage', { id, unitId: patch.unitId });
  }
  if (patch.disabled !== undefined) userPolicy.authorize(actor, 'disable', { id, unitId: user.unit_id });
  if (patch.role !== undefined && actor.id === id && patch.role !== user.role) {
    throw invalidField('role', { vi: 'Không thể tự đổi vai trò của mình.', en: 'You cannot change your own role.' });
  }
  const changes = diff(user, {
    full_name: patch.fullName?.trim(),
    email: patch.email === undefined ? undefined : patch.email?.trim() || null,
    unit_id: patch.unitId,
    role: patch.role,
    disabled: patch.disabled === undefined ? undefined : Number(patch.disabled),
  });
  if (Object.keys(changes).length === 0) return getUser(db, id);
  const values = Object.fromEntries(Object.entries(changes).map(([key, [, after]]) => [key, after]));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ ...values, updated_at: now.toISOString() }).where('id', '=', id).execute();
    // A disabled or moved account must sign in again under its new rights.
    if (changes.disabled || changes.unit_id || changes.role) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: user.unit_id, entity: 'user', entityId: id, action: 'update', changes });
  });
  return getUser(db, id);
}

/**
 * Sets a new password (or a generated temporary one, returned once) and ends the user's sessions; the
 * user must choose their own at the next sign-in, so the administrator never knows the password in use.
 */
export async function resetPassword(
  db: Db,
  actor: Actor | null,
  id: number,
  password: string | undefined,
  now: Date,
): Promise<{ temporaryPassword: string | null }> {
  const { user } = await getUser(db, id);
  if (actor) userPolicy.authorize(actor, 'manage', { id, unitId: user.unit_id });
  if (password !== undefined) checkPasswordRules(password, 'password', [user.username, user.full_name]);
  const newPassword = password ?? temporaryPassword();
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: 1, updated_at: now.toISOString() }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, { at: now, actorId: actor?.id ?? null, unitId: user.unit_id, entity: 'user', entityId: id, action: 'reset_password' });
  });
  return { temporaryPassword: password === undefined ? newPassword : null };
}

/** A lost phone: the administrator removes the user's second factor and ends their sessions; they enrol again. */
export async function resetSecondFactor(db: Db, actor: Actor, id: number, now: Date): Promise<void> {
  const { user } = await getUser(db, id);
  userPolicy.authorize(actor, 'manage', { id, unitId: user.unit_id });
  await db.transaction().execute(async (trx) => {
    await clearSecondFactor(trx, id, now);
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: user.unit_id, entity: 'user', entityId: id, action: 'reset_totp' });
  });
}

/** The single sign-on identities of an account, for its administrator. */
export async function listUserIdentities(db: Db, actor: Actor, id: number) {
  const { user } = await getUser(db, id);
  userPolicy.authorize(actor, 'manage', { id, unitId: user.unit_id });
  return listIdentities(db, id);
}

export async function addUserIdentity(db: Db, actor: Actor, id: number, identity: { claim: 'sub' | 'email'; value: string }, issuer: string | null, now: Date) {
  const { user } = await getUser(db, id);
  userPolicy.authorize(actor, 'manage', { id, unitId: user.unit_id });
  if (!issuer) throw new AppError('CONFLICT', { message: { vi: 'Chưa cấu hình đăng nhập một lần (OIDC_ISSUER).', en: 'Single sign-on is not configured (OIDC_ISSUER).' } });
  return linkIdentity(db, actor.id, id, { issuer, ...identity }, now);
}

export async function removeUserIdentity(db: Db, actor: Actor, id: number, identityId: number, now: Date): Promise<void> {
  const { user } = await getUser(db, id);
  userPolicy.authorize(actor, 'manage', { id, unitId: user.unit_id });
  await unlinkIdentity(db, actor.id, id, identityId, now);
}
