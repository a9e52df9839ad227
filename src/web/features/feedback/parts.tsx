// The small pieces every field-report screen shows: status, time left against the deadline, photos,
// the history (with the officers' internal remarks and who acted, on their page).
import type { FieldReportStatus } from '../../../common/feedback.js';
import type { PublicFieldReport, TrackedFieldReport } from './api.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';

export function FeedbackStatus({ status }: { status: FieldReportStatus }) {
  const { t } = useI18n();
  return <span className={`badge fb-status fb-status-${status}`}>{t(`feedbackStatus.${status}`)}</span>;
}

/** "Còn 2 ngày làm việc (hạn 25/11/2026)", "Quá hạn 1 ngày làm việc", or how it was closed. */
export function TimeLeft({ timing }: { timing: PublicFieldReport['timing'] }) {
  const { t, language } = useI18n();
  const due = formatDate(timing.dueDate, language);
  if (timing.workingDaysLeft === null) {
    if (timing.closedOnTime === null) return <span className="fb-time">{t('feedback.closed')}</span>;
    return (
      <span className={timing.closedOnTime ? 'fb-time fb-time-ok' : 'fb-time fb-time-late'}>
        {timing.closedOnTime ? t('feedback.closedOnTime') : t('feedback.closedLate')} · {t('feedback.dueOn', { date: due })}
      </span>
    );
  }
  const left = timing.workingDaysLeft;
  if (timing.overdue) {
    return (
      <span className="fb-time fb-time-late">
        <strong>{t('feedback.overdue')}</strong> · {t('feedback.overdueDays', { days: Math.abs(left) })} · {t('feedback.dueOn', { date: due })}
      </span>
    );
  }
  return (
    <span className={left <= 1 ? 'fb-time fb-time-soon' : 'fb-time fb-time-ok'}>
      {left === 0 ? t('feedback.dueToday') : t('feedback.daysLeft', { days: left })} · {t('feedback.dueOn', { date: due })}
    </span>
  );
}

export function PhotoStrip({ photos, label }: { photos: PublicFieldReport['photos']; label: string }) {
  if (photos.length === 0) return null;
  return (
    <ul className="fb-photos" aria-label={label}>
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <a href={photo.url} target="_blank" rel="noreferrer">
            <img src={photo.url} width={photo.width} height={photo.height} loading="lazy" alt={`${label} ${index + 1}`} />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A public event, or an officer's with the internal remark and who acted. */
type HistoryEvent = TrackedFieldReport['history'][number] & { internalNote?: string | null; actor?: string | null };

export function History({ events }: { events: HistoryEvent[] }) {
  const { t, language } = useI18n();
  return (
    <ol className="fb-history">
      {events.map((event, index) => (
        <li key={index}>
          <span className="fb-history-date">{formatDate(new Date(event.at), language)}</span>
          <span className="fb-history-what">
            {t(`feedbackAction.${event.action}`)}
            {event.unit && ` · ${event.unit.name}`}
            {event.actor && ` · ${event.actor}`}
          </span>
          {event.note && <span className="fb-history-note">{event.note}</span>}
          {event.internalNote && (
            <span className="fb-history-note">
              {t('fbReport.internal')}: {event.internalNote}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
