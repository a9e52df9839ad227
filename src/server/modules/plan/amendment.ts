// What an amendment changes: the issued plan's content against the proposed one, indicator by
// indicator. Pure. Texts, targets, labels, notes and new indicators may change; an indicator cannot
// be dropped nor change how it is measured (kind, measure, who reports), since figures rest on it.
import type { IndicatorInput, PlanChange, PlanContent, Target } from '../../../common/plan.js';
import { formatDate } from '../reporting/figure-text.js';
import type { PlanIssue } from './validation.js';

export interface PlanDiff {
  changes: PlanChange[];
  /** Indicators whose target changes, and those the amendment adds. */
  retargeted: string[];
  added: string[];
  issues: PlanIssue[];
}

export const targetText = (target: Target) => (target.dueDate === null ? target.text : `${target.text} (hạn ${formatDate(target.dueDate)})`);
const sameTarget = (a: Target, b: Target) => a.text === b.text && a.value === b.value && a.comparator === b.comparator && a.dueDate === b.dueDate;

const textFields = ['text', 'numeratorLabel', 'denominatorLabel', 'measureUnit', 'reportingUnitCode', 'note', 'provinceIndicatorCode', 'dtiCriterion'] as const;
const fixedFields = ['kind', 'measureType', 'reportingScope'] as const;

const located = (content: PlanContent) => {
  const found = new Map<string, { indicator: IndicatorInput; path: (string | number)[] }>();
  content.areas.forEach((area, a) => area.indicators.forEach((indicator, i) => found.set(indicator.code, { indicator, path: ['areas', a, 'indicators', i] })));
  return found;
};

export function diffPlans(before: PlanContent, after: PlanContent): PlanDiff {
  const diff: PlanDiff = { changes: [], retargeted: [], added: [], issues: [] };
  const old = located(before);
  const next = located(after);
  if (before.title !== after.title) diff.changes.push({ code: '', field: 'title', before: before.title, after: after.title });
  for (const [code, { indicator }] of old) {
    if (!next.has(code)) {
      diff.issues.push({
        path: ['areas'],
        message: { vi: `Kế hoạch điều chỉnh không bỏ được chỉ tiêu ${code} đã ban hành; có thể sửa nội dung, mục tiêu của nó.`, en: `An amendment cannot drop the issued indicator ${code}; change its text or target instead.` },
      });
      continue;
    }
    const { indicator: changed, path } = next.get(code) ?? { indicator, path: [] };
    for (const field of fixedFields) {
      if (indicator[field] !== changed[field]) {
        diff.issues.push({ path: [...path, field], message: { vi: `Chỉ tiêu ${code}: không đổi được cách tính (loại, tính dồn, đơn vị báo cáo) bằng điều chỉnh.`, en: `Indicator ${code}: an amendment cannot change how it is measured.` } });
      }
    }
    for (const field of textFields) {
      if (indicator[field] !== changed[field]) diff.changes.push({ code, field, before: indicator[field], after: changed[field] });
    }
    if (!sameTarget(indicator.target, changed.target)) {
      diff.changes.push({ code, field: 'target', before: targetText(indicator.target), after: targetText(changed.target) });
      diff.retargeted.push(code);
    }
  }
  for (const [code, { indicator }] of next) {
    if (old.has(code)) continue;
    diff.changes.push({ code, field: 'added', before: null, after: `${indicator.text} — ${targetText(indicator.target)}` });
    diff.added.push(code);
  }
  const areaNames = new Map(before.areas.map((area) => [area.code, area.name]));
  for (const area of after.areas) {
    const name = areaNames.get(area.code);
    if (name !== area.name) diff.changes.push({ code: area.code, field: 'area', before: name ?? null, after: area.name });
  }
  const joined = (lines: string[]) => lines.join('\n');
  const objectives = [before, after].map((content) => joined(content.objectives.map((objective) => objective.text)));
  if (objectives[0] !== objectives[1]) diff.changes.push({ code: '', field: 'objectives', before: objectives[0] ?? null, after: objectives[1] ?? null });
  const solutions = [before, after].map((content) => joined(content.solutionGroups.flatMap((group) => [group.name, ...group.items.map((item) => item.text)])));
  if (solutions[0] !== solutions[1]) diff.changes.push({ code: '', field: 'solutions', before: solutions[0] ?? null, after: solutions[1] ?? null });
  return diff;
}
