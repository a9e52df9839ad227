// The bell in the header: how many notifications are unread, and a panel listing the latest, each
// opening the task, directive or page it is about and marking itself read.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Notification } from '../../../common/tasks.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { directivePath, taskPath } from '../../app/paths.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { type NotificationList, fetchNotifications, markAllRead, markRead } from './api.js';

const REFRESH_MS = 60_000;

/** Where a notification leads in the web app. Reminders name their record; other links are kept as given. */
export function notificationTarget(notification: Notification): string | null {
  const id = Number(notification.entityId);
  if (notification.entity === 'task' && id > 0) return taskPath(id);
  if (notification.entity === 'directive' && id > 0) return directivePath(id);
  return notification.link?.startsWith('/') ? notification.link : null;
}

export function NotificationBell() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [list, setList] = useState<NotificationList>();
  const [error, setError] = useState<Error>();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(() => {
    fetchNotifications().then(
      (next) => {
        setList(next);
        setError(undefined);
      },
      (caught: unknown) => setError(caught instanceof Error ? caught : new Error(String(caught))),
    );
  }, []);

  // On start, on every page change (an action may have settled a reminder) and every minute.
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh, pathname]);

  // The panel closes on Escape (focus back to the bell) and on a click outside it.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const unread = list?.unread ?? 0;

  async function follow(notification: Notification) {
    const target = notificationTarget(notification);
    try {
      if (!notification.readAt) await markRead(notification.id);
    } catch (caught) {
      setError(caught as Error);
    }
    setOpen(false);
    refresh();
    if (target) void navigate(target);
  }

  async function readAll() {
    try {
      await markAllRead();
      refresh();
    } catch (caught) {
      setError(caught as Error);
    }
  }

  return (
    <div className="bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: formatNumber(unread, language) }) : t('notifications.bell')}
        onClick={() => {
          if (!open) refresh();
          setOpen(!open);
        }}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true" data-testid="bell-count">
            {unread > 99 ? '99+' : formatNumber(unread, language)}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="bell-panel" aria-label={t('notifications.title')}>
          <header className="bell-panel-header">
            <h2>{t('notifications.title')}</h2>
            {unread > 0 && (
              <button type="button" className="button button-small" onClick={() => void readAll()}>
                {t('notifications.readAll')}
              </button>
            )}
          </header>
          <ErrorNotice error={error} />
          {list && list.items.length === 0 && <p className="empty">{t('notifications.none')}</p>}
          <ul className="bell-list">
            {list?.items.map((notification) => (
              <li key={notification.id} className={notification.readAt ? 'bell-item' : 'bell-item bell-item-unread'}>
                <button type="button" onClick={() => void follow(notification)}>
                  <span className="bell-item-title">
                    {!notification.readAt && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                    {notification.title}
                  </span>
                  {notification.body && <span className="bell-item-body">{notification.body}</span>}
                  <span className="bell-item-date">{formatDate(new Date(notification.createdAt), language)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function BellIcon() {
  return (
    <svg className="bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 2a6 6 0 0 0-6 6v3.6L4.3 15a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6Zm0 20a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22Z"
        fill="currentColor"
      />
    </svg>
  );
}

/** The bell, for signed-in users only. */
export function HeaderBell() {
  const { user } = useSession();
  return user ? <NotificationBell key={user.id} /> : null;
}
