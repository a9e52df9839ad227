// The report as a workbook, one sheet per section, figures as numbers. Number formats use Excel's
// neutral codes (#,##0.00 and 0.00%), which Excel shows with the reader's separators: 98,27% and
// 23.391 on a Vietnamese system.
import type { FieldReportCounts } from '../../../common/public.js';
import { type Column, addTableSheet, newWorkbook, workbookBuffer } from '../../lib/spreadsheet.js';
import { reportTitle, resultText, statusLabels, unitStateLabel, versionText } from './document.js';
import { formatDate } from '../reporting/figure-text.js';
import type { MonthlyReport, ReportIndicator } from './service.js';

const PERCENT = '0.00%';
const NUMBER = '#,##0.##';
const COUNT = '#,##0';
const share = (percent: number | null) => (percent === null ? null : percent / 100);

type IndicatorRow = ReportIndicator & { area: string };
const indicatorColumns = (year: number): Column<IndicatorRow>[] => [
  { header: 'Lĩnh vực', value: (row) => row.area, width: 28 },
  { header: 'Mã', value: (row) => row.code, width: 10 },
  { header: 'Chỉ tiêu', value: (row) => row.text, width: 60 },
  { header: `Mục tiêu năm ${year}`, value: (row) => row.target, width: 18 },
  { header: 'Tỷ lệ (đã duyệt)', value: (row) => (row.kind === 'ratio' ? share(row.approved.number) : null), numFmt: PERCENT },
  { header: 'Giá trị (đã duyệt)', value: (row) => (row.kind === 'ratio' ? null : row.approved.number), numFmt: NUMBER },
  { header: 'Kết quả', value: (row) => resultText(row), width: 36 },
  { header: 'Tình trạng', value: (row) => statusLabels[row.status], width: 18 },
];

type UnitRow = MonthlyReport['units'][number];
const unitColumns: Column<UnitRow>[] = [
  { header: 'Đơn vị', value: (row) => row.name, width: 40 },
  { header: 'Gửi báo cáo', value: (row) => unitStateLabel(row.state, row.daysLate), width: 18 },
  { header: 'Số ngày trễ', value: (row) => (row.state === 'on_time' ? 0 : row.daysLate), numFmt: COUNT },
  { header: 'Phê duyệt', value: (row) => (row.state === 'missing' ? null : row.approved ? 'Đã duyệt' : 'Chưa duyệt'), width: 14 },
];

type OverdueRow = MonthlyReport['overdue'][number];
const overdueColumns: Column<OverdueRow>[] = [
  { header: 'Loại', value: (row) => (row.kind === 'task' ? 'Nhiệm vụ' : 'Chỉ đạo'), width: 12 },
  { header: 'Nội dung', value: (row) => row.title, width: 60 },
  { header: 'Đơn vị chủ trì', value: (row) => row.unit, width: 32 },
  { header: 'Thời hạn', value: (row) => formatDate(row.dueDate), width: 12 },
  { header: 'Số ngày chậm', value: (row) => row.delayDays, numFmt: COUNT },
];

type FieldRow = FieldReportCounts & { scope: string };
const fieldColumns: Column<FieldRow>[] = [
  { header: 'Phạm vi', value: (row) => row.scope, width: 44 },
  { header: 'Tiếp nhận', value: (row) => row.received, numFmt: COUNT },
  { header: 'Đã xử lý', value: (row) => row.closed, numFmt: COUNT },
  { header: 'Đúng hạn', value: (row) => row.closedOnTime, numFmt: COUNT },
  { header: 'Tỷ lệ đúng hạn', value: (row) => share(row.onTimeRate), numFmt: PERCENT },
  { header: 'Quá hạn chưa xử lý', value: (row) => row.openOverdue, numFmt: COUNT },
];

export async function toXlsx(report: MonthlyReport): Promise<Buffer> {
  const workbook = newWorkbook();
  const about: [string, string][] = [
    ['Báo cáo', reportTitle(report)],
    ['Đơn vị tổng hợp', report.issuer.name],
    ['Số liệu từ ngày', formatDate(report.period.dataFrom)],
    ['Đến ngày', formatDate(report.period.dataTo)],
    ['Hạn gửi báo cáo của đơn vị', formatDate(report.period.dueDate)],
    ['Tình hình tính đến ngày', formatDate(report.asOf)],
    ['Mục tiêu theo', versionText(report)],
    ['Số liệu chỉ tiêu', report.withProvisional ? 'Đã duyệt; số liệu chưa duyệt ghi "tạm tính"' : 'Đã duyệt (không có số liệu tạm tính)'],
  ];
  addTableSheet(workbook, 'Thông tin', [{ header: 'Mục', value: (row: [string, string]) => row[0], width: 28 }, { header: 'Nội dung', value: (row) => row[1], width: 90 }], about);
  addTableSheet(workbook, 'I. Kết quả thực hiện', indicatorColumns(report.year), report.areas.flatMap((area) => area.indicators.map((indicator) => ({ ...indicator, area: area.name }))));
  addTableSheet(workbook, 'II. Báo cáo của đơn vị', unitColumns, report.units);
  addTableSheet(workbook, 'III. Chậm tiến độ', overdueColumns, report.overdue);
  const { month, yearToDate } = report.fieldReports;
  addTableSheet(workbook, 'IV. Phản ánh hiện trường', fieldColumns, [
    { ...month, scope: 'Cả thành phố, trong kỳ' },
    { ...yearToDate, scope: 'Cả thành phố, lũy kế từ đầu năm' },
    ...month.byCategory.map((row) => ({ ...row, scope: `Lĩnh vực: ${row.category.name}` })),
    ...month.byUnit.map((row) => ({ ...row, scope: `Đơn vị xử lý: ${row.unit?.name ?? 'Chờ phân công'}` })),
  ]);
  addTableSheet(workbook, 'V. Đề xuất, kiến nghị', [{ header: 'Đề xuất, kiến nghị', value: (row: string) => row, width: 100 }], []);
  return workbookBuffer(workbook);
}
