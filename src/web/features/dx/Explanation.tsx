// What a score is made of: pillar → component → the figures, each indicator linked to its page.
// Points are shown as the server counts them (0.1 steps), so the lines add up to the total.
import { useCallback } from 'react';
import { Link } from 'react-router';
import type { DxComponentScore, DxExplanation } from '../../../common/dx.js';
import { formatNumber } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import { indicatorPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { Dialog } from '../../components/Dialog.js';
import { ResourceView } from '../../components/Feedback.js';
import { formatFraction, formatPercent } from '../reporting/format.js';
import { periodPhrase } from '../reporting/period.js';
import { fetchExplanation } from './api.js';
import { formatPoints } from './format.js';

function FigureText({ component, language }: { component: DxComponentScore; language: Language }) {
  const { t } = useI18n();
  if (component.noData) return <span className="dx-no-data">{t('dx.noData')}</span>;
  const count = formatNumber(component.numerator ?? 0, language);
  const total = formatNumber(component.denominator ?? 0, language);
  if (component.kind === 'reporting_timeliness') return <>{t('dx.reportsOnTime', { count, total })}</>;
  if (component.kind === 'field_report_on_time') return <>{t('dx.fieldReportsOnTime', { count, total })}</>;
  if (component.met !== null) return <>{t(component.met ? 'dx.met' : 'dx.notMet')}</>;
  return (
    <>
      {component.value === null ? '—' : formatPercent(component.value, language)}
      {component.numerator !== null && component.denominator !== null && (
        <span className="cell-detail">{formatFraction(component.numerator, component.denominator, language)}</span>
      )}
    </>
  );
}

function ComponentName({ component, month }: { component: DxComponentScore; month: number }) {
  const { t } = useI18n();
  if (component.kind !== 'indicator') return <>{t(`dx.kind.${component.kind}`)}</>;
  if (component.indicatorCode === null) return <>{component.label}</>;
  return (
    <>
      <Link to={indicatorPath(component.indicatorCode, month)} className="figure-code">
        {component.indicatorCode}
      </Link>{' '}
      {component.label}
    </>
  );
}

/** The columns, and whether each holds figures (right-aligned). */
const headings = [
  ['dx.component', false],
  ['dx.figure', false],
  ['dx.target', true],
  ['dx.achievement', true],
  ['dx.maxPoints', true],
  ['dx.points', true],
] as const;

export function ExplanationTable({ explanation }: { explanation: DxExplanation }) {
  const { t, language } = useI18n();
  const points = (value: number) => formatPoints(value, language);
  return (
    <div className="table-scroll">
      <table className="data-table dx-explanation">
        <caption className="visually-hidden">{t('dx.explanationCaption')}</caption>
        <thead>
          <tr>
            {headings.map(([key, numeric]) => (
              <th key={key} scope="col" className={numeric ? 'col-number' : undefined}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        {explanation.pillars.map((pillar) => (
          <tbody key={pillar.code}>
            <tr className="dx-pillar-row">
              <th scope="rowgroup" colSpan={5}>
                {t(`dx.pillar.${pillar.code}`)}
              </th>
              <td className="col-number">{t('dx.pillarPoints', { points: points(pillar.points), weight: points(pillar.weight) })}</td>
            </tr>
            {pillar.components.map((component) => (
              <tr key={`${component.kind}:${component.indicatorCode ?? ''}`} className={component.noData ? 'dx-row-no-data' : undefined}>
                <td>
                  <ComponentName component={component} month={explanation.month} />
                </td>
                <td>
                  <FigureText component={component} language={language} />
                </td>
                <td className="col-number">{component.target === null ? '—' : formatPercent(component.target, language, 0)}</td>
                <td className="col-number">{component.achievement === null ? '—' : formatPercent(component.achievement, language, 1)}</td>
                <td className="col-number">{points(component.maxPoints)}</td>
                <td className="col-number">
                  <strong>{points(component.points)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('dx.total')}
            </th>
            <td className="col-number" data-testid="dx-total">
              <strong>{points(explanation.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Opens with a ward's (or the city's) explanation for the period. */
export function ExplanationDialog({ unitCode, name, year, month, onClose }: { unitCode: string; name: string; year: number; month: number; onClose: () => void }) {
  const { t, language } = useI18n();
  const load = useCallback(() => fetchExplanation(unitCode, year, month), [unitCode, year, month]);
  const explanation = useResource(load);
  return (
    <Dialog title={t('dx.explanationTitle', { name, period: periodPhrase({ year, month }, language) })} onClose={onClose}>
      <p className="muted">{t('dx.explanationIntro')}</p>
      <ResourceView resource={explanation}>{(data) => <ExplanationTable explanation={data} />}</ResourceView>
    </Dialog>
  );
}
