// The one check every plan goes through, whichever way it arrives: the seed, the editor, an XLSX or
// JSON import, the text import, a copy, an amendment. Pure: the caller gives the units and the
// indicators a plan may link to; the answer is every problem found, each at its place in the plan.
import { type IndicatorInput, type PlanContent, dtiCriteria } from '../../../common/plan.js';
import type { UnitKind } from '../../../common/units.js';
import { grassrootsKinds } from '../../../common/units.js';
import type { Localized } from '../../lib/errors.js';
import { formatNumber } from '../reporting/figure-text.js';

export interface PlanIssue {
  /** Where in the content: ['areas', 0, 'indicators', 3, 'target', 'value']. */
  path: (string | number)[];
  message: Localized;
}

export interface PlanCheckContext {
  year: number;
  /** The plan's own unit: a city, or the province for the province's plan. */
  owner: { id: number; kind: UnitKind };
  /** Units a plan may name, by code. */
  units: ReadonlyMap<string, { id: number; kind: UnitKind; parentId: number | null }>;
  /** The city's wards and communes, the "17" of "17/17 phường, xã"; null for a province. */
  grassroots: number | null;
  /** Codes of the indicators it may carry on (the plan it was copied from, else the latest earlier one). */
  continuable: ReadonlySet<string>;
  /** Codes of the province plan's indicators for the same year. */
  provincial: ReadonlySet<string>;
}

const dtiCodes = new Set<string>(dtiCriteria.map((criterion) => criterion.code));

/** "17/17 phường, xã", "04/04": a count of units out of all of them. */
const fractionOf = (text: string) => {
  const match = /(\d+)\s*\/\s*(\d+)(?!\s*\/)/.exec(text);
  return match ? { met: Number(match[1]), of: Number(match[2]) } : null;
};
/** "55%", "Duy trì trên 90%", "98,27%", or a plain number for a value target. */
const numberOf = (text: string) => {
  const match = /(\d+(?:[.,]\d+)?)\s*%/.exec(text) ?? /(\d+(?:[.,]\d+)?)/.exec(text);
  return match?.[1] === undefined ? null : Number(match[1].replace(',', '.'));
};
const saysAbove = (text: string) => /(^|\s)trên\s+\d/iu.test(text);
const saysMaintain = (text: string) => /^duy trì/iu.test(text.trim());

/** Every problem of one indicator, as [field path, message]. */
function indicatorIssues(indicator: IndicatorInput, context: PlanCheckContext): [string[], Localized][] {
  const issues: [string[], Localized][] = [];
  const add = (path: string[], vi: string, en: string) => issues.push([path, { vi, en }]);
  const { target } = indicator;
  const year = String(context.year);

  if (indicator.kind === 'milestone') {
    if (target.value !== null) add(['target', 'value'], 'Chỉ tiêu dạng mốc không có giá trị số; để trống giá trị.', 'A milestone has no numeric target; leave the value empty.');
    if (target.dueDate === null) add(['target', 'dueDate'], 'Chỉ tiêu dạng mốc cần hạn hoàn thành.', 'A milestone needs a due date.');
    else if (!target.dueDate.startsWith(`${year}-`)) add(['target', 'dueDate'], `Hạn hoàn thành phải trong năm ${year} của kế hoạch.`, `The due date must fall in the plan's year ${year}.`);
  } else {
    if (target.dueDate !== null) add(['target', 'dueDate'], 'Chỉ có chỉ tiêu dạng mốc mới có hạn hoàn thành.', 'Only a milestone has a due date.');
    const fraction = fractionOf(target.text);
    const written = numberOf(target.text);
    if (target.value === null) {
      add(['target', 'value'], 'Mục tiêu cần một con số, ví dụ 55 cho "55%".', 'The target needs a number, e.g. 55 for "55%".');
    } else if ((indicator.kind !== 'value' || indicator.measureUnit === '%') && (target.value < 0 || target.value > 100)) {
      add(['target', 'value'], 'Mục tiêu là tỷ lệ phần trăm, từ 0 đến 100.', 'The target is a percentage, from 0 to 100.');
    } else if (target.value < 0) {
      add(['target', 'value'], 'Mục tiêu không được âm.', 'The target cannot be negative.');
    }
    if (written === null) {
      add(['target', 'text'], `Mục tiêu "${target.text}" không ghi con số; ghi như văn bản, ví dụ "55%", "Duy trì 100%", "17/17 phường, xã".`, `The target "${target.text}" has no number; write it as the document does, e.g. "55%", "Duy trì 100%", "17/17 phường, xã".`);
    }
    if (fraction) {
      if (indicator.kind !== 'unit_count') {
        add(['kind'], `Mục tiêu dạng "${fraction.met}/${fraction.of}" là số đơn vị đạt: chọn loại "số đơn vị đạt".`, `A "${fraction.met}/${fraction.of}" target counts units: choose the kind "unit count".`);
      }
      if (fraction.of === 0 || fraction.met > fraction.of) {
        add(['target', 'text'], `Mục tiêu "${target.text}": số đơn vị đạt không thể lớn hơn tổng số.`, `Target "${target.text}": more units than there are.`);
      } else if (target.value !== null && Math.abs(target.value - (fraction.met / fraction.of) * 100) > 0.01) {
        const share = formatNumber(Math.round((fraction.met / fraction.of) * 10_000) / 100);
        add(['target', 'value'], `"${fraction.met}/${fraction.of}" là ${share}%, không phải ${formatNumber(target.value)}%.`, `"${fraction.met}/${fraction.of}" is ${share}%, not ${target.value}%.`);
      }
      if (context.grassroots !== null && fraction.of !== context.grassroots && fraction.of !== 0) {
        add(['target', 'text'], `Thành phố có ${context.grassroots} phường, xã; mục tiêu ghi ${fraction.of}.`, `The city has ${context.grassroots} wards and communes; the target says ${fraction.of}.`);
      }
    } else if (written !== null && target.value !== null && Math.abs(written - target.value) > 0.001) {
      add(['target', 'value'], `Mục tiêu ghi "${target.text}" nhưng giá trị là ${formatNumber(target.value)}.`, `The target reads "${target.text}" but its value is ${target.value}.`);
    }
    if (saysAbove(target.text) !== (target.comparator === 'gt')) {
      add(
        ['target', 'comparator'],
        saysAbove(target.text) ? `Mục tiêu "${target.text}" là "trên", tức lớn hơn hẳn: chọn so sánh "lớn hơn".` : 'So sánh "lớn hơn" chỉ dùng khi mục tiêu ghi "trên …".',
        saysAbove(target.text) ? `"${target.text}" means strictly above: choose "greater than".` : '"Greater than" is for targets written "trên …".',
      );
    }
  }
  if (saysMaintain(target.text) && indicator.direction !== 'maintain') {
    add(['direction'], `Mục tiêu "${target.text}" là duy trì: chọn hướng "duy trì".`, `"${target.text}" keeps a level: choose "maintain".`);
  }

  if (indicator.kind === 'ratio') {
    if (indicator.numeratorLabel === null) add(['numeratorLabel'], 'Chỉ tiêu tỷ lệ cần tên của tử số (đơn vị nhập số gì).', 'A ratio needs its numerator’s label.');
    if (indicator.denominatorLabel === null) add(['denominatorLabel'], 'Chỉ tiêu tỷ lệ cần tên của mẫu số.', 'A ratio needs its denominator’s label.');
  }
  const province = context.owner.kind === 'province';
  if (province && indicator.reportingScope !== 'city') {
    add(['reportingScope'], 'Chỉ tiêu của tỉnh do các thành phố thực hiện: chọn "Thành phố".', 'A province indicator is carried out by its cities: choose "City".');
  }
  if (!province && indicator.kind === 'unit_count' && indicator.reportingScope !== 'wards') {
    add(['reportingScope'], 'Chỉ tiêu đếm số đơn vị đạt do từng phường, xã báo cáo.', 'A unit count is reported by every ward and commune.');
  }
  if (indicator.reportingScope === 'field_reports' && (indicator.kind !== 'ratio' || indicator.measureType !== 'flow')) {
    add(['reportingScope'], 'Chỉ tiêu tính từ phản ánh hiện trường là tỷ lệ cộng dồn (xử lý đúng hạn / đến hạn).', 'An indicator computed from field reports is a cumulative ratio.');
  }

  // A province's indicator is followed through the cities' linked ones: no unit reports it.
  const single = !province && (indicator.reportingScope === 'department' || indicator.reportingScope === 'city');
  if (!single && indicator.reportingUnitCode !== null) {
    add(['reportingUnitCode'], 'Chỉ tiêu do các phường, xã (hoặc hệ thống) báo cáo thì không ghi đơn vị báo cáo.', 'Leave the reporting unit empty when wards (or the system) report it.');
  }
  if (single) {
    const unit = indicator.reportingUnitCode === null ? undefined : context.units.get(indicator.reportingUnitCode);
    if (indicator.reportingUnitCode === null) add(['reportingUnitCode'], 'Cần chọn đơn vị báo cáo chỉ tiêu này.', 'Choose the unit that reports it.');
    else if (!unit || unit.parentId !== context.owner.id || grassrootsKinds.includes(unit.kind)) {
      add(['reportingUnitCode'], `Đơn vị "${indicator.reportingUnitCode}" không phải cơ quan, phòng ban trực thuộc.`, `"${indicator.reportingUnitCode}" is not an office of this ${context.owner.kind}.`);
    }
  }

  const { baseline } = indicator;
  if (baseline) {
    if (baseline.year >= context.year) add(['baseline', 'year'], `Số liệu gốc phải của một năm trước ${year}.`, `The baseline must be from a year before ${year}.`);
    if (baseline.numerator !== null && baseline.denominator !== null && (baseline.denominator <= 0 || baseline.numerator > baseline.denominator || baseline.numerator < 0)) {
      add(['baseline', 'numerator'], 'Số liệu gốc: tử số phải từ 0 đến mẫu số, mẫu số lớn hơn 0.', 'Baseline: 0 ≤ numerator ≤ denominator, denominator > 0.');
    }
  }
  if (indicator.continuesCode !== null && !context.continuable.has(indicator.continuesCode)) {
    add(['continuesCode'], `Kế hoạch năm trước không có chỉ tiêu ${indicator.continuesCode}.`, `Last year's plan has no indicator ${indicator.continuesCode}.`);
  }
  if (indicator.provinceIndicatorCode !== null && (context.owner.kind === 'province' || !context.provincial.has(indicator.provinceIndicatorCode))) {
    add(['provinceIndicatorCode'], `Kế hoạch của tỉnh năm ${year} không có chỉ tiêu ${indicator.provinceIndicatorCode}.`, `The province's ${year} plan has no indicator ${indicator.provinceIndicatorCode}.`);
  }
  if (indicator.dtiCriterion !== null && !dtiCodes.has(indicator.dtiCriterion)) {
    add(['dtiCriterion'], `Không có tiêu chí DTI "${indicator.dtiCriterion}" trong danh mục.`, `No DTI criterion "${indicator.dtiCriterion}".`);
  }
  return issues;
}

/** Every problem of a plan's content; none means it may be saved (and, with an indicator, issued). */
export function checkPlanContent(content: PlanContent, context: PlanCheckContext): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const seen = { areas: new Set<string>(), indicators: new Set<string>(), groups: new Set<string>() };
  const duplicate = (set: Set<string>, code: string) => set.has(code) || (set.add(code), false);

  content.areas.forEach((area, a) => {
    if (duplicate(seen.areas, area.code)) issues.push({ path: ['areas', a, 'code'], message: { vi: `Mã lĩnh vực ${area.code} bị trùng.`, en: `Area code ${area.code} is used twice.` } });
    area.indicators.forEach((indicator, i) => {
      const at = ['areas', a, 'indicators', i];
      if (duplicate(seen.indicators, indicator.code)) {
        issues.push({ path: [...at, 'code'], message: { vi: `Mã chỉ tiêu ${indicator.code} bị trùng.`, en: `Indicator code ${indicator.code} is used twice.` } });
      }
      for (const [field, message] of indicatorIssues(indicator, context)) issues.push({ path: [...at, ...field], message });
    });
  });
  content.solutionGroups.forEach((group, g) => {
    if (duplicate(seen.groups, group.code)) issues.push({ path: ['solutionGroups', g, 'code'], message: { vi: `Mã nhóm giải pháp ${group.code} bị trùng.`, en: `Solution group ${group.code} is used twice.` } });
    group.items.forEach((item, s) => {
      if (item.leadUnitCode !== null && !context.units.has(item.leadUnitCode)) {
        issues.push({ path: ['solutionGroups', g, 'items', s, 'leadUnitCode'], message: { vi: `Không có đơn vị "${item.leadUnitCode}".`, en: `No unit "${item.leadUnitCode}".` } });
      }
    });
  });
  content.priorResults.forEach((result, r) => {
    if (result.indicatorCode !== null && !seen.indicators.has(result.indicatorCode)) {
      issues.push({ path: ['priorResults', r, 'indicatorCode'], message: { vi: `Kế hoạch không có chỉ tiêu ${result.indicatorCode}.`, en: `The plan has no indicator ${result.indicatorCode}.` } });
    }
  });
  return issues;
}

/** The dotted field name of an issue, as the API's field errors name them. */
export const issueField = (issue: PlanIssue) => issue.path.join('.');
