import { describe, expect, it } from 'vitest';
import { type IndicatorRule, type MonthSums, assess, monthValue, projectToDecember, yearToDate } from './achievement.js';

const sums = (month: number, partial: Partial<MonthSums>): MonthSums => ({
  month,
  units: 1,
  numerator: 0,
  denominator: 0,
  valueSum: 0,
  met: 0,
  done: 0,
  latestDoneDate: null,
  ...partial,
});
const ratio = (measureType: 'flow' | 'stock', target = 55): IndicatorRule => ({
  kind: 'ratio',
  measureType,
  target: { text: `${target}%`, value: target, comparator: 'gte', dueDate: null },
  expectedUnits: 17,
});

describe('rollup rules', () => {
  it('takes the ratio of the sums, never the average of the wards’ ratios', () => {
    // Ward A: 9/10 = 90%, ward B: 10/100 = 10%. Average of ratios would be 50%; the city is 19/110.
    const city = monthValue(ratio('flow'), sums(5, { units: 2, numerator: 19, denominator: 110 }));
    expect(city).toBeCloseTo(17.27, 2);
  });

  it('counts the units that meet a "17/17 phường, xã" indicator against every reporting unit', () => {
    const rule: IndicatorRule = { kind: 'unit_count', measureType: 'stock', target: { text: '17/17 phường, xã', value: 100, comparator: 'gte', dueDate: null }, expectedUnits: 17 };
    const value = yearToDate(rule, [sums(5, { units: 16, met: 15 })]);
    expect(value.unitsMet).toBe(15);
    expect(value.value).toBeCloseTo((15 / 17) * 100, 5);
    expect(assess(rule, value, '2024-05-10', false).status).not.toBe('met');
    expect(assess(rule, yearToDate(rule, [sums(6, { units: 17, met: 17 })]), '2024-06-10', false).status).toBe('met');
  });

  it('accumulates flow figures over the year and takes the latest month for stock figures', () => {
    const months = [sums(1, { units: 17, numerator: 40, denominator: 100 }), sums(2, { units: 17, numerator: 90, denominator: 100 })];
    expect(yearToDate(ratio('flow'), months)).toMatchObject({ value: 65, numerator: 130, denominator: 200 });
    expect(yearToDate(ratio('stock'), months)).toMatchObject({ value: 90, numerator: 90, denominator: 100 });
  });

  it('has no value without figures', () => {
    expect(yearToDate(ratio('flow'), [sums(1, { units: 0 })]).value).toBeNull();
    expect(assess(ratio('flow'), yearToDate(ratio('flow'), []), '2024-01-10', false).status).toBe('no_data');
  });

  it('projects the monthly line to December', () => {
    expect(projectToDecember([{ month: 1, value: 10 }, { month: 2, value: 20 }, { month: 3, value: 30 }])).toBeCloseTo(120);
    expect(projectToDecember([{ month: 4, value: 42 }])).toBe(42);
  });

  it('calls a rising figure on track, a slightly short one at risk and a flat low one not met', () => {
    const rising = yearToDate(ratio('stock'), [sums(1, { numerator: 20, denominator: 100 }), sums(2, { numerator: 25, denominator: 100 }), sums(3, { numerator: 30, denominator: 100 })]);
    expect(assess(ratio('stock'), rising, '2024-03-10', false).status).toBe('on_track');
    const short = yearToDate(ratio('stock'), [sums(1, { numerator: 50, denominator: 100 }), sums(2, { numerator: 50, denominator: 100 })]);
    expect(assess(ratio('stock'), short, '2024-02-10', false)).toMatchObject({ status: 'at_risk' });
    const low = yearToDate(ratio('stock'), [sums(1, { numerator: 10, denominator: 100 }), sums(2, { numerator: 10, denominator: 100 })]);
    expect(assess(ratio('stock'), low, '2024-02-10', false).status).toBe('not_met');
    expect(assess(ratio('stock'), rising, '2024-12-10', true).status).toBe('not_met');
    expect(assess(ratio('stock', 25), rising, '2024-03-10', false)).toMatchObject({ status: 'met', achievementPercent: 120 });
  });

  it('holds "trên 95%" strictly above', () => {
    const rule: IndicatorRule = { kind: 'value', measureType: 'stock', target: { text: 'Trên 95%', value: 95, comparator: 'gt', dueDate: null }, expectedUnits: 1 };
    expect(assess(rule, yearToDate(rule, [sums(1, { valueSum: 95 })]), '2024-01-10', true).status).toBe('not_met');
    expect(assess(rule, yearToDate(rule, [sums(1, { valueSum: 95.5 })]), '2024-01-10', true).status).toBe('met');
  });

  it('judges the OC milestone by its due date', () => {
    const rule: IndicatorRule = { kind: 'milestone', measureType: 'stock', target: { text: 'quý II/2024', value: null, comparator: 'gte', dueDate: '2024-06-30' }, expectedUnits: 1 };
    const notDone = yearToDate(rule, [sums(3, { done: 0 })]);
    expect(assess(rule, notDone, '2024-03-10', false).status).toBe('on_track');
    expect(assess(rule, notDone, '2024-06-10', false).status).toBe('at_risk');
    expect(assess(rule, notDone, '2024-07-10', false).status).toBe('not_met');
    expect(assess(rule, yearToDate(rule, [sums(6, { done: 1, latestDoneDate: '2024-06-20' })]), '2024-06-10', false).status).toBe('met');
    expect(assess(rule, yearToDate(rule, [sums(11, { done: 1, latestDoneDate: '2024-11-30' })]), '2024-11-10', false).status).toBe('not_met');
  });
});
