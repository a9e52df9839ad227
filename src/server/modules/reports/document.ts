// The monthly report as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP layout):
// quốc hiệu and issuing body side by side, số/ký hiệu, place and date, title, sections I–V, nơi nhận
// and the signature. Written once as blocks; the DOCX and PDF writers only draw them.
import type { FieldReportCounts } from '../../../common/public.js';
import type { AchievementStatus } from '../../../common/reporting.js';
import { countStatuses } from '../public/presenter.js';
import { formatDate, formatNumber } from '../reporting/figure-text.js';
import type { MonthlyReport, ReportIndicator, UnitReportState } from './service.js';

export interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Smaller type, as for "Nơi nhận". */
  small?: boolean;
  align?: 'left' | 'center';
}

export interface TableColumn {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type Block =
  /** Two columns without borders: the letterhead, and nơi nhận beside the signature. */
  | { kind: 'columns'; left: Line[]; right: Line[]; leftWidth: number }
  | { kind: 'title'; lines: Line[] }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  /** Cells may hold several lines, separated by "\n". */
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] };

export const statusLabels: Record<AchievementStatus, string> = {
  met: 'Đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Nguy cơ không đạt',
  not_met: 'Chưa đạt',
  no_data: 'Chưa có số liệu',
};

export const unitStateLabel = (state: UnitReportState, daysLate: number) =>
  state === 'on_time' ? 'Đúng hạn' : state === 'late' ? `Trễ ${formatNumber(daysLate)} ngày` : 'Chưa gửi';

export const percentText = (value: number | null) => (value === null ? '—' : `${formatNumber(value)}%`);

/** "UBND thành phố Vũng Tàu" → "thành phố Vũng Tàu": the locality, as in "trên địa bàn thành phố Vũng Tàu". */
export const localityOf = (city: { name: string }) => {
  const locality = city.name.replace(/^(UBND|Ủy ban nhân dân)\s+/i, '');
  return locality.charAt(0).toLocaleLowerCase('vi') + locality.slice(1);
};
/** "thành phố Vũng Tàu" → "Vũng Tàu" (the place in "Vũng Tàu, ngày …"). */
const placeOf = (city: { name: string }) => localityOf(city).replace(/^(thành phố|thị xã|huyện|quận)\s+/i, '');
/** The symbol in "Số: …/BC-VHTT": the issuing unit's code after its city's prefix. */
const symbolOf = (code: string) => code.split('-').at(-1) ?? code;

export const reportTitle = (report: MonthlyReport) =>
  `Tình hình thực hiện Kế hoạch chuyển đổi số năm ${report.year} trên địa bàn ${localityOf(report.city)} tháng ${report.month}/${report.year}`;

/** Which version of the plan the targets come from: "Kế hoạch điều chỉnh số …, áp dụng từ tháng 7/2025". */
export function versionText(report: Pick<MonthlyReport, 'year' | 'planVersion'>): string {
  const version = report.planVersion;
  if (version === null) return `Mục tiêu theo Kế hoạch chuyển đổi số năm ${report.year}.`;
  const decision = version.decisionNumber ? ` số ${version.decisionNumber}${version.decisionDate ? ` ngày ${formatDate(version.decisionDate)}` : ''}` : ` chuyển đổi số năm ${report.year}`;
  return version.kind === 'issue'
    ? `Mục tiêu theo Kế hoạch${decision} (bản ban hành).`
    : `Mục tiêu theo Kế hoạch điều chỉnh${decision} (điều chỉnh lần ${version.number - 1}, áp dụng từ tháng ${version.effectiveMonth}/${report.year}).`;
}

/** Approved figure, then the provisional one when it differs, marked as such. */
export const resultText = (indicator: ReportIndicator) =>
  indicator.provisional ? `${indicator.approved.text}\nTạm tính: ${indicator.provisional.text}` : indicator.approved.text;

function results(report: MonthlyReport): Block[] {
  const counts = countStatuses(report.areas.flatMap((area) => area.indicators.map((indicator) => indicator.status)));
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const figures = report.withProvisional
    ? 'Kết quả chỉ tiêu tính theo số liệu đã được phê duyệt, lũy kế từ đầu năm; số liệu các đơn vị đã gửi nhưng chưa được phê duyệt được ghi riêng, đánh dấu "tạm tính".'
    : 'Kết quả chỉ tiêu tính theo số liệu đã được phê duyệt, lũy kế từ đầu năm; báo cáo không có số liệu tạm tính.';
  return [
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'paragraph', text: `${versionText(report)} ${figures}`, italic: true },
    {
      kind: 'paragraph',
      text: `Tổng số ${formatNumber(total)} chỉ tiêu: ${(Object.keys(statusLabels) as AchievementStatus[]).map((status) => `${formatNumber(counts[status])} ${statusLabels[status].toLocaleLowerCase('vi')}`).join(', ')}.`,
    },
    ...report.areas.flatMap((area, index): Block[] => [
      { kind: 'subheading', text: `${index + 1}. ${area.name}` },
      {
        kind: 'table',
        columns: [
          { header: 'TT', width: 6, align: 'center' },
          { header: 'Chỉ tiêu', width: 44 },
          { header: `Mục tiêu năm ${report.year}`, width: 15, align: 'center' },
          { header: 'Kết quả đến kỳ báo cáo', width: 20, align: 'center' },
          { header: 'Tình trạng', width: 15, align: 'center' },
        ],
        rows: area.indicators.map((indicator, row) => [String(row + 1), indicator.text, indicator.target, resultText(indicator), statusLabels[indicator.status]]),
      },
    ]),
  ];
}

function unitReports(report: MonthlyReport): Block[] {
  const count = (state: UnitReportState) => formatNumber(report.units.filter((unit) => unit.state === state).length);
  return [
    { kind: 'heading', text: 'II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ' },
    {
      kind: 'paragraph',
      text: `Hạn gửi báo cáo: hết ngày ${formatDate(report.period.dueDate)}. Có ${count('on_time')}/${formatNumber(report.units.length)} đơn vị gửi đúng hạn, ${count('late')} đơn vị gửi trễ hạn, ${count('missing')} đơn vị chưa gửi báo cáo.`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'TT', width: 6, align: 'center' },
        { header: 'Đơn vị', width: 54 },
        { header: 'Gửi báo cáo', width: 20, align: 'center' },
        { header: 'Phê duyệt', width: 20, align: 'center' },
      ],
      rows: report.units.map((unit, index) => [
        String(index + 1),
        unit.name,
        unitStateLabel(unit.state, unit.daysLate),
        unit.state === 'missing' ? '—' : unit.approved ? 'Đã duyệt' : 'Chưa duyệt',
      ]),
    },
  ];
}

export const delayText = (item: MonthlyReport['overdue'][number]) =>
  `${formatNumber(item.delayDays)} ngày${item.delayMonths > 0 ? ` (khoảng ${formatNumber(item.delayMonths)} tháng)` : ''}`;

function overdue(report: MonthlyReport): Block[] {
  const tasks = report.overdue.filter((item) => item.kind === 'task').length;
  const directives = report.overdue.length - tasks;
  const intro =
    report.overdue.length === 0
      ? `Đến ngày ${formatDate(report.asOf)}, không có nhiệm vụ, chỉ đạo nào chậm tiến độ.`
      : `Đến ngày ${formatDate(report.asOf)}, có ${formatNumber(tasks)} nhiệm vụ và ${formatNumber(directives)} chỉ đạo chậm tiến độ:`;
  return [
    { kind: 'heading', text: 'III. NHIỆM VỤ, CHỈ ĐẠO CHẬM TIẾN ĐỘ' },
    { kind: 'paragraph', text: intro },
    ...(report.overdue.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            columns: [
              { header: 'TT', width: 6, align: 'center' as const },
              { header: 'Nội dung', width: 40 },
              { header: 'Đơn vị chủ trì', width: 21 },
              { header: 'Thời hạn', width: 16, align: 'center' as const },
              { header: 'Chậm', width: 17, align: 'center' as const },
            ],
            rows: report.overdue.map((item, index) => [String(index + 1), `${item.kind === 'task' ? 'Nhiệm vụ' : 'Chỉ đạo'}: ${item.title}`, item.unit, formatDate(item.dueDate), delayText(item)]),
          },
        ]),
  ];
}

function fieldReports(report: MonthlyReport): Block[] {
  const { month, yearToDate } = report.fieldReports;
  const sentence = (figures: FieldReportCounts) =>
    `tiếp nhận ${formatNumber(figures.received)} phản ánh; đã xử lý ${formatNumber(figures.closed)}, trong đó đúng hạn ${formatNumber(figures.closedOnTime)} (tỷ lệ ${percentText(figures.onTimeRate)}); ${formatNumber(figures.openOverdue)} phản ánh quá hạn chưa xử lý xong.`;
  const columns = (first: string): TableColumn[] => [
    { header: first, width: 40 },
    { header: 'Tiếp nhận', width: 12, align: 'right' },
    { header: 'Đã xử lý', width: 12, align: 'right' },
    { header: 'Đúng hạn', width: 12, align: 'right' },
    { header: 'Tỷ lệ đúng hạn', width: 12, align: 'right' },
    { header: 'Quá hạn chưa xử lý', width: 12, align: 'right' },
  ];
  const cells = (figures: FieldReportCounts) => [figures.received, figures.closed, figures.closedOnTime].map(formatNumber).concat(percentText(figures.onTimeRate), formatNumber(figures.openOverdue));
  return [
    { kind: 'heading', text: 'IV. PHẢN ÁNH HIỆN TRƯỜNG' },
    { kind: 'paragraph', text: `Trong kỳ (từ ngày ${formatDate(month.from)} đến ngày ${formatDate(month.to)}), ${sentence(month)}` },
    { kind: 'paragraph', text: `Lũy kế từ đầu năm, ${sentence(yearToDate)}` },
    ...(month.byCategory.length === 0
      ? []
      : [{ kind: 'table' as const, columns: columns('Lĩnh vực'), rows: month.byCategory.map((row) => [row.category.name, ...cells(row)]) }]),
    ...(month.byUnit.length === 0
      ? []
      : [{ kind: 'table' as const, columns: columns('Đơn vị xử lý'), rows: month.byUnit.map((row) => [row.unit?.name ?? 'Chờ phân công', ...cells(row)]) }]),
  ];
}

export function reportBlocks(report: MonthlyReport): Block[] {
  const symbol = symbolOf(report.issuer.code);
  const byCity = report.issuer.code === report.city.code;
  return [
    {
      kind: 'columns',
      leftWidth: 42,
      left: [
        { text: `UBND ${localityOf(report.city).toLocaleUpperCase('vi')}`, align: 'center', bold: byCity, small: true },
        ...(byCity ? [] : [{ text: report.issuer.name.toLocaleUpperCase('vi'), bold: true, align: 'center' as const, small: true }]),
        { text: `Số: …/BC-${symbol}`, align: 'center', small: true },
      ],
      right: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, align: 'center', small: true },
        { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, align: 'center', small: true },
        { text: `${placeOf(report.city)}, ngày … tháng … năm …`, italic: true, align: 'center', small: true },
      ],
    },
    {
      kind: 'title',
      lines: [
        { text: 'BÁO CÁO', bold: true },
        { text: reportTitle(report), bold: true },
        { text: `(Số liệu từ ngày ${formatDate(report.period.dataFrom)} đến ngày ${formatDate(report.period.dataTo)})`, italic: true },
      ],
    },
    {
      kind: 'paragraph',
      text: `Thực hiện Kế hoạch triển khai các nhiệm vụ trọng tâm về chuyển đổi số năm ${report.year} trên địa bàn ${localityOf(report.city)}, trên cơ sở báo cáo của các cơ quan, đơn vị, ${report.issuer.name} tổng hợp, báo cáo tình hình thực hiện tháng ${report.month}/${report.year} như sau:`,
    },
    ...results(report),
    ...unitReports(report),
    ...overdue(report),
    ...fieldReports(report),
    { kind: 'heading', text: 'V. ĐỀ XUẤT, KIẾN NGHỊ' },
    { kind: 'paragraph', text: '…………………………………………………………………………………………' },
    { kind: 'paragraph', text: '…………………………………………………………………………………………' },
    {
      kind: 'paragraph',
      text: `Trên đây là báo cáo tình hình thực hiện Kế hoạch chuyển đổi số tháng ${report.month}/${report.year} trên địa bàn ${localityOf(report.city)} của ${report.issuer.name}./.`,
    },
    {
      kind: 'columns',
      leftWidth: 50,
      left: [
        { text: 'Nơi nhận:', bold: true, italic: true, small: true },
        { text: '- UBND tỉnh (báo cáo);', small: true },
        { text: '- Sở Thông tin và Truyền thông (báo cáo);', small: true },
        { text: '- Thường trực UBND thành phố (báo cáo);', small: true },
        { text: '- Ban Chỉ đạo Chuyển đổi số thành phố;', small: true },
        { text: '- Các cơ quan, đơn vị, UBND các phường, xã;', small: true },
        { text: `- Lưu: VT, ${symbol}.`, small: true },
      ],
      right: [
        { text: byCity ? 'CHỦ TỊCH' : 'TRƯỞNG PHÒNG', bold: true, align: 'center' },
        { text: '(Ký, ghi rõ họ tên)', italic: true, align: 'center' },
      ],
    },
  ];
}
