// Sign-in, sessions and one's own password.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/index.js';
import type { SessionRestriction, UserRow } from '../../db/schema.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, invalidField, notFound } from '../../lib/errors.js';
import { checkPasswordRules, decoyPasswordHash, hashPassword, verifyPassword } from '../../lib/passwords.js';
import type { RequestOrigin } from '../../lib/request-context.js';
import { formatVietnameseTime } from '../../../common/vietnam-time.js';
import { type Mailer, emailNotifications } from '../notifications/mailer.js';
import { notify } from '../notifications/service.js';
import { loadJurisdiction } from '../units/service.js';
import { sessionHandle } from './presenter.js';
import { restrictionFor, useSecondFactor } from './second-factor.js';
import { ACCOUNT_FAILURES_BEFORE_LOCK, accountLocked, assertLoginAllowed, countLoginFailure, forgetLoginFailures } from './throttle.js';

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export const normalizeUsername = (username: string) => username.trim().toLowerCase();

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: number;
  restriction: SessionRestriction | null;
}

export interface SignInContext {
  now: Date;
  ttlHours: number;
  /** The client, as the session list shows it. */
  origin: RequestOrigin;
  /** REQUIRE_2FA: admins, coordinators and leaders must have a second factor. */
  require2fa: boolean;
  /** Lockout notices are e-mailed too when set. */
  mailer?: Mailer | null;
}

/** A password sign-in opens a session, or asks for the second factor first. */
export type SignInResult = { kind: 'session'; session: NewSession } | { kind: 'second_factor'; challenge: string; expiresAt: Date };

type FailureReason = 'unknown_user' | 'wrong_password' | 'wrong_code' | 'disabled' | 'locked' | 'unknown_identity';

// Time to open the authenticator app and type the code.
const CHALLENGE_TTL_MS = 5 * 60_000;
const CHALLENGE_FAILURES = 5;

/** Every refused sign-in is in the audit trail with the username tried; the address comes with the request. */
async function auditRefusal(db: Db, username: string, user: { unit_id: number } | undefined, action: 'login_failed' | 'login_locked' | 'login_refused', reason: FailureReason, now: Date) {
  await recordAudit(db, { at: now, actorId: null, unitId: user?.unit_id ?? null, entity: 'login', entityId: username.slice(0, 100), action, reason });
}

/** The user, and the administrators over their unit, hear of a lockout at once. */
async function noticeLockout(db: Db, user: { id: number; unit_id: number; username: string }, until: Date, context: SignInContext) {
  const admins = await db.selectFrom('users').select(['id', 'unit_id']).where('role', '=', 'admin').where('disabled', '=', 0).execute();
  const over = [];
  for (const admin of admins) if (admin.id !== user.id && (await loadJurisdiction(db, admin.unit_id)).has(user.unit_id)) over.push(admin.id);
  const time = formatVietnameseTime(until);
  const body = `Đăng nhập sai ${ACCOUNT_FAILURES_BEFORE_LOCK} lần liên tiếp vào tài khoản ${user.username} (lần cuối từ địa chỉ ${context.origin.address}). Tài khoản tạm khóa đăng nhập đến ${time}.`;
  const created = await notify(
    db,
    [
      { userId: user.id, kind: 'login.locked', title: 'Tài khoản của bạn bị tạm khóa đăng nhập', body: `${body} Nếu không phải bạn, hãy đổi mật khẩu và báo quản trị viên.`, link: '/tai-khoan', dedupeKey: `login.locked:${user.id}:${until.toISOString()}` },
      ...over.map((adminId) => ({ userId: adminId, kind: 'login.locked', title: `Tài khoản ${user.username} bị tạm khóa đăng nhập`, body, link: '/quan-tri/nhat-ky', dedupeKey: `login.locked:${user.id}:${until.toISOString()}:${adminId}` })),
    ],
    context.now,
  );
  if (context.mailer) await emailNotifications(db, context.mailer, created);
}

/**
 * Checks a password sign-in. Refused while the account or the address is locked; every failure is
 * counted and audited, and the one that locks the account tells its owner and the admins. An account
 * with a second factor gets a short-lived challenge to answer with a code instead of a session.
 */
export async function login(db: Db, credentials: { username: string; password: string }, context: SignInContext): Promise<SignInResult> {
  const { now } = context;
  const username = normalizeUsername(credentials.username);
  const attempt = { username, address: context.origin.address };
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  try {
    await assertLoginAllowed(db, attempt, now);
  } catch (error) {
    await auditRefusal(db, username, user, 'login_refused', 'locked', now);
    throw error;
  }
  const valid = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), credentials.password);
  if (!user || !valid) return refuse(db, username, user, user ? 'wrong_password' : 'unknown_user', context);
  if (user.disabled) {
    await auditRefusal(db, username, user, 'login_failed', 'disabled', now);
    throw new AppError('FORBIDDEN', {
      message: { vi: 'Tài khoản đã bị khóa. Liên hệ quản trị viên.', en: 'This account is disabled. Contact an administrator.' },
    });
  }
  if (user.totp_enabled_at !== null) {
    const challenge = newToken();
    const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
    await db.deleteFrom('login_challenges').where('expires_at', '<=', now.toISOString()).execute();
    await db.insertInto('login_challenges').values({ id: sessionId(challenge), user_id: user.id, created_at: now.toISOString(), expires_at: expiresAt.toISOString() }).execute();
    return { kind: 'second_factor', challenge, expiresAt };
  }
  return { kind: 'session', session: await signedIn(db, user, 'password', context) };
}

/** Counts and audits a failed step of a sign-in, then refuses it: 401, or 429 for the failure that locks the account. */
async function refuse(db: Db, username: string, user: UserRow | undefined, reason: FailureReason, context: SignInContext): Promise<never> {
  const { now } = context;
  await auditRefusal(db, username, user, 'login_failed', reason, now);
  const { accountLockedUntil } = await countLoginFailure(db, { username, address: context.origin.address }, now);
  if (!accountLockedUntil) throw new AppError('BAD_CREDENTIALS', reason === 'wrong_code' ? { message: { vi: 'Mã xác thực không đúng hoặc đã dùng.', en: 'The verification code is wrong or already used.' } } : {});
  await auditRefusal(db, username, user, 'login_locked', reason, now);
  if (user) await noticeLockout(db, user, accountLockedUntil, context);
  throw accountLocked(accountLockedUntil);
}

/** Step two of a sign-in with a second factor: the challenge from step one and a code from the app (or a recovery code). */
export async function completeSecondFactor(db: Db, input: { challenge: string; code: string }, context: SignInContext): Promise<NewSession> {
  const { now } = context;
  const expired = () =>
    new AppError('UNAUTHENTICATED', { message: { vi: 'Phiên đăng nhập đã hết hạn: hãy nhập lại mật khẩu.', en: 'The sign-in has expired: enter your password again.' } });
  const challenge = await db.selectFrom('login_challenges').selectAll().where('id', '=', sessionId(input.challenge)).executeTakeFirst();
  if (!challenge || challenge.expires_at <= now.toISOString()) throw expired();
  const user = await db.selectFrom('users').selectAll().where('id', '=', challenge.user_id).executeTakeFirstOrThrow();
  await assertLoginAllowed(db, { username: user.username, address: context.origin.address }, now);
  const method = await useSecondFactor(db, user.id, input.code, now);
  if (method === null) {
    // A challenge takes a few tries, then the password is asked again.
    const failures = challenge.failures + 1;
    if (failures >= CHALLENGE_FAILURES) await db.deleteFrom('login_challenges').where('id', '=', challenge.id).execute();
    else await db.updateTable('login_challenges').set({ failures }).where('id', '=', challenge.id).execute();
    return refuse(db, user.username, user, 'wrong_code', context);
  }
  await db.deleteFrom('login_challenges').where('id', '=', challenge.id).execute();
  return signedIn(db, user, 'password', context, method);
}

/** The account proved who it is: failures forgotten, a session opened (restricted if something is asked of the user), audited. */
export async function signedIn(db: Db, user: UserRow, method: 'password' | 'oidc', context: SignInContext, secondFactor?: 'totp' | 'recovery', idToken?: string): Promise<NewSession> {
  await forgetLoginFailures(db, user.username);
  return db.transaction().execute(async (trx) => {
    const session = await openSession(trx, user.id, { ...context, restriction: restrictionFor(user, context.require2fa && method === 'password'), method, idToken });
    const changes = { method: [null, method] as [unknown, unknown], ...(secondFactor ? { second_factor: [null, secondFactor] as [unknown, unknown] } : {}) };
    await recordAudit(trx, { at: context.now, actorId: user.id, unitId: user.unit_id, entity: 'user', entityId: user.id, action: 'login', changes });
    return session;
  });
}

/** A new session row for a user who has proved who they are; the token is returned once, for the cookie. */
export async function openSession(
  db: Db,
  userId: number,
  context: Pick<SignInContext, 'now' | 'ttlHours' | 'origin'> & { restriction: SessionRestriction | null; method: 'password' | 'oidc'; idToken?: string | undefined },
): Promise<NewSession> {
  const { now } = context;
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + context.ttlHours * 3_600_000);
  // Expired sessions are swept here rather than by a timer: sign-in is rare and cheap.
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      id: sessionId(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      address: context.origin.address,
      user_agent: context.origin.userAgent,
      last_seen_at: now.toISOString(),
      restriction: context.restriction,
      method: context.method,
      id_token: context.idToken ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt, userId, restriction: context.restriction };
}

/** The live session behind a cookie token, with its (enabled) user. */
export async function findSession(db: Db, token: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as sessionId', 'sessions.csrf_token', 'sessions.expires_at', 'sessions.last_seen_at', 'sessions.restriction', 'users.id', 'users.username', 'users.role', 'users.unit_id'])
    .where('sessions.id', '=', sessionId(token))
    .where('sessions.expires_at', '>', now.toISOString())
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
}

// "Last seen" is kept to the minute or so a person needs, not written on every request.
const LAST_SEEN_STEP_MS = 5 * 60_000;

/**
 * Sessions slide: one in use is extended to a full TTL once less than half of it is left, so a screen
 * that keeps working (the OC wall) stays signed in for days, while an idle one still ends. Returns the
 * new expiry when it moved, for the cookie.
 */
export async function renewSession(
  db: Db,
  session: { sessionId: string; expires_at: string; last_seen_at: string | null },
  now: Date,
  ttlHours: number,
): Promise<Date | undefined> {
  const ttl = ttlHours * 3_600_000;
  const extend = Date.parse(session.expires_at) - now.getTime() <= ttl / 2;
  const seen = session.last_seen_at === null || now.getTime() - Date.parse(session.last_seen_at) >= LAST_SEEN_STEP_MS;
  if (!extend && !seen) return undefined;
  const expiresAt = extend ? new Date(now.getTime() + ttl) : undefined;
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString(), ...(expiresAt ? { expires_at: expiresAt.toISOString() } : {}) })
    .where('id', '=', session.sessionId)
    .execute();
  return expiresAt;
}

/** One's own live sessions, the most recently used first. */
export async function listOwnSessions(db: Db, userId: number, now: Date) {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'expires_at', 'last_seen_at', 'address', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now.toISOString())
    .execute();
  return rows.sort((a, b) => (b.last_seen_at ?? b.created_at).localeCompare(a.last_seen_at ?? a.created_at));
}

/** Ends one of one's own sessions by its handle; 404 when it is not one of theirs (or already ended). */
export async function endOwnSession(db: Db, userId: number, handle: string, now: Date): Promise<void> {
  const rows = await db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id').select(['sessions.id', 'users.unit_id']).where('sessions.user_id', '=', userId).execute();
  const row = rows.find((candidate) => sessionHandle(candidate.id) === handle);
  if (!row) throw notFound({ vi: 'phiên đăng nhập', en: 'Session' });
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', row.id).execute();
    await recordAudit(trx, { at: now, actorId: userId, unitId: row.unit_id, entity: 'user', entityId: userId, action: 'end_session' });
  });
}

/** "Sign out everywhere else": every session of the user but the one making the request. */
export async function endOtherSessions(db: Db, userId: number, keepSessionId: string | null, now: Date): Promise<number> {
  const { unit_id: unitId } = await db.selectFrom('users').select('unit_id').where('id', '=', userId).executeTakeFirstOrThrow();
  return db.transaction().execute(async (trx) => {
    let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepSessionId) query = query.where('id', '!=', keepSessionId);
    const result = await query.executeTakeFirst();
    const ended = Number(result.numDeletedRows);
    await recordAudit(trx, { at: now, actorId: userId, unitId, entity: 'user', entityId: userId, action: 'end_other_sessions', changes: { sessions: [ended, 0] } });
    return ended;
  });
}

/** Ends a session; returns the identity service's token when it was opened through single sign-on. */
export async function logout(db: Db, storedSessionId: string): Promise<string | null> {
  const ended = await db.deleteFrom('sessions').where('id', '=', storedSessionId).returning('id_token').executeTakeFirst();
  return ended?.id_token ?? null;
}

/**
 * Changes one's own password and ends every session of the account, this one included: the caller gets
 * a fresh session (a new token), so a stolen cookie or a session opened with the old password is gone.
 */
export async function changeOwnPassword(
  db: Db,
  userId: number,
  input: { currentPassword: string; newPassword: string },
  context: Pick<SignInContext, 'now' | 'ttlHours' | 'origin' | 'require2fa'>,
): Promise<NewSession> {
  const { now } = context;
  const user = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  checkPasswordRules(input.newPassword, 'newPassword', [user.username, user.full_name]);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('VALIDATION', {
      message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
      fields: { currentPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' } },
    });
  }
  if (await verifyPassword(user.password_hash, input.newPassword)) {
    throw invalidField('newPassword', { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ from the current one.' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: 0, updated_at: now.toISOString() }).where('id', '=', userId).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await recordAudit(trx, { at: now, actorId: userId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'change_password' });
    const restriction = restrictionFor({ ...user, must_change_password: 0 }, context.require2fa);
    return openSession(trx, userId, { ...context, restriction, method: 'password' });
  });
}
