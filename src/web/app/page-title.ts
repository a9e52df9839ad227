import { useEffect } from 'react';
import { useI18n } from './i18n.js';

/** "Kế hoạch – Hải Đăng": screen readers announce it and browser tabs tell pages apart. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);
}
