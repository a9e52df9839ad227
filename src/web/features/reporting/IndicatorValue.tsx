// An indicator's city value as people read it, whatever its kind.
import type { IndicatorRollup, StageResult } from '../../../common/reporting.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { formatFraction, formatMeasure, formatPercent } from './format.js';

type Rule = Pick<IndicatorRollup, 'kind' | 'measureUnit' | 'expectedUnits'>;

/** The headline figure: "48,41%", "7/17 đơn vị", "Hoàn thành 20/09/2024". */
export function StageValue({ rule, stage }: { rule: Rule; stage: StageResult }) {
  const { t, language } = useI18n();
  if (stage.value === null) return <span className="muted">{t('achievement.no_data')}</span>;
  switch (rule.kind) {
    case 'ratio':
      return <>{formatPercent(stage.value, language)}</>;
    case 'unit_count':
      return <>{t('indicatorValue.unitsMet', { met: formatNumber(stage.unitsMet ?? 0, language), total: formatNumber(rule.expectedUnits, language) })}</>;
    case 'value':
      return <>{formatMeasure(stage.value, rule.measureUnit, language)}</>;
    case 'milestone':
      return <>{stage.doneDate ? t('figure.doneOn', { date: formatDate(stage.doneDate, language) }) : t('figure.notDone')}</>;
  }
}

/** What the headline is made of: "6.415/13.251 · 11/17 đơn vị đã báo cáo". */
export function StageDetail({ rule, stage }: { rule: Rule; stage: StageResult }) {
  const { t, language } = useI18n();
  if (stage.value === null) return null;
  const parts: string[] = [];
  if (rule.kind === 'ratio' && stage.numerator !== null && stage.denominator !== null) {
    parts.push(formatFraction(stage.numerator, stage.denominator, language));
  }
  if (rule.kind === 'unit_count') parts.push(formatPercent(stage.value, language));
  if (rule.expectedUnits > 1) {
    parts.push(t('indicatorValue.unitsReported', { count: formatNumber(stage.unitsReported, language), total: formatNumber(rule.expectedUnits, language) }));
  }
  return parts.length === 0 ? null : <span className="cell-detail">{parts.join(' · ')}</span>;
}

/** Whether the provisional figure says something the approved one does not. */
export const provisionalDiffers = (rollup: IndicatorRollup) =>
  rollup.provisional.value !== rollup.approved.value ||
  rollup.provisional.unitsReported !== rollup.approved.unitsReported ||
  rollup.provisional.doneDate !== rollup.approved.doneDate;
