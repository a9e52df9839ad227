import { describe, expect, it } from 'vitest';
import { apportion } from '../../../common/dx.js';
import { type Measurement, type PillarSpec, achievementOf, rankOf, scoreIndex } from './score.js';

const measured = (value: number | null, target: number | null): Measurement => ({
  label: 'x',
  indicatorKind: 'ratio',
  value,
  numerator: null,
  denominator: null,
  met: null,
  target,
});

describe('index arithmetic', () => {
  it('shares points by weight without losing a tenth', () => {
    expect(apportion(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(apportion(600, [60, 40])).toEqual([360, 240]);
    expect(apportion(100, [0, 0])).toEqual([0, 0]);
  });

  it('caps achievement at 100 % and leaves missing figures as no data', () => {
    expect(achievementOf({ value: 90, target: 85 })).toBe(100);
    expect(achievementOf({ value: 50, target: 100 })).toBe(50);
    expect(achievementOf({ value: null, target: 100 })).toBeNull();
  });

  it('adds the components to the pillar and the pillars to the total, exactly', () => {
    const pillars: PillarSpec[] = [
      { code: 'NTS', name: 'Nhận thức số', weight: 100, components: [1, 1, 1].map((weight, index) => ({ kind: 'indicator', indicatorCode: `A-${index}`, weight })) },
      { code: 'TCS', name: 'Thể chế số', weight: 900, components: [{ kind: 'reporting_timeliness', indicatorCode: null, weight: 1 }] },
    ];
    const values: Record<string, Measurement> = { 'A-0': measured(50, 60), 'A-1': measured(100, 100), 'A-2': measured(null, 100) };
    const score = scoreIndex(pillars, (component) => values[component.indicatorCode ?? ''] ?? measured(1, 3));
    const [nts, tcs] = score.pillars;
    // 33.4 × 50/60 = 27.8; 33.3 × 100 % = 33.3; no data = 0; 900 × 1/3 = 300.
    expect(nts?.components.map((component) => component.points)).toEqual([27.8, 33.3, 0]);
    expect(nts?.components[2]?.noData).toBe(true);
    expect(nts?.points).toBe(61.1);
    expect(tcs?.points).toBe(300);
    expect(score.totalTenths).toBe(3611);
    expect(score.total).toBe(361.1);
  });

  it('gives equal scores the same rank and skips the next', () => {
    const items = [{ s: 5 }, { s: 9 }, { s: 5 }, { s: 1 }];
    const ranks = rankOf(items, (item) => item.s);
    expect(items.map((item) => ranks.get(item))).toEqual([2, 1, 2, 4]);
  });
});
