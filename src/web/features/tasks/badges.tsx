// The small pieces every task and directive screen shows: status, demo mark, progress, due date, delay.
import type { ItemStatus, Timing } from '../../../common/tasks.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { baselinePhrase, timingPhrase } from './timing.js';

export function StatusBadge({ status }: { status: ItemStatus }) {
  const { t } = useI18n();
  return <span className={`badge work-status work-status-${status}`}>{t(`itemStatus.${status}`)}</span>;
}

/** On rows the demo seed wrote, so nobody takes them for the city's own records. */
export function DemoTag() {
  const { t } = useI18n();
  return (
    <span className="badge work-demo" title={t('work.demoHint')}>
      {t('work.demo')}
    </span>
  );
}

export function ProgressBar({ value, label, derived = false }: { value: number; label: string; derived?: boolean }) {
  const { t, language } = useI18n();
  const shown = Math.max(0, Math.min(100, value));
  const text = `${formatNumber(shown, language, 0)}%`;
  return (
    <span className="work-progress">
      <span
        className="work-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={derived ? `${text} (${t('work.progressDerived')})` : text}
      >
        <span className={shown >= 100 ? 'work-progress-fill work-progress-full' : 'work-progress-fill'} style={{ width: `${shown}%` }} />
      </span>
      <span className="work-progress-value" aria-hidden="true">
        {text}
      </span>
    </span>
  );
}

interface DeadlineProps {
  dueDate: string | null;
  /** Differs from dueDate once rescheduled. */
  baselineDueDate?: string | null;
  standing?: boolean;
}

/** The due date, "Thường xuyên" for a standing directive, and the original date once it moved. */
export function Deadline({ dueDate, baselineDueDate = null, standing = false }: DeadlineProps) {
  const { t, language } = useI18n();
  if (standing) return <span className="work-standing">{t('work.standing')}</span>;
  if (dueDate === null) return <span className="muted">{t('work.noDueDate')}</span>;
  return (
    <>
      <span className="work-date">{formatDate(dueDate, language)}</span>
      {baselineDueDate !== null && baselineDueDate !== dueDate && (
        <span className="cell-detail">{t('work.baselineDue', { date: formatDate(baselineDueDate, language) })}</span>
      )}
    </>
  );
}

const lowerFirst = (text: string, language: string) => text.charAt(0).toLocaleLowerCase(language) + text.slice(1);

interface TimingTextProps {
  status: ItemStatus;
  timing: Timing;
  dueDate: string | null;
  baselineDueDate?: string | null;
}

/** "Trễ 5 tháng" (with the days), "Còn 3 ngày", "Đúng hạn"; and the delay against the original due date. */
export function TimingText({ status, timing, dueDate, baselineDueDate = null }: TimingTextProps) {
  const { t, language } = useI18n();
  const main = timingPhrase(status, timing);
  const baseline = baselinePhrase(dueDate, baselineDueDate, timing);
  const count = (params: Record<string, number>) => ({ count: formatNumber(params.count ?? 0, language) });
  if (!main && !baseline) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('work.noDelay')}</span>
      </span>
    );
  }
  return (
    <span className="work-timing">
      {main && <span className={`work-tone work-tone-${main.tone}`}>{t(main.phrase.key, count(main.phrase.params))}</span>}
      {main?.tone === 'late' && timing.delay.months >= 1 && (
        <span className="cell-detail">{t('work.lateDaysDetail', { count: formatNumber(timing.delay.days, language) })}</span>
      )}
      {baseline && (
        <span className="cell-detail work-baseline">{t('work.againstBaseline', { delay: lowerFirst(t(baseline.key, count(baseline.params)), language) })}</span>
      )}
    </span>
  );
}
