// Who is signed in, for the whole app: checked once at start (/auth/me), then kept by
// signIn() / signOut(), and cleared when any request finds the session gone.
import { type ReactNode, createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { User } from '../../../common/units.js';
import { ApiError, onUnauthenticated, setCsrfToken } from '../../app/api.js';
import { type Credentials, type Me, fetchMe, login, logout } from './api.js';

interface Session {
  /** undefined while the first check runs, null for a visitor. */
  user: User | null | undefined;
  signIn: (credentials: Credentials) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const start = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    // The whole app re-renders for its user: in slices, so the main thread stays free for input.
    startTransition(() => setUser(me.user));
  }, []);
  const end = useCallback(() => {
    setCsrfToken(null);
    setUser(null);
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
      user,
      signIn: async (credentials) => start(await login(credentials)),
      signOut: async () => {
        // Signed out on this screen even if the server cannot be told (its session then simply expires).
        await logout().catch((error: unknown) => console.error(error));
        end();
      },
    }),
    [user, start, end],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession() outside <SessionProvider>');
  return context;
}
