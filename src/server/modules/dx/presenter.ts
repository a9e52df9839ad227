// Scores → API shapes: the ranking, one unit's explanation, the map's measures.
import type { DxExplanation, DxRanking, WardMeasures } from '../../../common/dx.js';
import type { UnitRow } from '../../db/schema.js';
import type { PeriodScores, UnitScore } from './service.js';

const ref = (unit: UnitRow) => ({ id: unit.id, code: unit.code, name: unit.name });

export function presentRanking(current: PeriodScores, previous: PeriodScores | null): DxRanking {
  const before = new Map(previous?.wards.map((ward) => [ward.unit.id, ward]));
  return {
    year: current.year,
    month: current.month,
    previous: previous === null ? null : { year: previous.year, month: previous.month },
    city: { unit: ref(current.city.unit), total: current.city.score.total, previousTotal: previous?.city.score.total ?? null },
    wards: current.wards.map((ward) => ({
      unit: ref(ward.unit),
      total: ward.score.total,
      rank: ward.rank,
      previousTotal: before.get(ward.unit.id)?.score.total ?? null,
      previousRank: before.get(ward.unit.id)?.rank ?? null,
      pillars: ward.score.pillars.map((pillar) => ({ code: pillar.code, points: pillar.points })),
    })),
  };
}

/** A ward's explanation, or the city's when `unit` is the city (no rank). */
export function presentExplanation(current: PeriodScores, previous: PeriodScores | null, unitId: number): DxExplanation | null {
  const ward = current.wards.find((candidate) => candidate.unit.id === unitId);
  const scored: UnitScore | undefined = ward ?? (current.city.unit.id === unitId ? current.city : undefined);
  if (!scored) return null;
  const previousWard = previous?.wards.find((candidate) => candidate.unit.id === unitId);
  const before = ward ? previousWard : previous?.city;
  return {
    year: current.year,
    month: current.month,
    unit: ref(scored.unit),
    rank: ward?.rank ?? null,
    wardCount: current.wards.length,
    total: scored.score.total,
    previousTotal: before?.score.total ?? null,
    previousRank: ward ? (previousWard?.rank ?? null) : null,
    pillars: scored.score.pillars,
  };
}

const share = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

export const presentWardMeasures = (current: PeriodScores): WardMeasures => ({
  year: current.year,
  month: current.month,
  wards: current.wards.map((ward) => ({
    unitCode: ward.unit.code,
    name: ward.unit.name,
    dxScore: ward.score.total,
    dxRank: ward.rank,
    completeness: share(ward.timeliness.onTime, ward.timeliness.due),
    onTimeRate: share(ward.fieldReports.closedOnTime, ward.fieldReports.closed),
    openFieldReports: ward.fieldReports.open,
  })),
});
