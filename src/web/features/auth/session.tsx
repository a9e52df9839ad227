// Who is signed in, for the whole app: checked once at start (/auth/me), then kept by
// signIn() / signOut(), and cleared when any request finds the session gone.
import { type ReactNode, createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { SecondFactorChallenge, SessionRestriction } from '../../../common/auth.js';
import type { User } from '../../../common/units.js';
import { ApiError, onUnauthenticated, setCsrfToken } from '../../app/api.js';
import { type Credentials, type Me, fetchMe, login, loginSecondFactor, logout } from './api.js';

interface Session {
  /** undefined while the first check runs, null for a visitor. */
  user: User | null | undefined;
  /** What the user must do before anything else (choose a password, enrol a second factor), if anything. */
  restriction: SessionRestriction | null;
  secondFactor: Me['secondFactor'] | null;
  /** Signs in, or returns the challenge when the account asks for a code next. */
  signIn: (credentials: Credentials) => Promise<SecondFactorChallenge | null>;
  answerChallenge: (challenge: string, code: string) => Promise<void>;
  /** A new session from the server (after a password change, say): its token and state replace the old. */
  renew: (me: Me) => void;
  /** Asks the server again (after enrolling a second factor, say). */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const isChallenge = (answer: Me | SecondFactorChallenge): answer is SecondFactorChallenge => 'challenge' in answer;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const start = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    // The whole app re-renders for its user: in slices, so the main thread stays free for input.
    startTransition(() => setMe(next));
  }, []);
  const end = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
  }, []);

  useEffect(() => {
    fetchMe().then(start, (error: unknown) => {
      // A visitor is not an error; anything else (server down) also leaves the public pages usable.
      if (!(error instanceof ApiError && error.status === 401)) console.error(error);
      end();
    });
    return onUnauthenticated(end);
  }, [start, end]);

  const value = useMemo<Session>(
    () => ({
      user: me === undefined ? undefined : (me?.user ?? null),
      restriction: me?.restriction ?? null,
      secondFactor: me?.secondFactor ?? null,
      signIn: async (credentials) => {
        const answer = await login(credentials);
        if (isChallenge(answer)) return answer;
        start(answer);
        return null;
      },
      answerChallenge: async (challenge, code) => start(await loginSecondFactor(challenge, code)),
      renew: start,
      refresh: async () => start(await fetchMe()),
      signOut: async () => {
        // Signed out on this screen even if the server cannot be told (its session then simply expires).
        const answer = await logout().catch((error: unknown) => console.error(error));
        end();
        if (answer?.providerSignOutUrl) window.location.assign(answer.providerSignOutUrl);
      },
    }),
    [me, start, end],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession() outside <SessionProvider>');
  return context;
}
