import type { Indicator, Plan, Target } from '../../../common/plan.js';
import type { IndicatorRow } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import type {
  PlanAreaTable,
  PlanObjectiveTable,
  PriorResultTable,
  SolutionGroupTable,
  SolutionItemTable,
} from '../../db/schema.js';

export const presentTarget = (row: IndicatorRow): Target => ({
  text: row.target_text,
  value: row.target_value,
  comparator: row.target_comparator,
  dueDate: row.target_due_date,
});

export function presentIndicator(row: IndicatorRow, unitCodes: Map<number, string>): Indicator {
  return {
    code: row.code,
    text: row.text,
    kind: row.kind,
    direction: row.direction,
    target: presentTarget(row),
    measureUnit: row.measure_unit,
    measureType: row.measure_type,
    reportingScope: row.reporting_scope,
    reportingUnitCode: row.reporting_unit_id === null ? null : (unitCodes.get(row.reporting_unit_id) ?? null),
    numeratorLabel: row.numerator_label,
    denominatorLabel: row.denominator_label,
    baseline:
      row.baseline_year === null || row.baseline_text === null
        ? null
        : {
            year: row.baseline_year,
            text: row.baseline_text,
            value: row.baseline_value,
            numerator: row.baseline_numerator,
            denominator: row.baseline_denominator,
          },
    note: row.note,
  };
}

export interface PlanRows {
  plan: { id: number; year: number; title: string; unitCode: string; unitName: string };
  areas: Selectable<PlanAreaTable>[];
  indicators: IndicatorRow[];
  objectives: Selectable<PlanObjectiveTable>[];
  groups: Selectable<SolutionGroupTable>[];
  items: Selectable<SolutionItemTable>[];
  priorResults: Selectable<PriorResultTable>[];
  units: { id: number; code: string; name: string }[];
}

export function presentPlan(rows: PlanRows): Plan {
  const unitCodes = new Map(rows.units.map((unit) => [unit.id, unit.code]));
  const codeOf = (id: number | null) => (id === null ? null : (unitCodes.get(id) ?? null));
  const named = new Set([...rows.indicators.map((row) => row.reporting_unit_id), ...rows.items.map((item) => item.lead_unit_id)]);
  return {
    id: rows.plan.id,
    year: rows.plan.year,
    title: rows.plan.title,
    unit: { code: rows.plan.unitCode, name: rows.plan.unitName },
    areas: rows.areas.map((area) => ({
      code: area.code,
      number: area.number,
      name: area.name,
      indicators: rows.indicators
        .filter((indicator) => indicator.area_id === area.id)
        .map((indicator) => presentIndicator(indicator, unitCodes)),
    })),
    objectives: rows.objectives.map((objective) => ({ number: objective.number, text: objective.text })),
    solutionGroups: rows.groups.map((group) => ({
      code: group.code,
      number: group.number,
      name: group.name,
      items: rows.items
        .filter((item) => item.group_id === group.id)
        .map((item) => ({ number: item.number, text: item.text, leadUnitCode: codeOf(item.lead_unit_id) })),
    })),
    priorResults: rows.priorResults.map((result) => ({
      section: result.section,
      heading: result.heading,
      text: result.text,
      value: result.value,
      valueText: result.value_text,
      indicatorCode: result.indicator_code,
    })),
    units: rows.units.filter((unit) => named.has(unit.id)).map((unit) => ({ code: unit.code, name: unit.name })),
  };
}
