// /ke-hoach/quan-ly: the plans of the user's city (or province) year by year, and a new year's draft:
// a copy of last year's (baselines from its approved results) or blank.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PlanSummary } from '../../../common/plan.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { planEditorPath, planPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice, ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { todayInVietnam } from '../reporting/period.js';
import { writesPlans } from './access.js';
import { createPlan, fetchPlans, forgetPlans, templateUrl } from './api.js';
import { StatusBadge } from './StatusBadge.js';
import './plan.css';

export function PlansPage() {
  const { t } = useI18n();
  usePageTitle(t('plans.pageTitle'));
  const plans = useResource(fetchPlans);
  const { user } = useSession();
  const province = user?.unit.kind === 'province';
  return (
    <>
      <header className="page-header">
        <h1>{t('plans.pageTitle')}</h1>
        <p className="muted">{t('plans.intro')}</p>
        {province && (
          <p>
            <Link to={planPaths.province}>{t('plans.provinceRollup')}</Link>
          </p>
        )}
      </header>
      <ResourceView resource={plans}>
        {(data) => (
          <>
            <PlanList plans={province ? data.filter((plan) => plan.unitCode === user.unit.code) : data.filter((plan) => plan.unitKind === 'city')} />
            {user && writesPlans(user) && <NewPlan plans={data} unit={province ? user.unit.code : undefined} />}
          </>
        )}
      </ResourceView>
    </>
  );
}

function PlanList({ plans }: { plans: PlanSummary[] }) {
  const { t } = useI18n();
  const columns: Column<PlanSummary>[] = [
    { key: 'year', header: t('plans.year'), className: 'col-code', render: (plan) => plan.year },
    { key: 'title', header: t('plans.title'), render: (plan) => <Link to={planEditorPath(plan.id)}>{plan.title}</Link> },
    { key: 'unit', header: t('plans.unit'), render: (plan) => plan.unitName },
    { key: 'status', header: t('plans.status'), render: (plan) => <StatusBadge plan={plan} /> },
    { key: 'decision', header: t('plans.decision'), render: (plan) => plan.decisionNumber ?? '—' },
  ];
  return (
    <section className="card">
      <DataTable
        caption={t('plans.pageTitle')}
        columns={columns}
        rows={plans}
        rowKey={(plan) => plan.id}
        rowAttributes={(plan) => ({ 'data-testid': `plan-${plan.unitCode}-${plan.year}` })}
        empty={t('plans.none')}
      />
    </section>
  );
}

function NewPlan({ plans, unit }: { plans: PlanSummary[]; unit: string | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const mine = plans.filter((plan) => (unit === undefined ? plan.unitKind === 'city' : plan.unitCode === unit));
  // The first year from this one on without a plan.
  const taken = new Set(mine.map((plan) => plan.year));
  let suggested = Number(todayInVietnam().slice(0, 4));
  while (taken.has(suggested)) suggested += 1;
  const [year, setYear] = useState(String(suggested));
  const [from, setFrom] = useState<'copy' | 'blank'>(mine.length > 0 ? 'copy' : 'blank');
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () => {
      const plan = await createPlan({ ...(unit ? { unit } : {}), year: Number(year), from });
      forgetPlans();
      await navigate(planEditorPath(plan.id));
    },
    { keepBusy: true },
  );
  return (
    <section className="card" aria-labelledby="new-plan">
      <h2 id="new-plan">{t('plans.create')}</h2>
      <form className="form" onSubmit={onSubmit}>
        <ErrorNotice error={Object.keys(fieldErrors).length === 0 ? error : undefined} />
        <div className="toolbar">
          <Field label={t('plans.createYear')} error={fieldErrors.year}>
            {(control) => <input {...control} type="number" min={2000} max={2100} value={year} onChange={(event) => setYear(event.target.value)} />}
          </Field>
          <Field label={t('plans.from')} error={fieldErrors.sourcePlanId}>
            {(control) => (
              <select {...control} value={from} onChange={(event) => setFrom(event.target.value === 'copy' ? 'copy' : 'blank')}>
                <option value="copy">{t('plans.from.copy')}</option>
                <option value="blank">{t('plans.from.blank')}</option>
              </select>
            )}
          </Field>
        </div>
        <div className="form-actions">
          <a className="button" href={templateUrl(Number(year) || suggested, unit)} download>
            {t('plans.template')}
          </a>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('plans.createSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
