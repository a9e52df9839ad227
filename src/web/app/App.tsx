import { RouterProvider } from 'react-router';
import { SessionProvider } from '../features/auth/session.js';
import { I18nProvider } from './i18n.js';
import { router } from './router.js';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  );
}
