// Sign-in contracts shared by the server and the web app.
import { z } from 'zod';
import { userSchema } from './units.js';

/** One of the user's own sessions, as their list shows it. */
export const sessionSchema = z.object({
  /** Names the session in the list; it is neither its token nor its stored id. */
  handle: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  expiresAt: z.string(),
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The session making the request. */
  current: z.boolean(),
});
export type OwnSession = z.infer<typeof sessionSchema>;

/** Until done, a session may only do this (and sign out): set a new password, or enrol a second factor. */
export const sessionRestrictions = ['change_password', 'enrol_totp'] as const;
export type SessionRestriction = (typeof sessionRestrictions)[number];

export const meSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  restriction: z.enum(sessionRestrictions).nullable(),
  secondFactor: z.object({ enabled: z.boolean(), required: z.boolean() }),
});
export type Me = z.infer<typeof meSchema>;

/** A password was right; a code is asked next, with this challenge. */
export const secondFactorChallengeSchema = z.object({ secondFactor: z.literal('totp'), challenge: z.string(), expiresAt: z.string() });
export type SecondFactorChallenge = z.infer<typeof secondFactorChallengeSchema>;

export const secondFactorStatusSchema = z.object({
  enabled: z.boolean(),
  /** The user's role must have it (REQUIRE_2FA). */
  required: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/** How one may sign in here: the single sign-on button appears when the city has configured one. */
export const signInOptionsSchema = z.object({ singleSignOn: z.object({ label: z.string(), startUrl: z.string() }).nullable() });
export type SignInOptions = z.infer<typeof signInOptionsSchema>;
