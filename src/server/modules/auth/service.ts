// Sign-in, sessions and one's own password.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { checkPasswordRules, decoyPasswordHash, hashPassword, verifyPassword } from '../../lib/passwords.js';

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export const normalizeUsername = (username: string) => username.trim().toLowerCase();

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: number;
}

export async function login(
  db: Db,
  credentials: { username: string; password: string },
  now: Date,
  ttlHours: number,
): Promise<NewSession> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'disabled', 'unit_id'])
    .where('username', '=', normalizeUsername(credentials.username))
    .executeTakeFirst();
  const valid = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), credentials.password);
  if (!user || !valid) throw new AppError('BAD_CREDENTIALS');
  if (user.disabled) {
    throw new AppError('FORBIDDEN', {
      message: { vi: 'Tài khoản đã bị khóa. Liên hệ quản trị viên.', en: 'This account is disabled. Contact an administrator.' },
    });
  }
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await db.transaction().execute(async (trx) => {
    // Expired sessions are swept here rather than by a timer: sign-in is rare and cheap.
    await trx.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId(token),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
    await recordAudit(trx, { at: now, actorId: user.id, unitId: user.unit_id, entity: 'user', entityId: user.id, action: 'login' });
  });
  return { token, csrfToken, expiresAt, userId: user.id };
}

/** The live session behind a cookie token, with its (enabled) user. */
export async function findSession(db: Db, token: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as sessionId', 'sessions.csrf_token', 'sessions.expires_at', 'users.id', 'users.username', 'users.role', 'users.unit_id'])
    .where('sessions.id', '=', sessionId(token))
    .where('sessions.expires_at', '>', now.toISOString())
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
}

/**
 * Sessions slide: one in use is extended to a full TTL once less than half of it is left, so a screen
 * that keeps working (the OC wall) stays signed in for days, while an idle one still ends. Returns the
 * new expiry when it moved, for the cookie.
 */
export async function renewSession(db: Db, session: { sessionId: string; expires_at: string }, now: Date, ttlHours: number): Promise<Date | undefined> {
  const ttl = ttlHours * 3_600_000;
  if (Date.parse(session.expires_at) - now.getTime() > ttl / 2) return undefined;
  const expiresAt = new Date(now.getTime() + ttl);
  await db.updateTable('sessions').set({ expires_at: expiresAt.toISOString() }).where('id', '=', session.sessionId).execute();
  return expiresAt;
}

export async function logout(db: Db, storedSessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', storedSessionId).execute();
}

export async function changeOwnPassword(
  db: Db,
  userId: number,
  input: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<void> {
  checkPasswordRules(input.newPassword, 'newPassword');
  const user = await db.selectFrom('users').select(['password_hash', 'unit_id']).where('id', '=', userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('VALIDATION', {
      message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
      fields: { currentPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' } },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: now.toISOString() }).where('id', '=', userId).execute();
    await recordAudit(trx, { at: now, actorId: userId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'change_password' });
  });
}
