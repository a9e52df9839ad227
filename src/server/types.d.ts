import type { SessionRestriction } from '../common/auth.js';
import type { Config } from './config.js';
import type { Db } from './db/index.js';
import type { DialectName } from './db/dialect.js';
import type { Clock } from './lib/clock.js';
import type { Actor } from './lib/policy.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public': callable without a session. Every other /api route answers a visitor 401 before reading the request. */
    access?: 'public';
    /** false: no CSRF check (sign-in, which a stale tab's cookie must not block). */
    csrf?: false;
    /** true: open to a session that must first change its password or enrol a second factor. */
    duringRestriction?: true;
  }
  interface FastifyInstance {
    db: Db;
    dialect: DialectName;
    clock: Clock;
    config: Config;
  }
  interface FastifyRequest {
    /** The signed-in user, or null for a visitor. */
    actor: Actor | null;
    /** The session behind the cookie, when there is one. */
    session: { id: string; csrfToken: string; restriction: SessionRestriction | null } | null;
    /** The signed-in user, or a 401. */
    requireActor(): Actor;
  }
}
