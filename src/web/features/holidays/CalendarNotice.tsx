// The banner the administrator and the coordinators see on every page while a year they should
// confirm is not (the current one, and the next from 1 November): a bell notification is easy to
// miss, a line above the page is not. It asks again after each page change and each calendar change.
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n.js';
import { calendarNoticeRoles, holidayCalendarPath, holidayPaths, ocPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSession } from '../auth/session.js';
import { calendarChanges, fetchCalendarNotice } from './api.js';

export function CalendarNotice() {
  const { user } = useSession();
  const { pathname } = useLocation();
  // Not on the LED wall, nor on the calendar's own page, which says it itself.
  if (!user || !calendarNoticeRoles.includes(user.role) || pathname === ocPaths.wall || pathname === holidayPaths.calendar) return null;
  // Mounted afresh on each page, so it asks again (a year confirmed meanwhile disappears).
  return <NoticeLines key={pathname} />;
}

function NoticeLines() {
  const { t } = useI18n();
  const notice = useResource(fetchCalendarNotice);
  const { reload } = notice;
  useEffect(() => {
    calendarChanges.addEventListener('change', reload);
    return () => calendarChanges.removeEventListener('change', reload);
  }, [reload]);
  const years = notice.data?.unconfirmedYears ?? [];
  if (years.length === 0) return null;
  return (
    <div className="notice notice-warning calendar-notice" role="note" aria-label={t('holidays.noticeLabel')}>
      {years.map((year) => (
        <p key={year}>
          <strong>{t('holidays.notice', { year })}</strong> {t('holidays.noticeBody')} <Link to={holidayCalendarPath(year)}>{t('holidays.noticeLink', { year })}</Link>
        </p>
      ))}
    </div>
  );
}
