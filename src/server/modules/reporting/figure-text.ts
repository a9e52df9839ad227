// A figure written the way Vietnamese documents write it: "98,27% (23.391/23.802)", "7/17 đơn vị",
// "Hoàn thành 20/09/2024". One writer for the monthly report and for the baselines a copied plan carries.
import type { IndicatorKind } from '../../../common/plan.js';
import type { StageResult } from '../../../common/reporting.js';
import type { IsoDate } from '../../../common/vietnam-time.js';

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** "23.391", "98,27": Vietnamese grouping and decimal marks. */
export const formatNumber = (value: number) => numbers.format(value);
export const formatDate = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export interface FigureText {
  /** The headline as a number: a percentage for ratios, a count of units, a value; null for milestones and no data. */
  number: number | null;
  text: string;
}

export function figureText(indicator: { kind: IndicatorKind; measureUnit: string; expectedUnits: number }, stage: StageResult): FigureText {
  if (stage.value === null) return { number: null, text: 'Chưa có số liệu' };
  switch (indicator.kind) {
    case 'ratio': {
      const fraction = stage.numerator !== null && stage.denominator !== null ? ` (${formatNumber(stage.numerator)}/${formatNumber(stage.denominator)})` : '';
      return { number: stage.value, text: `${formatNumber(stage.value)}%${fraction}` };
    }
    case 'unit_count':
      return { number: stage.unitsMet ?? 0, text: `${formatNumber(stage.unitsMet ?? 0)}/${formatNumber(indicator.expectedUnits)} đơn vị` };
    case 'value':
      return { number: stage.value, text: `${formatNumber(stage.value)} ${indicator.measureUnit}`.trim() };
    case 'milestone':
      return { number: null, text: stage.doneDate ? `Hoàn thành ${formatDate(stage.doneDate)}` : 'Chưa hoàn thành' };
  }
}
