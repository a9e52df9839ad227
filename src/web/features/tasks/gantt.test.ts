import { describe, expect, it } from 'vitest';
import { type BarTask, barOf, datesOf, positionOf, scaleOf, ticksOf, yearsOf } from './gantt.js';

const task = (overrides: Partial<BarTask>): BarTask => ({
  plannedStartDate: '2024-01-01',
  dueDate: '2024-06-30',
  baselineDueDate: '2024-06-30',
  completedOn: null,
  status: 'in_progress',
  progress: 40,
  ...overrides,
});

describe('the timeline scale', () => {
  it('pads the range to whole months', () => {
    const scale = scaleOf(['2024-03-15', '2024-01-20', '2024-06-30']);
    expect(scale).toEqual({ start: '2024-01-01', end: '2024-07-01', days: 182 });
    expect(positionOf(scale, '2024-01-01')).toBe(0);
    expect(positionOf(scale, '2024-07-01')).toBe(100);
    expect(positionOf(scale, '2030-01-01')).toBe(100);
  });

  it('marks months over a short span and quarters over a long one', () => {
    const short = ticksOf(scaleOf(['2024-01-01', '2024-12-31']));
    expect(short.unit).toBe('month');
    expect(short.ticks).toHaveLength(12);
    const long = ticksOf(scaleOf(['2023-10-31', '2026-11-23']));
    expect(long.unit).toBe('quarter');
    // Q4/2023 (from October) … Q4/2026: 13 quarters.
    expect(long.ticks.map((tick) => `${tick.index}/${tick.year}`)).toEqual([
      '4/2023', '1/2024', '2/2024', '3/2024', '4/2024', '1/2025', '2/2025', '3/2025', '4/2025', '1/2026', '2/2026', '3/2026', '4/2026',
    ]);
    const total = long.ticks.reduce((sum, tick) => sum + tick.span, 0);
    expect(total).toBeCloseTo(100);
  });

  it('splits the width between the years shown', () => {
    const years = yearsOf(scaleOf(['2023-10-31', '2024-12-31']));
    expect(years.map((year) => year.year)).toEqual([2023, 2024]);
    expect(years[0]!.span + years[1]!.span).toBeCloseTo(100);
  });
});

describe('a task bar', () => {
  const scale = scaleOf(['2024-01-01', '2024-12-31']);

  it('runs from the start to the end of the due day', () => {
    const bar = barOf(task({}), scale, '2024-03-01');
    expect(bar.left).toBe(0);
    expect(bar.left + bar.width).toBeCloseTo(positionOf(scale, '2024-07-01'));
    expect(bar.late).toBeNull();
    expect(bar.startAssumed).toBe(false);
  });

  it('adds an open late part up to today when overdue, a closed one when finished late', () => {
    const open = barOf(task({}), scale, '2024-09-30');
    expect(open.late?.open).toBe(true);
    expect(open.late!.left + open.late!.width).toBeCloseTo(positionOf(scale, '2024-10-01'));
    const doneLate = barOf(task({ status: 'done_late', completedOn: '2024-08-31' }), scale, '2024-12-01');
    expect(doneLate.late?.open).toBe(false);
    expect(barOf(task({ status: 'done', completedOn: '2024-06-01' }), scale, '2024-12-01').late).toBeNull();
  });

  it('starts with the due year when no start is planned, and marks the original due date', () => {
    const bar = barOf(task({ plannedStartDate: null, baselineDueDate: '2024-03-31' }), scale, '2024-05-01');
    expect(bar.startAssumed).toBe(true);
    expect(bar.left).toBe(0);
    expect(bar.baseline).toBeCloseTo(positionOf(scale, '2024-04-01'));
  });

  it('needs every date of the tasks and today on the chart', () => {
    expect(datesOf([task({ plannedStartDate: null, baselineDueDate: '2023-10-31' })], '2026-11-23')).toEqual([
      '2026-11-23', '2024-01-01', '2024-06-30', '2023-10-31',
    ]);
  });
});
