import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../../common/units.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Feedback.js';
import { useI18n } from '../../app/i18n.js';
import { useSession } from './session.js';

export interface LoginState {
  /** Where the visitor was going before being sent to sign in. */
  from?: { pathname: string; search: string; hash: string };
}

/**
 * Private pages: visitors go to the sign-in page and come back after it; `roles` narrows who may enter.
 * `drawWhileChecking`: the pages are drawn while the session check is on its way (their data calls are
 * refused anyway without a session), for screens whose first paint matters on a slow phone (/oc).
 */
export function RequireAuth({ roles, drawWhileChecking = false }: { roles?: readonly Role[]; drawWhileChecking?: boolean }) {
  const { t } = useI18n();
  const { user, restriction } = useSession();
  const location = useLocation();
  if (user === undefined) return drawWhileChecking ? <Outlet /> : <Loading />;
  if (user === null) return <Navigate to={paths.login} replace state={{ from: location } satisfies LoginState} />;
  // A new password or a second factor comes first: the server refuses everything else meanwhile.
  if (restriction && location.pathname !== paths.account) return <Navigate to={paths.account} replace />;
  if (roles && !roles.includes(user.role)) {
    return (
      <p className="notice notice-error" role="alert">
        {t('app.forbidden')}
      </p>
    );
  }
  return <Outlet />;
}
