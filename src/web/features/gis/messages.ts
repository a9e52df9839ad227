// Strings of the ward maps and the ward-boundary import screen (gis.*), in Vietnamese (the
// reference); English in messages-en.ts.

export const vi = {
  'gis.outlinesPickHint': 'Chạm vào bản đồ tại nơi xảy ra sự việc; đường viền là ranh giới phường, xã.',
  'gis.outlinesHint': 'Đường viền là ranh giới phường, xã; chấm màu là phản ánh.',
  'gis.tilesNote': 'Nền bản đồ: {host}.',

  'gis.chart.label': 'Bản đồ phường, xã theo {measure}',
  'gis.chart.centresApproximate': 'Mỗi phường, xã là một điểm đặt tại tâm gần đúng (chưa nhập ranh giới).',
  'gis.chart.outlines': 'Ranh giới phường, xã theo tệp đã nhập.',
  'gis.chart.tableCaption': '{measure} theo phường, xã',
  'gis.chart.ward': 'Phường, xã',
  'gis.chart.noData': 'Chưa có số liệu',
  'gis.chart.markers': '{count} điểm trên bản đồ',
  'gis.chart.loading': 'Đang tải bản đồ…',

  'gis.nav': 'Ranh giới phường, xã',
  'gis.title': 'Ranh giới phường, xã',
  'gis.intro':
    'Nhập tệp GeoJSON (FeatureCollection, hệ tọa độ WGS 84) có đúng một vùng Polygon hoặc MultiPolygon cho mỗi phường, xã, nhận biết bằng thuộc tính mã (code, ví dụ VT-P07) hoặc tên (name, ví dụ "Phường 7"). Tệp được kiểm tra toàn bộ; có lỗi thì không lưu gì. Lần nhập mới thay toàn bộ lần trước.',
  'gis.current': 'Đang dùng ranh giới từ tệp {file}, nhập ngày {date} ({count} phường, xã).',
  'gis.none': 'Chưa nhập ranh giới: các phường, xã hiện là điểm tại tâm gần đúng.',
  'gis.file': 'Tệp GeoJSON (tối đa 5 MB)',
  'gis.import': 'Nhập ranh giới',
  'gis.importing': 'Đang kiểm tra…',
  'gis.imported': 'Đã nhập ranh giới của {count} phường, xã từ tệp {file}.',
  'gis.errors': 'Tệp chưa được nhập, cần sửa:',
  'gis.matches': 'Các vùng đã khớp',
  'gis.feature': 'Vùng thứ',
  'gis.matchedBy': 'Khớp theo',
  'gis.matchedBy.code': 'mã',
  'gis.matchedBy.name': 'tên',
  'gis.revert': 'Bỏ ranh giới, trở lại dạng điểm',
  'gis.revertConfirm': 'Bỏ ranh giới đã nhập? Các phường, xã sẽ lại là điểm tại tâm gần đúng, phản ánh được gán phường theo tâm gần nhất.',
  'gis.reverted': 'Đã bỏ ranh giới; các phường, xã trở lại dạng điểm.',
  'gis.preview': 'Xem trước trên bản đồ',
  'gis.previewMeasure': 'Có ranh giới',
  'gis.yes': 'Có',
  'gis.no': 'Chưa',
} as const;
