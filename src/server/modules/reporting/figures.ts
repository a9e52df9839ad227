// One indicator's figure as a unit reports it: checking what was typed, and reading it back.
import type { IndicatorKind } from '../../../common/plan.js';
import type { Figure, FigureInput } from '../../../common/reporting.js';
import { isIsoDate } from '../../../common/vietnam-time.js';
import type { Localized } from '../../lib/errors.js';

/** The stored columns of a figure. */
export interface FigureColumns {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  met: number | null;
  done_date: string | null;
  comment: string | null;
}

export interface FigureRule {
  kind: IndicatorKind;
  measureUnit: string;
}

export type FieldErrors = Record<string, Localized>;

const wholeNonNegative = (value: number) => Number.isInteger(value) && value >= 0;

/** Checks one typed figure against its indicator's kind; errors are keyed by field name. */
export function checkFigure(rule: FigureRule, input: FigureInput): { columns: FigureColumns; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const comment = input.comment?.trim() || null;
  const columns: FigureColumns = { numerator: null, denominator: null, value: null, met: null, done_date: null, comment };
  if (rule.kind === 'ratio') {
    const numerator = input.numerator ?? null;
    const denominator = input.denominator ?? null;
    for (const [field, figure] of [['numerator', numerator], ['denominator', denominator]] as const) {
      if (figure !== null && !wholeNonNegative(figure)) {
        errors[field] = { vi: 'Phải là số nguyên không âm.', en: 'Must be a whole number, not negative.' };
      }
    }
    if ((numerator === null) !== (denominator === null)) {
      errors[numerator === null ? 'numerator' : 'denominator'] = {
        vi: 'Nhập cả tử số và mẫu số.',
        en: 'Enter both the numerator and the denominator.',
      };
    } else if (numerator !== null && denominator !== null && numerator > denominator) {
      errors.numerator = { vi: 'Tử số không được lớn hơn mẫu số.', en: 'The numerator cannot exceed the denominator.' };
    }
    columns.numerator = numerator;
    columns.denominator = denominator;
  } else if (rule.kind === 'value') {
    const value = input.value ?? null;
    if (value !== null && (value < 0 || (rule.measureUnit === '%' && value > 100))) {
      errors.value = rule.measureUnit === '%'
        ? { vi: 'Tỷ lệ phải từ 0 đến 100.', en: 'A percentage is between 0 and 100.' }
        : { vi: 'Không được âm.', en: 'Cannot be negative.' };
    }
    columns.value = value;
  } else if (rule.kind === 'unit_count') {
    columns.met = input.met === undefined || input.met === null ? null : Number(input.met);
  } else {
    const doneDate = input.doneDate?.trim() || null;
    if (doneDate !== null && !isIsoDate(doneDate)) {
      errors.doneDate = { vi: 'Ngày hoàn thành không hợp lệ (yyyy-mm-dd).', en: 'Invalid completion date (yyyy-mm-dd).' };
    }
    columns.done_date = doneDate;
  }
  return { columns, errors };
}

export const hasFigure = (columns: FigureColumns): boolean =>
  columns.numerator !== null || columns.value !== null || columns.met !== null || columns.done_date !== null;

/** The number a figure stands for, to compare periods: the ratio's percentage or the value. */
export function figurePercent(columns: FigureColumns): number | null {
  if (columns.numerator !== null && columns.denominator !== null) {
    return columns.denominator === 0 ? null : (columns.numerator / columns.denominator) * 100;
  }
  return columns.value;
}

/** A move from the previous period larger than the calendar's share needs an explanation. */
export function needsExplanation(previous: FigureColumns | undefined, current: FigureColumns, warningPercent: number): boolean {
  if (!previous) return false;
  const before = figurePercent(previous);
  const now = figurePercent(current);
  if (before === null || now === null) return false;
  if (before === 0) return now !== 0;
  return (Math.abs(now - before) / Math.abs(before)) * 100 > warningPercent;
}

export const presentFigure = (columns: FigureColumns): Figure => ({
  numerator: columns.numerator,
  denominator: columns.denominator,
  value: columns.value,
  met: columns.met === null ? null : columns.met === 1,
  doneDate: columns.done_date,
  comment: columns.comment,
  percent: figurePercent(columns),
});
