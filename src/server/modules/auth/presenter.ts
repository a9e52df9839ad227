// A session as its owner sees it in their list: where and when, never its token or stored id.
import { createHash } from 'node:crypto';
import type { OwnSession } from '../../../common/auth.js';
import type { SessionTable } from '../../db/schema.js';

/** What the user's list of sessions calls a session: not its stored id, which identifies the cookie. */
export const sessionHandle = (storedSessionId: string) => createHash('sha256').update(`handle:${storedSessionId}`).digest('hex').slice(0, 20);

type SessionRow = Pick<SessionTable, 'id' | 'expires_at' | 'last_seen_at' | 'address' | 'user_agent'> & { created_at: string };

export const presentSession = (row: SessionRow, currentSessionId: string | null): OwnSession => ({
  handle: sessionHandle(row.id),
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  address: row.address,
  userAgent: row.user_agent,
  current: row.id === currentSessionId,
});
