import type { Indicator, Plan, PlanChange, PlanVersion, Target } from '../../../common/plan.js';
import type { UnitKind } from '../../../common/units.js';
import type { IndicatorRow, PlanVersionRow } from '../../db/schema.js';
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

/** The indicators a plan links to (other years', the province's), by id. */
export type LinkedIndicators = ReadonlyMap<number, { code: string; year: number }>;

export function presentIndicator(row: IndicatorRow, unitCodes: Map<number, string>, linked: LinkedIndicators): Indicator {
  const continued = row.continues_indicator_id === null ? undefined : linked.get(row.continues_indicator_id);
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
    continues: continued ? { year: continued.year, code: continued.code } : null,
    provinceIndicatorCode: row.province_indicator_id === null ? null : (linked.get(row.province_indicator_id)?.code ?? null),
    dtiCriterion: row.dti_criterion,
  };
}

export function presentVersion(row: PlanVersionRow): PlanVersion {
  return {
    number: row.number,
    kind: row.kind,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    signer: row.signer,
    effectiveMonth: row.effective_month,
    reason: row.reason,
    retroactive: row.retroactive === 1,
    changes: row.changes === null ? [] : (JSON.parse(row.changes) as PlanChange[]),
    createdAt: row.created_at,
    document: row.document_name === null || row.document_size === null ? null : { fileName: row.document_name, size: row.document_size },
  };
}

export interface PlanRows {
  plan: { id: number; year: number; title: string; status: Plan['status']; sourceId: number | null; sourceYear: number | null; unitCode: string; unitName: string; unitKind: UnitKind };
  areas: Selectable<PlanAreaTable>[];
  indicators: IndicatorRow[];
  objectives: Selectable<PlanObjectiveTable>[];
  groups: Selectable<SolutionGroupTable>[];
  items: Selectable<SolutionItemTable>[];
  priorResults: Selectable<PriorResultTable>[];
  versions: PlanVersionRow[];
  linked: LinkedIndicators;
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
    unit: { code: rows.plan.unitCode, name: rows.plan.unitName, kind: rows.plan.unitKind },
    status: rows.plan.status,
    versions: rows.versions.map(presentVersion),
    source: rows.plan.sourceId === null || rows.plan.sourceYear === null ? null : { id: rows.plan.sourceId, year: rows.plan.sourceYear },
    areas: rows.areas.map((area) => ({
      code: area.code,
      number: area.number,
      name: area.name,
      indicators: rows.indicators
        .filter((indicator) => indicator.area_id === area.id)
        .map((indicator) => presentIndicator(indicator, unitCodes, rows.linked)),
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
