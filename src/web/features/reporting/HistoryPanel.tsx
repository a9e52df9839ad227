// A report's history from the audit trail: who changed which figure from what to what, and
// every step of the workflow with its reason.
import { useCallback, useEffect, useRef } from 'react';
import { formatDate, formatNumber } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { type AuditEntry, fetchAudit } from './api.js';
import { formatDateTime } from './format.js';

const actionKeys: Record<string, MessageKey> = {
  create: 'history.create',
  update: 'history.update',
  submitted: 'history.submitted',
  approved: 'history.approved',
  returned: 'history.returned',
  reopened: 'history.reopened',
};

const fieldKeys: Record<string, MessageKey> = {
  numerator: 'figure.numerator',
  denominator: 'figure.denominator',
  value: 'history.field.value',
  met: 'figure.met',
  done_date: 'figure.doneDate',
  comment: 'figure.comment',
  status: 'report.status',
};

/** Reloads when `version` moves, i.e. after each change to the report; the old list stays meanwhile. */
export function HistoryPanel({ submissionId, version }: { submissionId: number; version: number }) {
  const { t } = useI18n();
  const load = useCallback(() => fetchAudit(submissionId), [submissionId]);
  const history = useResource(load);
  const { reload } = history;
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    reload();
  }, [version, reload]);
  return (
    <section className="card side-panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ResourceView resource={history}>
        {(entries) =>
          entries.length === 0 ? (
            <p className="muted">{t('history.none')}</p>
          ) : (
            <ol className="history">
              {entries.map((entry) => (
                <HistoryItem key={entry.id} entry={entry} />
              ))}
            </ol>
          )
        }
      </ResourceView>
    </section>
  );
}

function HistoryItem({ entry }: { entry: AuditEntry }) {
  const { t, language } = useI18n();
  const changes = Object.entries(entry.changes ?? {}).filter(([field]) => field !== 'status');
  const action = actionKeys[entry.action];
  return (
    <li>
      <p className="history-head">
        <strong>{action ? t(action) : entry.action}</strong>
        {entry.indicatorCode && <span className="figure-code">{entry.indicatorCode}</span>}
      </p>
      <p className="cell-detail">
        {formatDateTime(entry.at, language)} · {entry.actor ? entry.actor.fullName || entry.actor.username : t('history.system')}
      </p>
      {changes.length > 0 && (
        <ul className="history-changes">
          {changes.map(([field, [before, after]]) => (
            <li key={field}>
              {fieldKeys[field] ? t(fieldKeys[field]) : field}: {describe(before, field, language, t)} → {describe(after, field, language, t)}
            </li>
          ))}
        </ul>
      )}
      {entry.reason && <p className="history-reason">{t('history.reason', { reason: entry.reason })}</p>}
    </li>
  );
}

function describe(value: unknown, field: string, language: Language, t: (key: MessageKey) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'met') return t(value === 1 || value === true ? 'figure.metYes' : 'figure.metNo');
  if (field === 'done_date' && typeof value === 'string') return formatDate(value, language);
  if (typeof value === 'number') return formatNumber(value, language);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
