// The second factor: a TOTP app (RFC 6238, 30-second codes) enrolled with a QR code, and ten one-time
// recovery codes, stored hashed, for a lost phone. A code is accepted once: the time step it matched at
// is kept, and a replay of it (or of an earlier one) is refused.
import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { SecondFactorStatus } from '../../../common/auth.js';
import type { Role } from '../../../common/units.js';
import type { Db } from '../../db/index.js';
import type { SessionRestriction, UserRow } from '../../db/schema.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, invalidField } from '../../lib/errors.js';
import { verifyPassword } from '../../lib/passwords.js';

export const ISSUER = 'Hải Đăng';
const RECOVERY_CODES = 10;
/** One step either way: a phone's clock a little off still works. */
const TOLERANCE_SECONDS = 30;
const PERIOD_SECONDS = 30;

/** The roles whose accounts must have a second factor when REQUIRE_2FA=1: they approve, direct and administer. */
export const secondFactorRoles: readonly Role[] = ['admin', 'coordinator', 'leader'];
export const requiresSecondFactor = (role: Role, required: boolean) => required && secondFactorRoles.includes(role);

/** What a new session of this user may do at first: choose a password, enrol a second factor, or anything. */
export function restrictionFor(user: Pick<UserRow, 'must_change_password' | 'totp_enabled_at' | 'role'>, require2fa: boolean): SessionRestriction | null {
  if (user.must_change_password === 1) return 'change_password';
  if (requiresSecondFactor(user.role, require2fa) && user.totp_enabled_at === null) return 'enrol_totp';
  return null;
}

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');
/** "abcd-efgh-jkmn": 12 letters from an alphabet without look-alikes, about 60 bits. */
const newRecoveryCode = () => {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const letters = Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}`;
};
const normalizeCode = (code: string) => code.trim().toLowerCase().replace(/\s+/g, '');

const wrongCode = () => invalidField('code', { vi: 'Mã không đúng hoặc đã dùng. Nhập mã 6 số đang hiện trong ứng dụng.', en: 'The code is wrong or already used. Enter the 6-digit code the app shows now.' });

async function userRow(db: Db, userId: number): Promise<UserRow> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
}

/** A TOTP code of this secret at `now`, if it is a new one: returns the time step it matched at. */
async function matchTotp(secret: string, code: string, lastStep: number | null, now: Date): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid) return null;
  const step = Math.floor(epoch / PERIOD_SECONDS) + result.delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

async function writeRecoveryCodes(db: Db, userId: number, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.insertInto('recovery_codes').values(codes.map((code) => ({ user_id: userId, code_hash: hashCode(normalizeCode(code)), created_at: now.toISOString(), used_at: null }))).execute();
  return codes;
}

export async function secondFactorStatus(db: Db, userId: number, require2fa: boolean): Promise<SecondFactorStatus> {
  const user = await userRow(db, userId);
  const left = await db.selectFrom('recovery_codes').select('id').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  return { enabled: user.totp_enabled_at !== null, required: requiresSecondFactor(user.role, require2fa), enabledAt: user.totp_enabled_at, recoveryCodesLeft: left.length };
}

/** Step 1 of enrolment: a new secret, kept pending until a code from it is confirmed, shown as a QR code and as text. */
export async function startEnrolment(db: Db, userId: number, now: Date): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const user = await userRow(db, userId);
  if (user.totp_enabled_at !== null) {
    throw new AppError('CONFLICT', { message: { vi: 'Xác thực hai lớp đã bật. Tắt đi trước nếu muốn đổi điện thoại.', en: 'Two-step verification is already on. Turn it off first to move to another phone.' } });
  }
  const secret = generateSecret();
  await db.updateTable('users').set({ totp_pending_secret: secret, updated_at: now.toISOString() }).where('id', '=', userId).execute();
  const uri = generateURI({ issuer: ISSUER, label: user.username, secret });
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
}

/** Step 2: a code from the app proves it holds the secret; the factor is on and the recovery codes are shown, once. */
export async function confirmEnrolment(db: Db, userId: number, code: string, currentSessionId: string | null, now: Date): Promise<{ recoveryCodes: string[] }> {
  const user = await userRow(db, userId);
  if (!user.totp_pending_secret) {
    throw new AppError('CONFLICT', { message: { vi: 'Chưa bắt đầu cài đặt: hãy tạo mã QR trước.', en: 'Enrolment has not started: create the QR code first.' } });
  }
  const step = await matchTotp(user.totp_pending_secret, normalizeCode(code), null, now);
  if (step === null) throw wrongCode();
  const secret = user.totp_pending_secret;
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_secret: secret, totp_pending_secret: null, totp_enabled_at: now.toISOString(), totp_last_step: step, updated_at: now.toISOString() })
      .where('id', '=', userId)
      .execute();
    // The session that enrolled may now do everything; other sessions of the account were opened without it and end.
    await trx.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', currentSessionId ?? '').execute();
    if (currentSessionId) await trx.updateTable('sessions').set({ restriction: null }).where('id', '=', currentSessionId).where('restriction', '=', 'enrol_totp').execute();
    const recoveryCodes = await writeRecoveryCodes(trx, userId, now);
    await recordAudit(trx, { at: now, actorId: userId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'enable_totp' });
    return { recoveryCodes };
  });
}

/**
 * Checks a code at sign-in or before a sensitive change: a new TOTP code, or an unused recovery code
 * (then spent). Returns which it was, or null.
 */
export async function useSecondFactor(db: Db, userId: number, code: string, now: Date): Promise<'totp' | 'recovery' | null> {
  const user = await userRow(db, userId);
  if (!user.totp_secret) return null;
  const normalized = normalizeCode(code);
  const step = await matchTotp(user.totp_secret, normalized, user.totp_last_step, now);
  if (step !== null) {
    // Only a later step is written: two requests with the same code cannot both pass.
    const claimed = await db.updateTable('users').set({ totp_last_step: step }).where('id', '=', userId).where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)])).executeTakeFirst();
    return claimed.numUpdatedRows > 0n ? 'totp' : null;
  }
  const spent = await db
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashCode(normalized))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (spent.numUpdatedRows > 0n) {
    await recordAudit(db, { at: now, actorId: userId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'use_recovery_code' });
    return 'recovery';
  }
  return null;
}

/** Own change, proved by the password and a code: turning the factor off, or new recovery codes. */
async function proveOwner(db: Db, userId: number, input: { password: string; code: string }, now: Date): Promise<UserRow> {
  const user = await userRow(db, userId);
  if (!(await verifyPassword(user.password_hash, input.password))) {
    throw invalidField('password', { vi: 'Mật khẩu không đúng.', en: 'The password is wrong.' });
  }
  if ((await useSecondFactor(db, userId, input.code, now)) === null) throw wrongCode();
  return user;
}

export async function disableSecondFactor(db: Db, userId: number, input: { password: string; code: string }, require2fa: boolean, now: Date): Promise<void> {
  const user = await userRow(db, userId);
  if (requiresSecondFactor(user.role, require2fa)) {
    throw new AppError('FORBIDDEN', { message: { vi: 'Vai trò của bạn bắt buộc xác thực hai lớp: không tắt được. Đổi điện thoại thì nhờ quản trị viên đặt lại.', en: 'Your role requires two-step verification: it cannot be turned off. To move to a new phone, ask an administrator to reset it.' } });
  }
  await proveOwner(db, userId, input, now);
  await db.transaction().execute(async (trx) => {
    await clearSecondFactor(trx, userId, now);
    await recordAudit(trx, { at: now, actorId: userId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'disable_totp' });
  });
}

export async function renewRecoveryCodes(db: Db, userId: number, input: { password: string; code: string }, now: Date): Promise<{ recoveryCodes: string[] }> {
  const user = await proveOwner(db, userId, input, now);
  return db.transaction().execute(async (trx) => {
    const recoveryCodes = await writeRecoveryCodes(trx, userId, now);
    await recordAudit(trx, { at: now, actorId: userId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'renew_recovery_codes' });
    return { recoveryCodes };
  });
}

/** Removes the factor and its codes (the user's own choice, or an administrator's reset for a lost phone). */
export async function clearSecondFactor(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('users').set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: now.toISOString() }).where('id', '=', userId).execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}
