// The consolidated monthly report page: Vietnamese, the reference; English in messages-en.ts.
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
