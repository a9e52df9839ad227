// The index's arithmetic, free of the database: a pillar's points are shared among its components
// by weight, each component earns its share × achievement (value / target, capped at 100 %).
// Points are counted in whole tenths, rounded once per component, so the explanation's points add
// up exactly to the pillar and the pillars to the total.
import { type DxComponentKind, type DxPillarCode, type DxPillarScore, apportion } from '../../../common/dx.js';
import type { IndicatorKind } from '../../../common/plan.js';

export interface ComponentSpec {
  kind: DxComponentKind;
  indicatorCode: string | null;
  weight: number;
}

export interface PillarSpec {
  code: DxPillarCode;
  name: string;
  weight: number;
  components: ComponentSpec[];
}

/** What a component was measured at, for one ward (or the city) and one period. */
export interface Measurement {
  label: string;
  indicatorKind: IndicatorKind | null;
  /** Percentage; null: no data. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  met: boolean | null;
  target: number | null;
}

/** value / target as a percentage, capped at 100; the value itself when there is no target. */
export function achievementOf(measurement: Pick<Measurement, 'value' | 'target'>): number | null {
  if (measurement.value === null) return null;
  const reached = measurement.target !== null && measurement.target > 0 ? (measurement.value / measurement.target) * 100 : measurement.value;
  return Math.max(0, Math.min(100, reached));
}

const tenths = (points: number) => points * 10;
const fromTenths = (count: number) => count / 10;

export interface Score {
  /** The total in whole tenths of a point: compare and rank on this, never on floats. */
  totalTenths: number;
  total: number;
  pillars: DxPillarScore[];
}

export function scoreIndex(pillars: PillarSpec[], measure: (component: ComponentSpec) => Measurement): Score {
  let totalTenths = 0;
  const scored = pillars.map((pillar): DxPillarScore => {
    const shares = apportion(tenths(pillar.weight), pillar.components.map((component) => component.weight));
    let pillarTenths = 0;
    const components = pillar.components.map((component, index) => {
      const measurement = measure(component);
      const achievement = achievementOf(measurement);
      const maxTenths = shares[index] ?? 0;
      const earned = achievement === null ? 0 : Math.round((maxTenths * achievement) / 100);
      pillarTenths += earned;
      return {
        kind: component.kind,
        indicatorCode: component.indicatorCode,
        indicatorKind: measurement.indicatorKind,
        label: measurement.label,
        weight: component.weight,
        maxPoints: fromTenths(maxTenths),
        value: measurement.value,
        numerator: measurement.numerator,
        denominator: measurement.denominator,
        met: measurement.met,
        target: measurement.target,
        achievement,
        points: fromTenths(earned),
        noData: achievement === null,
      };
    });
    totalTenths += pillarTenths;
    return { code: pillar.code, name: pillar.name, weight: pillar.weight, points: fromTenths(pillarTenths), components };
  });
  return { totalTenths, total: fromTenths(totalTenths), pillars: scored };
}

/** Competition ranking: equal scores share a rank and the next rank skips (1, 2, 2, 4). */
export function rankOf<T>(items: T[], score: (item: T) => number): Map<T, number> {
  const sorted = [...items].sort((a, b) => score(b) - score(a));
  const ranks = new Map<T, number>();
  sorted.forEach((item, index) => {
    const before = sorted[index - 1];
    ranks.set(item, before !== undefined && score(before) === score(item) ? (ranks.get(before) ?? index + 1) : index + 1);
  });
  return ranks;
}
