// /ke-hoach/tinh: the province leader's view over the cities: each indicator of the province's plan,
// each city indicator linked to it with the city's approved figure to the month, against the city's target.
import { useCallback, useState } from 'react';
import type { ProvinceRollup } from '../../../common/plan.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { AchievementBadge } from '../reporting/badges.js';
import { todayInVietnam } from '../reporting/period.js';
import { fetchProvinceRollup } from './api.js';
import './plan.css';

type Contribution = ProvinceRollup['indicators'][number]['contributions'][number];

export function ProvinceRollupPage() {
  const { t } = useI18n();
  usePageTitle(t('province.pageTitle'));
  const today = todayInVietnam();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const rollup = useResource(useCallback(() => fetchProvinceRollup(year, month), [year, month]));
  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1>{t('province.pageTitle')}</h1>
          <p className="muted">{t('province.intro')}</p>
        </div>
        <div className="period-picker">
          <Field label={t('planYear.label')}>
            {(control) => <input {...control} type="number" min={2000} max={2100} value={year} onChange={(event) => setYear(Number(event.target.value) || year)} />}
          </Field>
          <Field label={t('province.month')}>
            {(control) => (
              <select {...control} value={month} onChange={(event) => setMonth(Number(event.target.value))}>
                {Array.from({ length: 12 }, (_, index) => index + 1).map((option) => (
                  <option key={option} value={option}>
                    {t('plans.monthOption', { month: option, year })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </header>
      <ResourceView resource={rollup}>{(data) => <Rollup data={data} />}</ResourceView>
    </>
  );
}

function Rollup({ data }: { data: ProvinceRollup }) {
  const { t } = useI18n();
  const columns: Column<Contribution>[] = [
    { key: 'city', header: t('province.city'), render: (row) => row.city.name },
    { key: 'indicator', header: t('province.cityIndicator'), render: (row) => `${row.code} · ${row.text}` },
    { key: 'target', header: t('province.cityTarget'), className: 'col-target', render: (row) => row.target.text },
    { key: 'result', header: t('province.result'), render: (row) => row.approved.text },
    { key: 'status', header: t('province.status'), render: (row) => <AchievementBadge status={row.approved.status} /> },
  ];
  if (!data.plan) return <p className="empty">{t('province.noPlan', { year: data.year })}</p>;
  return (
    <>
      {data.citiesWithoutPlan.length > 0 && (
        <p className="notice notice-info">{t('province.withoutPlan', { year: data.year, cities: data.citiesWithoutPlan.map((city) => city.name).join(', ') })}</p>
      )}
      {data.indicators.map((indicator) => (
        <section key={indicator.code} className="plan-section" data-testid={`province-${indicator.code}`}>
          <h2>
            {indicator.code} · {indicator.text}
          </h2>
          <p className="muted">
            <strong>{indicator.target.text}</strong>
            {indicator.dtiCriterion && ` · ${t('province.dti', { code: indicator.dtiCriterion })}`}
          </p>
          <DataTable caption={indicator.text} columns={columns} rows={indicator.contributions} rowKey={(row) => `${row.city.code}:${row.code}`} empty={t('province.noLinks')} />
        </section>
      ))}
    </>
  );
}
