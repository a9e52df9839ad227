// From the text parser's proposal (text-import.ts) to a draft's content the officer corrects before
// saving: codes from the areas' names, what the text does not say filled with a first guess (who
// reports, how the year adds up, a ratio's two labels read from its sentence). Pure.
import type { IndicatorInput, MeasureType, PlanContent, ReportingScope } from '../../../common/plan.js';
import { foldVietnamese } from '../../../common/text.js';
import type { PlanProposal, ProposedIndicator } from './text-import.js';

/** "Phát triển chính quyền số" → "CQS"; unique within the plan. */
function areaCode(name: string, taken: Set<string>): string {
  const words = foldVietnamese(name).replace(/^(phat trien|ve|linh vuc)\s+/, '').split(/[^a-z0-9]+/).filter(Boolean);
  const base = words.map((word) => word[0]?.toUpperCase() ?? '').join('').slice(0, 5) || 'LV';
  let code = base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}${n}`;
  taken.add(code);
  return code;
}

// Where the thing counted ends and what is said of it begins: "hồ sơ TTHC | được thực hiện trực tuyến".
const PREDICATE = /\s(được|có|sử dụng|thực hiện|triển khai|tham gia|đạt|thanh toán|trên|kết nối|ứng dụng)\s/u;

/** A ratio's labels as its sentence gives them: "Số hồ sơ … trực tuyến từ xa" over "Tổng số hồ sơ …". */
export function ratioLabels(text: string): { numerator: string; denominator: string } {
  const counted = text
    .replace(/^.*?\d+(?:[.,]\d+)?\s*%\s*/u, '')
    .replace(/^(các|những)\s+/u, '')
    .replace(/[.;:]+$/u, '')
    .trim();
  const head = counted.split(PREDICATE)[0]?.trim() || counted;
  return { numerator: `Số ${counted}`, denominator: `Tổng số ${head}` };
}

const flows = /hồ sơ|giao dịch|thanh toán|phản ánh|lượt/u;

function indicatorInput(proposed: ProposedIndicator, code: string, reportingUnitCode: string | null): IndicatorInput {
  const scope: ReportingScope = proposed.kind === 'milestone' || proposed.kind === 'value' ? 'department' : 'wards';
  const measureType: MeasureType = proposed.kind === 'ratio' && flows.test(proposed.text) ? 'flow' : 'stock';
  const labels = proposed.kind === 'ratio' ? ratioLabels(proposed.text) : null;
  // Only a milestone has a due date in the plan's model; a ratio's deadline is kept in its note.
  const keptDate = proposed.kind !== 'milestone' && proposed.target.dueDate !== null ? proposed.target.dueDate : null;
  return {
    code,
    text: proposed.text,
    kind: proposed.kind,
    direction: proposed.direction,
    target: { ...proposed.target, dueDate: proposed.kind === 'milestone' ? proposed.target.dueDate : null },
    measureUnit: proposed.measureUnit,
    measureType,
    reportingScope: scope,
    reportingUnitCode: scope === 'department' ? reportingUnitCode : null,
    numeratorLabel: labels?.numerator ?? null,
    denominatorLabel: labels?.denominator ?? null,
    baseline: null,
    note: keptDate ? `Văn bản ghi thời hạn ${keptDate.slice(8, 10)}/${keptDate.slice(5, 7)}/${keptDate.slice(0, 4)}.` : null,
    continuesCode: null,
    provinceIndicatorCode: null,
    dtiCriterion: null,
  };
}

/** The draft's content with the proposed areas and indicators in place of its own; objectives and solutions are kept. */
export function proposalContent(proposal: PlanProposal, draft: PlanContent, reportingUnitCode: string | null): PlanContent {
  const taken = new Set<string>();
  return {
    ...draft,
    title: proposal.title ?? draft.title,
    areas: proposal.areas.map((area) => {
      const code = areaCode(area.name, taken);
      return {
        code,
        name: area.name,
        indicators: area.indicators.map((indicator) => indicatorInput(indicator, `${code}-${String(indicator.number).padStart(2, '0')}`, reportingUnitCode)),
      };
    }),
  };
}
