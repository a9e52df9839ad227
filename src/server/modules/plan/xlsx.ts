// A plan as an Excel template: download it (blank, or filled with a plan), fill it in, upload it. The
// upload is read whole; every problem, from a wrong header to a target "abc" to a ratio without its
// labels (the same plan check as every other path), comes back with its sheet, row and column.
import type ExcelJS from 'exceljs';
import {
  type IndicatorDirection,
  type IndicatorInput,
  type IndicatorKind,
  type MeasureType,
  type PlanContent,
  type ReportingScope,
  type TargetComparator,
  dtiCriteria,
  indicatorInputSchema,
  planContentSchema,
} from '../../../common/plan.js';
import { foldVietnamese } from '../../../common/text.js';
import { isIsoDate } from '../../../common/vietnam-time.js';
import type { Localized } from '../../lib/errors.js';
import { type CellValue, type SheetIssue, addTableSheet, columnLetter, newWorkbook, readSheet, workbookBuffer } from '../../lib/spreadsheet.js';
import type { PlanIssue } from './validation.js';

const SHEETS = { info: 'Kế hoạch', indicators: 'Chỉ tiêu', objectives: 'Mục tiêu', solutions: 'Giải pháp', units: 'Đơn vị', guide: 'Hướng dẫn' } as const;

const labels = {
  kind: { ratio: 'Tỷ lệ', unit_count: 'Số đơn vị đạt', value: 'Giá trị', milestone: 'Mốc' } satisfies Record<IndicatorKind, string>,
  direction: { reach: 'Đạt', maintain: 'Duy trì' } satisfies Record<IndicatorDirection, string>,
  comparator: { gte: 'Tối thiểu (≥)', gt: 'Trên (>)' } satisfies Record<TargetComparator, string>,
  measureType: { flow: 'Cộng dồn từ đầu năm', stock: 'Lấy kỳ mới nhất' } satisfies Record<MeasureType, string>,
  reportingScope: { wards: 'Các phường, xã', department: 'Một phòng, ban', city: 'Thành phố', field_reports: 'Phản ánh hiện trường' } satisfies Record<ReportingScope, string>,
};
type Choice = keyof typeof labels;

/** dd/mm/yyyy as written in Vietnam. */
const writeDate = (date: string | null) => (date === null ? null : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`);

interface Column {
  header: string;
  /** The field's path inside an indicator, as the plan check names it ('target.value'). */
  path: string;
  width: number;
  write: (indicator: IndicatorInput) => CellValue;
  choice?: Choice;
  kind?: 'number' | 'integer' | 'date';
}

const indicatorColumns: Column[] = [
  { header: 'Mã lĩnh vực', path: 'area.code', width: 12, write: () => null },
  { header: 'Tên lĩnh vực', path: 'area.name', width: 30, write: () => null },
  { header: 'Mã chỉ tiêu', path: 'code', width: 12, write: (i) => i.code },
  { header: 'Nội dung chỉ tiêu', path: 'text', width: 60, write: (i) => i.text },
  { header: 'Loại', path: 'kind', width: 16, write: (i) => labels.kind[i.kind], choice: 'kind' },
  { header: 'Hướng', path: 'direction', width: 10, write: (i) => labels.direction[i.direction], choice: 'direction' },
  { header: 'Mục tiêu (như văn bản)', path: 'target.text', width: 22, write: (i) => i.target.text },
  { header: 'Giá trị mục tiêu', path: 'target.value', width: 12, write: (i) => i.target.value, kind: 'number' },
  { header: 'So sánh', path: 'target.comparator', width: 14, write: (i) => labels.comparator[i.target.comparator], choice: 'comparator' },
  { header: 'Hạn hoàn thành (mốc)', path: 'target.dueDate', width: 14, write: (i) => writeDate(i.target.dueDate), kind: 'date' },
  { header: 'Đơn vị tính', path: 'measureUnit', width: 12, write: (i) => i.measureUnit },
  { header: 'Cách tính trong năm', path: 'measureType', width: 20, write: (i) => labels.measureType[i.measureType], choice: 'measureType' },
  { header: 'Ai báo cáo', path: 'reportingScope', width: 20, write: (i) => labels.reportingScope[i.reportingScope], choice: 'reportingScope' },
  { header: 'Mã đơn vị báo cáo', path: 'reportingUnitCode', width: 14, write: (i) => i.reportingUnitCode },
  { header: 'Tên tử số', path: 'numeratorLabel', width: 40, write: (i) => i.numeratorLabel },
  { header: 'Tên mẫu số', path: 'denominatorLabel', width: 40, write: (i) => i.denominatorLabel },
  { header: 'Năm số liệu gốc', path: 'baseline.year', width: 10, write: (i) => i.baseline?.year ?? null, kind: 'integer' },
  { header: 'Số liệu gốc (như văn bản)', path: 'baseline.text', width: 24, write: (i) => i.baseline?.text ?? null },
  { header: 'Giá trị gốc', path: 'baseline.value', width: 10, write: (i) => i.baseline?.value ?? null, kind: 'number' },
  { header: 'Tử số gốc', path: 'baseline.numerator', width: 10, write: (i) => i.baseline?.numerator ?? null, kind: 'number' },
  { header: 'Mẫu số gốc', path: 'baseline.denominator', width: 10, write: (i) => i.baseline?.denominator ?? null, kind: 'number' },
  { header: 'Ghi chú', path: 'note', width: 40, write: (i) => i.note },
  { header: 'Tiếp nối chỉ tiêu năm trước (mã)', path: 'continuesCode', width: 16, write: (i) => i.continuesCode },
  { header: 'Chỉ tiêu của tỉnh (mã)', path: 'provinceIndicatorCode', width: 16, write: (i) => i.provinceIndicatorCode },
  { header: 'Tiêu chí DTI (mã)', path: 'dtiCriterion', width: 12, write: (i) => i.dtiCriterion },
];
const objectiveHeaders = ['Nội dung mục tiêu'] as const;
const solutionHeaders = ['Mã nhóm', 'Tên nhóm', 'Nội dung giải pháp', 'Mã đơn vị chủ trì'] as const;
const infoHeaders = ['Mục', 'Nội dung'] as const;
const TITLE = 'Tên kế hoạch';
const YEAR = 'Năm';
/** Rows the template offers drop-down lists on. */
const TEMPLATE_ROWS = 500;

/** The template: blank, or filled with a plan's content; the units sheet lists the codes to use. */
export async function planWorkbook(year: number, content: PlanContent | null, units: { code: string; name: string }[]): Promise<Buffer> {
  const workbook = newWorkbook();
  addTableSheet(workbook, SHEETS.info, [
    { header: infoHeaders[0], value: (row: [string, string | number]) => row[0], width: 20 },
    { header: infoHeaders[1], value: (row) => row[1], width: 100 },
  ], [
    [TITLE, content?.title ?? `Kế hoạch chuyển đổi số năm ${year}`],
    [YEAR, year],
  ]);
  const rows = (content?.areas ?? []).flatMap((area) => area.indicators.map((indicator) => ({ area, indicator })));
  const sheet = addTableSheet(
    workbook,
    SHEETS.indicators,
    indicatorColumns.map((column, index) => ({
      header: column.header,
      width: column.width,
      value: (row: (typeof rows)[number]) => (index === 0 ? row.area.code : index === 1 ? row.area.name : column.write(row.indicator)),
    })),
    rows,
  );
  indicatorColumns.forEach((column, index) => {
    if (!column.choice) return;
    const letter = columnLetter(index + 1);
    const options = Object.values(labels[column.choice]).join(',');
    for (let row = 2; row <= TEMPLATE_ROWS; row += 1) {
      sheet.getCell(`${letter}${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${options}"`] };
    }
  });
  addTableSheet(workbook, SHEETS.objectives, [{ header: objectiveHeaders[0], value: (row: string) => row, width: 120 }], (content?.objectives ?? []).map((objective) => objective.text));
  const items = (content?.solutionGroups ?? []).flatMap((group) => group.items.map((item) => ({ group, item })));
  addTableSheet(
    workbook,
    SHEETS.solutions,
    [
      { header: solutionHeaders[0], value: (row: (typeof items)[number]) => row.group.code, width: 10 },
      { header: solutionHeaders[1], value: (row) => row.group.name, width: 24 },
      { header: solutionHeaders[2], value: (row) => row.item.text, width: 100 },
      { header: solutionHeaders[3], value: (row) => row.item.leadUnitCode, width: 16 },
    ],
    items,
  );
  addTableSheet(workbook, SHEETS.units, [
    { header: 'Mã', value: (row: { code: string; name: string }) => row.code, width: 14 },
    { header: 'Tên đơn vị / tiêu chí', value: (row) => row.name, width: 60 },
  ], [...units, ...dtiCriteria.map((criterion) => ({ code: criterion.code, name: `Tiêu chí DTI (405/QĐ-BKHCN): ${criterion.name}` }))]);
  addTableSheet(workbook, SHEETS.guide, [{ header: 'Cách điền', value: (row: string) => row, width: 140 }], [
    'Mỗi dòng của trang "Chỉ tiêu" là một chỉ tiêu; các chỉ tiêu cùng mã lĩnh vực thuộc một lĩnh vực, theo thứ tự các dòng.',
    `Loại: ${Object.values(labels.kind).join(', ')}. Tỷ lệ cần tên tử số và mẫu số. Mục tiêu dạng "17/17 phường, xã" là loại "Số đơn vị đạt", giá trị 100.`,
    'Mục tiêu ghi như văn bản ("55%", "Duy trì 100%", "Trên 95%"); giá trị mục tiêu là con số của nó (55; 100; 95, so sánh "Trên (>)").',
    'Mốc: để trống giá trị mục tiêu, ghi hạn hoàn thành dạng ngày/tháng/năm trong năm kế hoạch.',
    `Ai báo cáo: ${Object.values(labels.reportingScope).join(', ')}. "Một phòng, ban" cần mã đơn vị báo cáo (trang "Đơn vị").`,
    'Tệp được kiểm tra toàn bộ: nếu có lỗi, không có gì được lưu và mọi lỗi được báo kèm trang, dòng, cột.',
  ]);
  return workbookBuffer(workbook);
}

interface Located {
  content: PlanContent;
  /** Where each part of the content came from, to put the plan check's problems back in their cells. */
  rows: { areas: number[]; indicators: number[][]; groups: number[]; items: number[][] };
}

const say = (vi: string, en: string): Localized => ({ vi, en });

/** The plan in a filled-in template, or every problem found reading it. */
export function readPlanWorkbook(workbook: ExcelJS.Workbook, year: number): { located: Located; issues: SheetIssue[]; structured: boolean } {
  const issues: SheetIssue[] = [];
  const at = (sheet: string, row: number, column: number, message: Localized) => issues.push({ sheet, row, column: columnLetter(column), message });

  const info = readSheet(workbook, SHEETS.info, infoHeaders);
  issues.push(...info.issues);
  const titleRow = info.rows.find((row) => row.cells[0] === TITLE);
  const yearRow = info.rows.find((row) => row.cells[0] === YEAR);
  const title = titleRow?.cells[1];
  if (typeof title !== 'string') at(SHEETS.info, titleRow?.row ?? 2, 2, say('Cần ghi tên kế hoạch.', 'The plan needs a title.'));
  if (yearRow && yearRow.cells[1] !== null && Number(yearRow.cells[1]) !== year) {
    at(SHEETS.info, yearRow.row, 2, say(`Tệp là kế hoạch năm ${String(yearRow.cells[1])}, không phải năm ${year}.`, `The file is the plan of ${String(yearRow.cells[1])}, not ${year}.`));
  }

  const sheet = readSheet(workbook, SHEETS.indicators, indicatorColumns.map((column) => column.header));
  issues.push(...sheet.issues);
  const areas: (PlanContent['areas'][number] & { row: number; rows: number[] })[] = [];
  for (const { row, cells } of sheet.rows) {
    const raw: Record<string, unknown> = {};
    let readable = true;
    indicatorColumns.forEach((column, index) => {
      const value = readCell(column, cells[index] ?? null);
      if (value.problem) {
        readable = false;
        at(SHEETS.indicators, row, index + 1, value.problem);
      }
      setPath(raw, column.path, value.value);
    });
    // A cell that could not be read is reported once, not again as a missing value.
    if (!readable) continue;
    const areaCode = typeof raw['area.code'] === 'string' ? raw['area.code'] : null;
    const areaName = typeof raw['area.name'] === 'string' ? raw['area.name'] : null;
    if (areaCode === null) {
      at(SHEETS.indicators, row, 1, say('Cần mã lĩnh vực.', 'The area code is missing.'));
      continue;
    }
    let area = areas.find((candidate) => candidate.code === areaCode);
    if (!area) {
      area = { code: areaCode, name: areaName ?? '', indicators: [], row, rows: [] };
      if (areaName === null) at(SHEETS.indicators, row, 2, say('Dòng đầu của lĩnh vực cần tên lĩnh vực.', 'The first row of an area needs its name.'));
      areas.push(area);
    } else if (areaName !== null && areaName !== area.name) {
      at(SHEETS.indicators, row, 2, say(`Lĩnh vực ${areaCode} đã có tên "${area.name}" ở dòng ${area.row}.`, `Area ${areaCode} is named "${area.name}" on row ${area.row}.`));
    }
    const baselineGiven = ['year', 'text', 'value', 'numerator', 'denominator'].some((field) => (raw.baseline as Record<string, unknown> | undefined)?.[field] !== null);
    const parsed = indicatorInputSchema.safeParse({ ...raw, baseline: baselineGiven ? raw.baseline : null });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) at(SHEETS.indicators, row, columnOf(issue.path) + 1, zodMessage(issue));
      continue;
    }
    area.indicators.push(parsed.data);
    area.rows.push(row);
  }

  const objectives = readSheet(workbook, SHEETS.objectives, objectiveHeaders);
  issues.push(...objectives.issues);
  const solutions = readSheet(workbook, SHEETS.solutions, solutionHeaders);
  issues.push(...solutions.issues);
  const groups: { code: string; name: string; row: number; items: { text: string; leadUnitCode: string | null }[]; rows: number[] }[] = [];
  for (const { row, cells } of solutions.rows) {
    const [code, name, text, lead] = cells.map((cell) => (cell === null ? null : String(cell)));
    if (!code) at(SHEETS.solutions, row, 1, say('Cần mã nhóm giải pháp.', 'The group code is missing.'));
    if (!text) at(SHEETS.solutions, row, 3, say('Cần nội dung giải pháp.', 'The solution text is missing.'));
    if (!code || !text) continue;
    let group = groups.find((candidate) => candidate.code === code);
    if (!group) {
      if (!name) at(SHEETS.solutions, row, 2, say('Dòng đầu của nhóm cần tên nhóm.', 'The first row of a group needs its name.'));
      group = { code, name: name ?? '', row, items: [], rows: [] };
      groups.push(group);
    }
    group.items.push({ text, leadUnitCode: lead ?? null });
    group.rows.push(row);
  }

  const candidate = {
    title: typeof title === 'string' ? title : '',
    areas: areas.map(({ row: _row, rows: _rows, ...area }) => area),
    objectives: objectives.rows.flatMap((row) => (row.cells[0] === null ? [] : [{ text: String(row.cells[0]) }])),
    solutionGroups: groups.map((group) => ({ code: group.code, name: group.name, items: group.items })),
    priorResults: [],
  };
  const parsed = planContentSchema.safeParse(candidate);
  if (!parsed.success && issues.length === 0) {
    for (const issue of parsed.error.issues) at(SHEETS.info, 1, 1, zodMessage(issue));
  }
  return {
    structured: parsed.success && !issues.some((issue) => issue.row === 1),
    located: {
      content: parsed.success ? parsed.data : { ...candidate, objectives: [], solutionGroups: [] },
      rows: { areas: areas.map((area) => area.row), indicators: areas.map((area) => area.rows), groups: groups.map((group) => group.row), items: groups.map((group) => group.rows) },
    },
    issues,
  };
}

/** The column (0-based) of an indicator's field, else of its parent field ('baseline'), else the code's. */
function columnOf(path: readonly PropertyKey[]): number {
  const find = (name: string) => indicatorColumns.findIndex((candidate) => candidate.path === name || candidate.path.startsWith(`${name}.`));
  const exact = indicatorColumns.findIndex((candidate) => candidate.path === path.map(String).join('.'));
  if (exact >= 0) return exact;
  const parent = find(String(path[0] ?? ''));
  return parent >= 0 ? parent : 2;
}

/** The plan check's problems, each put back in the cell it came from. */
export function issuesInCells(located: Located, problems: PlanIssue[]): SheetIssue[] {
  return problems.map((problem) => {
    const [part, first, child, second, ...field] = problem.path;
    if (part === 'areas' && typeof first === 'number') {
      if (child === 'indicators' && typeof second === 'number') {
        return { sheet: SHEETS.indicators, row: located.rows.indicators[first]?.[second] ?? 1, column: columnLetter(columnOf(field) + 1), message: problem.message };
      }
      return { sheet: SHEETS.indicators, row: located.rows.areas[first] ?? 1, column: 'A', message: problem.message };
    }
    if (part === 'solutionGroups' && typeof first === 'number') {
      const row = child === 'items' && typeof second === 'number' ? located.rows.items[first]?.[second] : located.rows.groups[first];
      return { sheet: SHEETS.solutions, row: row ?? 1, column: child === 'items' ? 'D' : 'A', message: problem.message };
    }
    return { sheet: SHEETS.info, row: 2, column: 'B', message: problem.message };
  });
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.');
  if (head === 'area') {
    target[path] = value;
  } else if (head && tail) {
    const inner = (target[head] as Record<string, unknown> | undefined) ?? {};
    inner[tail] = value;
    target[head] = inner;
  } else if (head) {
    target[head] = value;
  }
}

/** One cell as the schema wants it: a choice's code, a number, a date; or why it cannot be read. */
function readCell(column: Column, cell: CellValue): { value: unknown; problem?: Localized } {
  if (cell === null) return { value: null };
  if (column.choice) {
    const options = labels[column.choice] as Record<string, string>;
    const folded = foldVietnamese(String(cell));
    const code = Object.entries(options).find(([key, label]) => foldVietnamese(label) === folded || key === String(cell))?.[0];
    if (code === undefined) return { value: null, problem: say(`"${String(cell)}" không có trong danh sách: ${Object.values(options).join('; ')}.`, `"${String(cell)}" is not one of: ${Object.values(options).join('; ')}.`) };
    return { value: code };
  }
  if (column.kind === 'number' || column.kind === 'integer') {
    const number = typeof cell === 'number' ? cell : Number(String(cell).replace(/\s/g, '').replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.').replace(/%$/, ''));
    if (!Number.isFinite(number) || (column.kind === 'integer' && !Number.isInteger(number))) {
      return { value: null, problem: say(`"${String(cell)}" không phải là số (ví dụ 55 hoặc 98,27).`, `"${String(cell)}" is not a number (e.g. 55 or 98.27).`) };
    }
    return { value: number };
  }
  if (column.kind === 'date') {
    const text = String(cell);
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    const iso = match ? `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}` : text;
    if (!isIsoDate(iso)) return { value: null, problem: say(`"${text}" không phải ngày dạng ngày/tháng/năm (ví dụ 30/06/2025).`, `"${text}" is not a date as dd/mm/yyyy.`) };
    return { value: iso };
  }
  return { value: String(cell) };
}

function zodMessage(issue: { code: string; message: string }): Localized {
  if (issue.code === 'too_small') return say('Không được để trống.', 'Must not be empty.');
  if (issue.code === 'too_big') return say('Quá dài.', 'Too long.');
  if (issue.code === 'invalid_type') return say('Bắt buộc nhập.', 'Required.');
  return say(issue.message, issue.message);
}
