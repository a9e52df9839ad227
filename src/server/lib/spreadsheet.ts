// Table exports: XLSX (exceljs) and CSV that Excel opens with Vietnamese intact; reading a filled-in
// XLSX template back with its row/column problems.
import ExcelJS from 'exceljs';
import { AppError, type Localized, invalidField } from './errors.js';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Character width in Excel. */
  width?: number;
  /** Excel number format, e.g. '0.00' or 'dd/mm/yyyy'. */
  numFmt?: string;
}

/** A new workbook signed by the platform. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hải Đăng';
  return workbook;
}

/** One sheet of a workbook: a bold, frozen header row and a row per item. */
export function addTableSheet<T>(workbook: ExcelJS.Workbook, sheetName: string, columns: Column<T>[], rows: T[]): ExcelJS.Worksheet {
  // Excel limits sheet names to 31 characters and forbids a few symbols.
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 16, style: column.numFmt ? { numFmt: column.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  return sheet;
}

export const workbookBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await workbook.xlsx.writeBuffer());

export async function toXlsx<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const workbook = newWorkbook();
  addTableSheet(workbook, sheetName, columns, rows);
  return workbookBuffer(workbook);
}

const csvCell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV with a byte-order mark, so Excel reads UTF-8 (Vietnamese diacritics) correctly. */
export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
  const lines = [columns.map((column) => csvCell(column.header)), ...rows.map((row) => columns.map((column) => csvCell(column.value(row))))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Reading a filled-in template back: the whole file is checked, every problem is named by its sheet,
// row and column in the user's words, and nothing is saved unless there is none.

export interface SheetIssue {
  sheet: string;
  row: number;
  /** Excel's column letter, "H". */
  column: string;
  message: Localized;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export type CellValue = string | number | null;

/** A cell as the user sees it: text trimmed (rich text joined, a formula's result), numbers as numbers, dates as yyyy-mm-dd. */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cellValue(value.richText.map((part) => part.text).join(''));
  if ('result' in value) return cellValue(value.result ?? null);
  if ('text' in value) return cellValue(value.text);
  return null;
}

/** An uploaded workbook, or a 400 when it is not one. */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw invalidField('file', { vi: 'Không đọc được tệp: hãy tải mẫu Excel (.xlsx), điền rồi gửi lại.', en: 'The file could not be read: download the Excel (.xlsx) template, fill it in and upload it.' });
  }
  return workbook;
}

/**
 * A sheet's rows under the template's headers: `issues` names a missing sheet or any header that is
 * not the template's; empty rows are skipped; each row keeps its Excel row number.
 */
export function readSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[]): { rows: { row: number; cells: CellValue[] }[]; issues: SheetIssue[] } {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    return { rows: [], issues: [{ sheet: name, row: 1, column: 'A', message: { vi: `Thiếu trang "${name}" của mẫu.`, en: `The template's sheet "${name}" is missing.` } }] };
  }
  const issues: SheetIssue[] = [];
  const header = sheet.getRow(1);
  headers.forEach((expected, index) => {
    const found = cellValue(header.getCell(index + 1).value);
    if (found !== expected) {
      issues.push({
        sheet: name,
        row: 1,
        column: columnLetter(index + 1),
        message: { vi: `Tiêu đề cột phải là "${expected}"${found === null ? '' : `, không phải "${found}"`}.`, en: `The column header must be "${expected}"${found === null ? '' : `, not "${found}"`}.` },
      });
    }
  });
  const rows: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = headers.map((_, index) => cellValue(row.getCell(index + 1).value));
    if (cells.some((cell) => cell !== null)) rows.push({ row: number, cells });
  });
  return { rows, issues };
}

/** Where a problem is, as the API's field key ("Chỉ tiêu!H12") and in the message ("Dòng 12, cột H: …"). */
export function sheetIssuesError(issues: SheetIssue[]): AppError {
  const fields: Record<string, Localized> = {};
  for (const issue of issues) {
    fields[`${issue.sheet}!${issue.column}${issue.row}`] ??= {
      vi: `Trang "${issue.sheet}", dòng ${issue.row}, cột ${issue.column}: ${issue.message.vi}`,
      en: `Sheet "${issue.sheet}", row ${issue.row}, column ${issue.column}: ${issue.message.en}`,
    };
  }
  const first = Object.values(fields)[0];
  return new AppError('VALIDATION', {
    message: {
      vi: `Tệp có ${issues.length} lỗi, chưa lưu gì. ${first?.vi ?? ''}`.trim(),
      en: `The file has ${issues.length} problem(s); nothing was saved. ${first?.en ?? ''}`.trim(),
    },
    fields,
  });
}
