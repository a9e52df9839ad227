// Table exports: XLSX (exceljs) and CSV that Excel opens with Vietnamese intact.
import ExcelJS from 'exceljs';

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
