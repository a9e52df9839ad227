// Failed sign-ins, counted in the database per account and per address. An account is locked for a
// while after a few failures in a row, from whatever addresses they come (a distributed guess), and
// for twice as long each time it happens again; an address is locked after many failures on any
// accounts. Unknown usernames are counted like real ones, so a lockout tells nothing about who exists.
import { formatVietnameseTime } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { AppError } from '../../lib/errors.js';

export const ACCOUNT_FAILURES_BEFORE_LOCK = 5;
export const ADDRESS_FAILURES_BEFORE_LOCK = 30;
/** Failures further apart than this do not add up. */
const FAILURE_WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 15 * 60_000;
const LONGEST_LOCK_MS = 24 * 3_600_000;
/** A day without failures forgets earlier lockouts. */
const LOCKOUT_MEMORY_MS = 24 * 3_600_000;

const accountKey = (username: string) => `account:${username}`;
const addressKey = (address: string) => `address:${address}`;

export interface LoginAttempt {
  /** Normalized. */
  username: string;
  address: string;
}

/** Throws a 429 while the account or the address is locked; the password is not even checked then. */
export async function assertLoginAllowed(db: Db, attempt: LoginAttempt, now: Date): Promise<void> {
  const rows = await db
    .selectFrom('login_throttle')
    .select(['key', 'locked_until'])
    .where('key', 'in', [accountKey(attempt.username), addressKey(attempt.address)])
    .where('locked_until', '>', now.toISOString())
    .execute();
  const account = rows.find((row) => row.key === accountKey(attempt.username));
  const address = rows.find((row) => row.key === addressKey(attempt.address));
  if (account?.locked_until) throw accountLocked(new Date(account.locked_until));
  if (address?.locked_until) {
    const until = formatVietnameseTime(new Date(address.locked_until));
    throw new AppError('RATE_LIMITED', {
      message: {
        vi: `Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau ${until}.`,
        en: `Too many failed sign-ins from this address. Try again after ${until} (Vietnam time).`,
      },
    });
  }
}

export function accountLocked(until: Date): AppError {
  const time = formatVietnameseTime(until);
  return new AppError('RATE_LIMITED', {
    message: {
      vi: `Đăng nhập sai nhiều lần liên tiếp: tài khoản tạm khóa đăng nhập đến ${time}. Nếu không phải bạn, hãy báo quản trị viên.`,
      en: `Too many failed sign-ins in a row: this account is locked until ${time} (Vietnam time). If this was not you, tell an administrator.`,
    },
  });
}

/** Counts a failure against both keys; returns when the account got locked by it, if it did. */
export async function countLoginFailure(db: Db, attempt: LoginAttempt, now: Date): Promise<{ accountLockedUntil: Date | null }> {
  return db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
    const memoryStart = new Date(now.getTime() - LOCKOUT_MEMORY_MS).toISOString();
    const counted = await trx
      .insertInto('login_throttle')
      .values([accountKey(attempt.username), addressKey(attempt.address)].map((key) => ({ key, failures: 1, first_failure_at: stamp, last_failure_at: stamp, locked_until: null })))
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet((eb) => ({
          failures: eb.case().when('login_throttle.first_failure_at', '<', windowStart).then(1).else(eb('login_throttle.failures', '+', 1)).end(),
          first_failure_at: eb.case().when('login_throttle.first_failure_at', '<', windowStart).then(stamp).else(eb.ref('login_throttle.first_failure_at')).end(),
          lockouts: eb.case().when('login_throttle.last_failure_at', '<', memoryStart).then(0).else(eb.ref('login_throttle.lockouts')).end(),
          last_failure_at: stamp,
        })),
      )
      .returning(['key', 'failures', 'lockouts'])
      .execute();
    let accountLockedUntil: Date | null = null;
    for (const row of counted) {
      const isAccount = row.key.startsWith('account:');
      if (row.failures < (isAccount ? ACCOUNT_FAILURES_BEFORE_LOCK : ADDRESS_FAILURES_BEFORE_LOCK)) continue;
      const until = new Date(now.getTime() + (isAccount ? Math.min(FIRST_LOCK_MS * 2 ** row.lockouts, LONGEST_LOCK_MS) : FIRST_LOCK_MS));
      await trx
        .updateTable('login_throttle')
        .set({ locked_until: until.toISOString(), failures: 0, first_failure_at: stamp, lockouts: row.lockouts + 1 })
        .where('key', '=', row.key)
        .execute();
      if (isAccount) accountLockedUntil = until;
    }
    return { accountLockedUntil };
  });
}

/** A successful sign-in forgets the account's failures and lockouts (not the address's). */
export async function forgetLoginFailures(db: Db, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', accountKey(username)).execute();
}
