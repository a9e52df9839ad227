// The consolidated monthly report page: Vietnamese, the reference, and English.
export const vi = {
  'monthlyReport.tab': 'Báo cáo tổng hợp',
  'monthlyReport.title': 'Báo cáo tổng hợp tháng',
  'monthlyReport.lead':
    'Báo cáo tình hình thực hiện Kế hoạch chuyển đổi số {period}, lập từ số liệu các đơn vị: kết quả chỉ tiêu (số liệu đã duyệt; số liệu chưa duyệt ghi "tạm tính"), tình hình gửi báo cáo, nhiệm vụ và chỉ đạo chậm tiến độ, phản ánh hiện trường. Phòng VHTT tổng hợp, báo cáo trước hết ngày {date}.',
  'monthlyReport.download': 'Tải về',
  'monthlyReport.docx': 'Word (DOCX) – để chỉnh sửa, ký ban hành',
  'monthlyReport.xlsx': 'Excel (XLSX) – bảng số liệu',
  'monthlyReport.pdf': 'PDF – để đọc, in',
  'monthlyReport.notStarted': 'Kỳ này chưa bắt đầu, chưa lập được báo cáo.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'monthlyReport.tab': 'Monthly report',
  'monthlyReport.title': 'Consolidated monthly report',
  'monthlyReport.lead':
    'The report on the digital transformation plan for {period}, made from the units\' figures: indicator results (approved figures; those awaiting approval marked "tạm tính"), who reported on time, tasks and directives behind schedule, field reports. Due from the culture and information office by the end of {date}. The report itself is in Vietnamese.',
  'monthlyReport.download': 'Download',
  'monthlyReport.docx': 'Word (DOCX) – to edit and sign',
  'monthlyReport.xlsx': 'Excel (XLSX) – the figures',
  'monthlyReport.pdf': 'PDF – to read and print',
  'monthlyReport.notStarted': 'This period has not started; there is nothing to report yet.',
};
