import { describe, expect, it } from 'vitest';
import { type FigureDraft, changeFromPrevious, checkDraft, draftFromFigure, parseNumber } from './figure-draft.js';

const empty: FigureDraft = { numerator: '', denominator: '', value: '', met: null, doneDate: '', comment: '' };
const ratio = { code: 'CQS-08', kind: 'ratio', measureUnit: '%' } as const;
const percentValue = { code: 'KTS-01', kind: 'value', measureUnit: '%' } as const;

describe('parseNumber', () => {
  it('reads Vietnamese grouping and decimal comma', () => {
    expect(parseNumber('23.391', 'vi')).toBe(23391);
    expect(parseNumber('1.234.567', 'vi')).toBe(1234567);
    expect(parseNumber('15,6', 'vi')).toBe(15.6);
    expect(parseNumber(' 41 ', 'vi')).toBe(41);
    // Not a grouping (two digits after the dot): a decimal.
    expect(parseNumber('15.6', 'vi')).toBe(15.6);
  });

  it('reads English grouping and decimal point', () => {
    expect(parseNumber('23,391', 'en')).toBe(23391);
    expect(parseNumber('15.6', 'en')).toBe(15.6);
    expect(parseNumber('15,6', 'en')).toBeNaN();
  });

  it('tells empty from not a number', () => {
    expect(parseNumber('', 'vi')).toBeNull();
    expect(parseNumber('mười', 'vi')).toBeNaN();
    expect(parseNumber('-3', 'vi')).toBe(-3);
  });
});

describe('checkDraft', () => {
  it('computes a ratio as typed and sends whole numbers', () => {
    const checked = checkDraft(ratio, { ...empty, numerator: '30', denominator: '50', comment: '  ' }, 'vi');
    expect(checked.errors).toEqual({});
    expect(checked.percent).toBe(60);
    expect(checked.input).toEqual({ indicatorCode: 'CQS-08', numerator: 30, denominator: 50, comment: null });
  });

  it('mirrors the server: whole, not negative, both parts, numerator ≤ denominator', () => {
    expect(checkDraft(ratio, { ...empty, numerator: '1,5', denominator: '4' }, 'vi').errors).toEqual({ numerator: 'figure.error.wholeNumber' });
    expect(checkDraft(ratio, { ...empty, numerator: '-1', denominator: '4' }, 'vi').errors).toEqual({ numerator: 'figure.error.wholeNumber' });
    expect(checkDraft(ratio, { ...empty, numerator: '3' }, 'vi').errors).toEqual({ denominator: 'figure.error.bothNeeded' });
    expect(checkDraft(ratio, { ...empty, numerator: '60', denominator: '50' }, 'vi').errors).toEqual({ numerator: 'figure.error.numeratorAbove' });
    expect(checkDraft(ratio, { ...empty, numerator: 'abc', denominator: '50' }, 'vi').errors).toEqual({ numerator: 'figure.error.notNumber' });
  });

  it('has no percentage for a zero denominator', () => {
    expect(checkDraft(ratio, { ...empty, numerator: '0', denominator: '0' }, 'vi')).toMatchObject({ errors: {}, percent: null });
  });

  it('keeps percentages between 0 and 100', () => {
    expect(checkDraft(percentValue, { ...empty, value: '15,6' }, 'vi')).toMatchObject({ errors: {}, percent: 15.6, input: { value: 15.6 } });
    expect(checkDraft(percentValue, { ...empty, value: '101' }, 'vi').errors).toEqual({ value: 'figure.error.percentRange' });
    expect(checkDraft({ ...percentValue, measureUnit: 'đơn vị' }, { ...empty, value: '-2' }, 'vi').errors).toEqual({ value: 'figure.error.negative' });
  });

  it('passes unit counts and milestone dates through, checking the date', () => {
    expect(checkDraft({ code: 'CQS-12', kind: 'unit_count', measureUnit: 'phường, xã' }, { ...empty, met: true }, 'vi').input.met).toBe(true);
    const milestone = { code: 'DTTM-01', kind: 'milestone', measureUnit: 'mốc' } as const;
    expect(checkDraft(milestone, { ...empty, doneDate: '2024-06-30' }, 'vi')).toMatchObject({ errors: {}, input: { doneDate: '2024-06-30' } });
    expect(checkDraft(milestone, { ...empty, doneDate: '2024-02-30' }, 'vi').errors).toEqual({ doneDate: 'figure.error.date' });
  });
});

describe('changeFromPrevious', () => {
  it('asks for a comment beyond the calendar’s share, as the server does', () => {
    expect(changeFromPrevious(40, 60, 50)).toEqual({ change: 50, needsComment: false });
    expect(changeFromPrevious(40, 61, 50)?.needsComment).toBe(true);
    expect(changeFromPrevious(0, 5, 50)?.needsComment).toBe(true);
    expect(changeFromPrevious(0, 0, 50)?.needsComment).toBe(false);
    expect(changeFromPrevious(null, 5, 50)).toBeNull();
    expect(changeFromPrevious(40, null, 50)).toBeNull();
  });
});

describe('draftFromFigure', () => {
  it('writes stored figures back in the language’s decimal sign', () => {
    const figure = { numerator: null, denominator: null, value: 15.6, met: null, doneDate: null, comment: 'x', percent: 15.6 };
    expect(draftFromFigure(figure, 'vi')).toMatchObject({ value: '15,6', comment: 'x', numerator: '' });
    expect(draftFromFigure(figure, 'en').value).toBe('15.6');
    expect(draftFromFigure(null, 'vi')).toEqual(empty);
  });
});
