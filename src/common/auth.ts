// Sign-in contracts shared by the server and the web app.
import { z } from 'zod';

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
