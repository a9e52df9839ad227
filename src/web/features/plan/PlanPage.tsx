import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Plan, PriorResult } from '../../../common/plan.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { planPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { YearSelect } from '../reporting/PeriodPicker.js';
import { chosenYear } from '../reporting/period.js';
import { writesPlans } from './access.js';
import { fetchPlan, fetchPlanYearOf, fetchPlanYears } from './api.js';
import { IndicatorTable } from './IndicatorTable.js';
import { VersionHistory, useDecisionText } from './VersionHistory.js';

/** The plan a visitor reads: the current one, or the year chosen (?nam=2025), with the years to choose from. */
async function loadPlan(year: number | undefined) {
  const [plan, { years }] = await Promise.all([year === undefined ? fetchPlan() : fetchPlanYearOf(year), fetchPlanYears()]);
  return { plan, years };
}

export function PlanPage() {
  const { t } = useI18n();
  usePageTitle(t('plan.pageTitle'));
  const [params] = useSearchParams();
  const year = chosenYear(params);
  const plan = useResource(useCallback(() => loadPlan(year), [year]));
  return <ResourceView resource={plan}>{(data) => <PlanDocument plan={data.plan} years={data.years} />}</ResourceView>;
}

function PlanDocument({ plan, years }: { plan: Plan; years: number[] }) {
  const { t, language } = useI18n();
  const unitNames = useMemo(() => new Map(plan.units.map((unit) => [unit.code, unit.name])), [plan.units]);
  const priorYear = plan.year - 1;
  // The baselines' year: the year before, or that of the plan it was copied from.
  const baselineYear = plan.areas.flatMap((area) => area.indicators).find((indicator) => indicator.baseline)?.baseline?.year ?? priorYear;
  const indicatorCount = plan.areas.reduce((count, area) => count + area.indicators.length, 0);
  const areaHeading = (area: Plan['areas'][number]) => `${area.number}. ${area.name}`;

  const { user } = useSession();
  const decision = useDecisionText();
  const issued = plan.versions[0];
  return (
    <article className="plan">
      <header className="page-header page-header-row">
        <div>
          <h1>{plan.title}</h1>
          <p className="muted">
            {t('plan.meta', {
              year: plan.year,
              unit: plan.unit.name,
              areas: formatNumber(plan.areas.length, language),
              indicators: formatNumber(indicatorCount, language),
            })}
          </p>
          {issued && <p className="muted plan-issued">{t('plans.issuedBy', { decision: decision(issued) })}</p>}
          {user && writesPlans(user) && (
            <p>
              <Link to={planPaths.manage}>{t('plans.manage')}</Link>
            </p>
          )}
        </div>
        {years.length > 1 && <YearSelect years={years} value={plan.year} />}
      </header>

      <nav className="toc" aria-label={t('plan.contents')}>
        <ul>
          <li>
            <a href="#muc-tieu">{t('plan.objectives')}</a>
          </li>
          {plan.areas.map((area) => (
            <li key={area.code}>
              <a href={`#area-${area.code}`}>{areaHeading(area)}</a>
            </li>
          ))}
          <li>
            <a href="#giai-phap">{t('plan.solutions')}</a>
          </li>
          <li>
            <a href="#ket-qua">{t('plan.priorResults', { year: priorYear })}</a>
          </li>
        </ul>
      </nav>

      <section id="muc-tieu" className="plan-section">
        <h2>{t('plan.objectives')}</h2>
        <ol className="numbered">
          {plan.objectives.map((objective) => (
            <li key={objective.number} value={objective.number}>
              {objective.text}
            </li>
          ))}
        </ol>
      </section>

      <h2 className="plan-part">{t('plan.indicators')}</h2>
      {plan.areas.map((area) => (
        <section key={area.code} id={`area-${area.code}`} data-testid={`area-${area.code}`} className="plan-section">
          <h3>{areaHeading(area)}</h3>
          <IndicatorTable
            caption={t('plan.areaIndicators', { name: area.name })}
            indicators={area.indicators}
            baselineYear={baselineYear}
            unitNames={unitNames}
          />
        </section>
      ))}

      <section id="giai-phap" className="plan-section">
        <h2>{t('plan.solutions')}</h2>
        <div className="solution-groups">
          {plan.solutionGroups.map((group) => (
            <section key={group.code} className="solution-group">
              <h3>
                {group.number}. {group.name}
              </h3>
              <ol className="numbered">
                {group.items.map((item) => (
                  <li key={item.number} value={item.number}>
                    {item.text}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </section>

      <VersionHistory plan={plan} />

      <section id="ket-qua" className="plan-section">
        <h2>{t('plan.priorResults', { year: priorYear })}</h2>
        {groupBySection(plan.priorResults).map(({ section, heading, results }) => (
          <section key={section} className="prior-results">
            <h3>
              {section}. {heading}
            </h3>
            <ul>
              {results.map((result) => (
                <li key={result.text}>
                  {result.text}
                  {result.indicatorCode && (
                    <>
                      {' '}
                      <a className="indicator-link" href={`#indicator-${result.indicatorCode}`}>
                        {t('plan.relatedIndicator', { code: result.indicatorCode })}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}

function groupBySection(results: PriorResult[]) {
  const groups = new Map<string, { section: string; heading: string; results: PriorResult[] }>();
  for (const result of results) {
    const group = groups.get(result.section) ?? { section: result.section, heading: result.heading, results: [] };
    group.results.push(result);
    groups.set(result.section, group);
  }
  return [...groups.values()];
}
