// A plan's versions: the decision that issued it and each amendment, with what changed, from which
// month, why, and its signed document.
import type { Plan, PlanChange, PlanVersion } from '../../../common/plan.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { versionDocumentUrl } from './api.js';
import './plan.css';

/** "Kế hoạch số 15/KH-UBND ngày 02/01/2025" or what is known of it. */
export function useDecisionText() {
  const { t, language } = useI18n();
  return (version: Pick<PlanVersion, 'decisionNumber' | 'decisionDate' | 'signer'>) =>
    [version.decisionNumber ?? t('plans.decisionUnknown'), version.decisionDate && formatDate(version.decisionDate, language), version.signer].filter(Boolean).join(' · ');
}

function ChangeList({ changes }: { changes: PlanChange[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return <span aria-hidden="true">—</span>;
  return (
    <ul className="plan-changes">
      {changes.map((change, index) => (
        <li key={index}>
          <strong>
            {change.code && `${change.code} · `}
            {t(`plans.change.${change.field}`)}
          </strong>
          {change.field === 'added' || change.field === 'objectives' || change.field === 'solutions' ? null : (
            <>
              {': '}
              <del>{change.before ?? '—'}</del> → <ins>{change.after ?? '—'}</ins>
            </>
          )}
          {change.field === 'added' && <>: {change.after}</>}
        </li>
      ))}
    </ul>
  );
}

export function VersionHistory({ plan }: { plan: Pick<Plan, 'id' | 'year' | 'versions'> }) {
  const { t } = useI18n();
  const decision = useDecisionText();
  const columns: Column<PlanVersion>[] = [
    { key: 'number', header: t('plans.version'), className: 'col-code', render: (version) => `${version.number} · ${t(`plans.version.${version.kind}`)}` },
    { key: 'decision', header: t('plans.decision'), render: decision },
    {
      key: 'effective',
      header: t('plans.effective'),
      render: (version) => (
        <>
          {t('plans.monthOption', { month: version.effectiveMonth, year: plan.year })}
          {version.retroactive && <span className="badge badge-maintain">{t('plans.retroactiveBadge')}</span>}
        </>
      ),
    },
    {
      key: 'changes',
      header: t('plans.changes'),
      render: (version) => (
        <>
          {version.reason && <p className="plan-reason">{version.reason}</p>}
          <ChangeList changes={version.changes} />
        </>
      ),
    },
    {
      key: 'document',
      header: t('plans.signed'),
      render: (version) =>
        version.document ? (
          <a href={versionDocumentUrl(plan.id, version.number)} download>
            {version.document.fileName}
          </a>
        ) : (
          <span className="muted">{t('plans.noDocument')}</span>
        ),
    },
  ];
  if (plan.versions.length === 0) return null;
  return (
    <section className="plan-section" id="lich-su" aria-labelledby="plan-history">
      <h2 id="plan-history">{t('plans.history')}</h2>
      <DataTable
        caption={t('plans.history')}
        columns={columns}
        rows={plan.versions}
        rowKey={(version) => version.number}
        rowAttributes={(version) => ({ 'data-testid': `version-${version.number}` })}
      />
    </section>
  );
}
