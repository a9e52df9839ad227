// What an officer types for one indicator, checked in the browser by the server's own rules
// (figures.ts on the server) so that mistakes show while typing; the server still decides.
import type { IndicatorKind } from '../../../common/plan.js';
import type { Figure, FigureInput } from '../../../common/reporting.js';
import { isIsoDate } from '../../../common/vietnam-time.js';
import type { Language } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';

/** The form's fields for one indicator, as typed. */
export interface FigureDraft {
  numerator: string;
  denominator: string;
  value: string;
  met: boolean | null;
  doneDate: string;
  comment: string;
}

export type DraftField = keyof FigureDraft;

export interface DraftRule {
  code: string;
  kind: IndicatorKind;
  measureUnit: string;
}

export interface CheckedDraft {
  /** What to send; only meaningful when there are no errors. */
  input: FigureInput;
  errors: Partial<Record<DraftField, MessageKey>>;
  /** The ratio's percentage or the value, as the server computes it to compare months. */
  percent: number | null;
}

const blank = /[\s\u00a0\u202f]/g;

/**
 * Typed text → number: null when empty, NaN when it is not a number. Vietnamese writes
 * "23.391" and "15,6", English "23,391" and "15.6"; a lone "15.6" is read as a decimal in both.
 */
export function parseNumber(text: string, language: Language): number | null {
  const compact = text.replace(blank, '');
  if (compact === '') return null;
  let plain: string;
  if (language === 'vi') {
    plain = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact) ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(',', '.');
  } else {
    plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact;
  }
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** A number as it is typed back into an input: no grouping, the language's decimal sign. */
export function numberInputText(value: number | null, language: Language): string {
  if (value === null) return '';
  const text = String(value);
  return language === 'vi' ? text.replace('.', ',') : text;
}

export function draftFromFigure(figure: Figure | null, language: Language): FigureDraft {
  return {
    numerator: numberInputText(figure?.numerator ?? null, language),
    denominator: numberInputText(figure?.denominator ?? null, language),
    value: numberInputText(figure?.value ?? null, language),
    met: figure?.met ?? null,
    doneDate: figure?.doneDate ?? '',
    comment: figure?.comment ?? '',
  };
}

export const sameDraft = (a: FigureDraft, b: FigureDraft) =>
  a.numerator.trim() === b.numerator.trim() &&
  a.denominator.trim() === b.denominator.trim() &&
  a.value.trim() === b.value.trim() &&
  a.met === b.met &&
  a.doneDate === b.doneDate &&
  a.comment.trim() === b.comment.trim();

export const isEmptyDraft = (draft: FigureDraft) =>
  sameDraft(draft, { numerator: '', denominator: '', value: '', met: null, doneDate: '', comment: '' });

function wholeCount(value: number | null): MessageKey | undefined {
  if (value === null) return undefined;
  if (Number.isNaN(value)) return 'figure.error.notNumber';
  return Number.isInteger(value) && value >= 0 ? undefined : 'figure.error.wholeNumber';
}

/** Checks a draft against its indicator's kind, as the server will. */
export function checkDraft(rule: DraftRule, draft: FigureDraft, language: Language): CheckedDraft {
  const errors: CheckedDraft['errors'] = {};
  const input: FigureInput = { indicatorCode: rule.code, comment: draft.comment.trim() || null };
  let percent: number | null = null;
  switch (rule.kind) {
    case 'ratio': {
      const numerator = parseNumber(draft.numerator, language);
      const denominator = parseNumber(draft.denominator, language);
      errors.numerator = wholeCount(numerator);
      errors.denominator = wholeCount(denominator);
      if (!errors.numerator && !errors.denominator) {
        if ((numerator === null) !== (denominator === null)) {
          errors[numerator === null ? 'numerator' : 'denominator'] = 'figure.error.bothNeeded';
        } else if (numerator !== null && denominator !== null) {
          if (numerator > denominator) errors.numerator = 'figure.error.numeratorAbove';
          else if (denominator > 0) percent = (numerator / denominator) * 100;
        }
      }
      input.numerator = numerator;
      input.denominator = denominator;
      break;
    }
    case 'value': {
      const value = parseNumber(draft.value, language);
      if (value !== null) {
        if (Number.isNaN(value)) errors.value = 'figure.error.notNumber';
        else if (rule.measureUnit === '%' && (value < 0 || value > 100)) errors.value = 'figure.error.percentRange';
        else if (value < 0) errors.value = 'figure.error.negative';
        else percent = value;
      }
      input.value = value;
      break;
    }
    case 'unit_count':
      input.met = draft.met;
      break;
    case 'milestone': {
      const doneDate = draft.doneDate.trim() || null;
      if (doneDate !== null && !isIsoDate(doneDate)) errors.doneDate = 'figure.error.date';
      input.doneDate = doneDate;
      break;
    }
  }
  for (const field of Object.keys(errors) as DraftField[]) if (errors[field] === undefined) delete errors[field];
  return { input, errors, percent };
}

/**
 * How far a figure moved from the previous month, in % of the previous figure, and whether that
 * is more than the calendar allows without a comment (the server's needsExplanation).
 */
export function changeFromPrevious(
  previous: number | null | undefined,
  current: number | null,
  warningPercent: number,
): { change: number; needsComment: boolean } | null {
  if (previous === null || previous === undefined || current === null) return null;
  if (previous === 0) return current === 0 ? { change: 0, needsComment: false } : { change: Number.POSITIVE_INFINITY, needsComment: true };
  const change = (Math.abs(current - previous) / Math.abs(previous)) * 100;
  return { change, needsComment: change > warningPercent };
}
