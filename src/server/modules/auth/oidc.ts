// Single sign-on through an OpenID Connect provider (a provincial or national identity service):
// authorization code with PKCE, state and nonce kept in the database for ten minutes. An identity
// signs in only when an administrator has mapped it (by `sub`, or by the staff e-mail claim) to an
// account: an unknown identity is refused and audited, never created with a role.
import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { Config } from '../../config.js';
import type { Db } from '../../db/index.js';
import type { UserRow } from '../../db/schema.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { type NewSession, type SignInContext, signedIn } from './service.js';
import { assertLoginAllowed } from './throttle.js';

type OidcConfig = NonNullable<Config['oidc']>;

const STATE_TTL_MS = 10 * 60_000;

/** Why a sign-on was refused, as the sign-in page words it (?loi=…). */
export type SignOnRefusal = 'unknown_identity' | 'expired' | 'disabled' | 'failed';

export class SignOnRefused extends Error {
  constructor(readonly reason: SignOnRefusal, cause?: unknown) {
    super(`single sign-on refused: ${reason}`, { cause });
  }
}

/** Where the provider sends the browser back: built from PUBLIC_URL, as the provider has it registered. */
export const callbackUrl = (publicUrl: string) => `${publicUrl}/api/auth/oidc/callback`;

/** The provider's configuration, discovered once (again after a failure, so a provider that was down is found later). */
export function oidcClient(oidc: OidcConfig) {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (tests, a lab); anywhere else it must be HTTPS.
        ...(new URL(oidc.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  return { configuration };
}
export type OidcClient = ReturnType<typeof oidcClient>;

/** A path of this site to come back to, never another site. */
export const safeReturnTo = (value: string | undefined) => (value && /^\/(?!\/)[^\s\\]*$/.test(value) && !value.startsWith('/api/') ? value : '/');

/** Step 1: the provider's authorization URL, with PKCE, state and nonce remembered. */
export async function startSignOn(db: Db, oidc: OidcClient, options: { publicUrl: string; returnTo: string; now: Date }): Promise<URL> {
  const configuration = await oidc.configuration();
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const { now } = options;
  await db.deleteFrom('oidc_states').where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('oidc_states')
    .values({ state, nonce, code_verifier: codeVerifier, return_to: safeReturnTo(options.returnTo), created_at: now.toISOString(), expires_at: new Date(now.getTime() + STATE_TTL_MS).toISOString() })
    .execute();
  return client.buildAuthorizationUrl(configuration, {
    redirect_uri: callbackUrl(options.publicUrl),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
}

/** The account an identity is mapped to, by its subject or its e-mail claim. */
async function mappedUser(db: Db, issuer: string, claims: { sub: string; email?: unknown }): Promise<UserRow | undefined> {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
  const identity = await db
    .selectFrom('user_identities')
    .select('user_id')
    .where('issuer', '=', issuer)
    .where((eb) => eb.or([eb.and([eb('claim', '=', 'sub'), eb('value', '=', claims.sub)]), ...(email ? [eb.and([eb('claim', '=', 'email'), eb('value', '=', email)])] : [])]))
    .orderBy('claim', 'desc')
    .executeTakeFirst();
  return identity ? db.selectFrom('users').selectAll().where('id', '=', identity.user_id).executeTakeFirst() : undefined;
}

/**
 * Step 2, the provider's redirect back: the code is exchanged (PKCE, state and nonce checked by
 * openid-client), the identity mapped to an account, and a session opened. Returns where to go next.
 */
export async function completeSignOn(
  db: Db,
  oidc: OidcClient,
  options: { issuer: string; publicUrl: string; currentUrl: URL; context: SignInContext },
): Promise<{ session: NewSession; returnTo: string }> {
  const { now } = options.context;
  const state = options.currentUrl.searchParams.get('state') ?? '';
  const stored = await db.selectFrom('oidc_states').selectAll().where('state', '=', state).executeTakeFirst();
  // One use: a replayed or expired redirect finds nothing.
  await db.deleteFrom('oidc_states').where('state', '=', state).execute();
  if (!stored || stored.expires_at <= now.toISOString()) throw new SignOnRefused('expired');
  let claims: { sub: string; email?: unknown; preferred_username?: unknown };
  let idToken: string | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(await oidc.configuration(), options.currentUrl, {
      pkceCodeVerifier: stored.code_verifier,
      expectedState: stored.state,
      expectedNonce: stored.nonce,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('no ID token');
    claims = idClaims;
    idToken = tokens.id_token;
  } catch (error) {
    throw new SignOnRefused('failed', error);
  }
  const user = await mappedUser(db, options.issuer, claims);
  const tried = (typeof claims.email === 'string' ? claims.email : claims.sub).slice(0, 100);
  const refuse = async (reason: 'unknown_identity' | 'disabled') => {
    await recordAudit(db, { at: now, actorId: null, unitId: user?.unit_id ?? null, entity: 'login', entityId: tried, action: 'login_failed', reason, changes: { method: [null, 'oidc'], sub: [null, claims.sub] } });
    throw new SignOnRefused(reason);
  };
  if (!user) return refuse('unknown_identity');
  if (user.disabled) return refuse('disabled');
  await assertLoginAllowed(db, { username: user.username, address: options.context.origin.address }, now);
  return { session: await signedIn(db, user, 'oidc', options.context, undefined, idToken), returnTo: stored.return_to };
}

/** Where to send the browser to sign out at the provider too, for a session opened through it. */
export async function providerSignOutUrl(oidc: OidcClient, idToken: string, publicUrl: string): Promise<string | null> {
  try {
    const configuration = await oidc.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(configuration, { id_token_hint: idToken, post_logout_redirect_uri: `${publicUrl}/dang-nhap`, state: randomBytes(8).toString('hex') }).href;
  } catch {
    // The provider is out of reach: signing out here still ends the platform's session.
    return null;
  }
}

/** The administrator links an identity of the provider to an account. */
export async function linkIdentity(db: Db, actorId: number, userId: number, identity: { issuer: string; claim: 'sub' | 'email'; value: string }, now: Date) {
  const value = identity.claim === 'email' ? identity.value.trim().toLowerCase() : identity.value.trim();
  const user = await db.selectFrom('users').select(['id', 'unit_id']).where('id', '=', userId).executeTakeFirstOrThrow();
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('user_identities').select('user_id').where('issuer', '=', identity.issuer).where('claim', '=', identity.claim).where('value', '=', value).executeTakeFirst();
    if (taken) {
      throw new AppError('CONFLICT', { message: { vi: 'Định danh này đã được gắn với một tài khoản.', en: 'This identity is already linked to an account.' } });
    }
    const row = await trx
      .insertInto('user_identities')
      .values({ user_id: userId, issuer: identity.issuer, claim: identity.claim, value, created_at: now.toISOString(), created_by: actorId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { at: now, actorId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'link_identity', changes: { [identity.claim]: [null, value] } });
    return row;
  });
}

export async function unlinkIdentity(db: Db, actorId: number, userId: number, identityId: number, now: Date): Promise<void> {
  const row = await db.selectFrom('user_identities').selectAll().where('id', '=', identityId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  const user = await db.selectFrom('users').select('unit_id').where('id', '=', userId).executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_identities').where('id', '=', identityId).execute();
    // Sessions opened through that identity end with it.
    await trx.deleteFrom('sessions').where('user_id', '=', userId).where('method', '=', 'oidc').execute();
    await recordAudit(trx, { at: now, actorId, unitId: user.unit_id, entity: 'user', entityId: userId, action: 'unlink_identity', changes: { [row.claim]: [row.value, null] } });
  });
}

export const listIdentities = (db: Db, userId: number) => db.selectFrom('user_identities').selectAll().where('user_id', '=', userId).orderBy('id').execute();
