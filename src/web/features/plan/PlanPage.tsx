import { useMemo } from 'react';
import type { Plan, PriorResult } from '../../../common/plan.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { fetchPlan } from './api.js';
import { IndicatorTable } from './IndicatorTable.js';

export function PlanPage() {
  const { t } = useI18n();
  usePageTitle(t('plan.pageTitle'));
  const plan = useResource(fetchPlan);
  return <ResourceView resource={plan}>{(data) => <PlanDocument plan={data} />}</ResourceView>;
}

function PlanDocument({ plan }: { plan: Plan }) {
  const { t, language } = useI18n();
  const unitNames = useMemo(() => new Map(plan.units.map((unit) => [unit.code, unit.name])), [plan.units]);
  const priorYear = plan.year - 1;
  const indicatorCount = plan.areas.reduce((count, area) => count + area.indicators.length, 0);
  const areaHeading = (area: Plan['areas'][number]) => `${area.number}. ${area.name}`;

  return (
    <article className="plan">
      <header className="page-header">
        <h1>{plan.title}</h1>
        <p className="muted">
          {t('plan.meta', {
            year: plan.year,
            unit: plan.unit.name,
            areas: formatNumber(plan.areas.length, language),
            indicators: formatNumber(indicatorCount, language),
          })}
        </p>
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
            baselineYear={priorYear}
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
