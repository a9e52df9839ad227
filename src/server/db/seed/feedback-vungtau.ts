// Field reports in Vũng Tàu as reference data: the categories (lĩnh vực) with their deadlines in
// working days, the routing rules, and where each ward roughly is. The coordinator edits all of it.
import type { CategoryAttribute } from '../../../common/feedback.js';
import { CITY_CODE } from './units-vungtau.js';

export interface CategorySeed {
  code: string;
  name: string;
  description: string;
  group: string;
  keywords: string;
  slaDays: number;
  duplicateRadiusM: number;
  duplicateDays: number;
  attributes: CategoryAttribute[];
  /** Routing: a unit code, 'ward' (the ward where it is), or null (the coordinator decides). */
  routeTo: string | null;
}

export interface WardCentreSeed {
  code: string;
  lat: number;
  lng: number;
}

export interface FeedbackSeed {
  cityCode: string;
  categories: CategorySeed[];
  /** Rules more specific than a category's default: category × ward → unit. */
  rules: { category: string; ward: string; unit: string; note: string }[];
  wards: WardCentreSeed[];
  wardSource: string;
}

const attribute = (input: Omit<CategoryAttribute, 'variable' | 'required' | 'datatypeDescription' | 'values'> & Partial<CategoryAttribute>): CategoryAttribute => ({
  variable: true,
  required: false,
  datatypeDescription: null,
  values: [],
  ...input,
});

// Deadlines are our reading of common practice in Vietnamese city apps (urgent safety and lighting
// faster, works that need a contractor slower); the coordinator sets the city's own.
const categories: CategorySeed[] = [
  {
    code: 'MT-RAC',
    name: 'Môi trường – rác thải',
    description: 'Rác thải sinh hoạt, xà bần đổ trộm, điểm tập kết rác quá tải, vệ sinh đường phố, bãi biển.',
    group: 'Môi trường',
    keywords: 'rác, xà bần, vệ sinh, bãi biển',
    slaDays: 3,
    duplicateRadiusM: 100,
    duplicateDays: 14,
    attributes: [],
    routeTo: 'ward',
  },
  {
    code: 'MT-ONHIEM',
    name: 'Môi trường – ô nhiễm, tiếng ồn, nước thải',
    description: 'Khói bụi, mùi hôi, tiếng ồn kéo dài, xả nước thải ra đường hoặc ra biển.',
    group: 'Môi trường',
    keywords: 'ô nhiễm, tiếng ồn, karaoke, nước thải, mùi',
    slaDays: 5,
    duplicateRadiusM: 300,
    duplicateDays: 30,
    attributes: [],
    routeTo: 'VT-TNMT',
  },
  {
    code: 'GT-OGA',
    name: 'Hạ tầng giao thông – ổ gà, hư hỏng mặt đường',
    description: 'Ổ gà, sụt lún, nắp hố ga hư hỏng, vỉa hè bong tróc, biển báo bị mất.',
    group: 'Hạ tầng đô thị',
    keywords: 'ổ gà, mặt đường, hố ga, biển báo, vỉa hè',
    slaDays: 5,
    duplicateRadiusM: 50,
    duplicateDays: 60,
    attributes: [
      attribute({
        code: 'hazard',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Mức độ nguy hiểm',
        order: 1,
        values: [
          { key: 'low', name: 'Chưa ảnh hưởng lưu thông' },
          { key: 'medium', name: 'Gây khó khăn cho xe máy' },
          { key: 'high', name: 'Nguy hiểm, dễ gây tai nạn' },
        ],
      }),
    ],
    routeTo: 'VT-QLDT',
  },
  {
    code: 'CHIEUSANG',
    name: 'Chiếu sáng công cộng',
    description: 'Đèn đường không sáng, chập chờn, sáng ban ngày, trụ đèn nghiêng đổ, hở điện.',
    group: 'Hạ tầng đô thị',
    keywords: 'đèn đường, trụ đèn, chiếu sáng, hở điện',
    slaDays: 3,
    duplicateRadiusM: 60,
    duplicateDays: 30,
    attributes: [
      attribute({
        code: 'lamp_state',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Tình trạng đèn',
        order: 1,
        values: [
          { key: 'off', name: 'Không sáng' },
          { key: 'flicker', name: 'Chập chờn' },
          { key: 'day', name: 'Sáng ban ngày' },
          { key: 'damaged', name: 'Trụ đèn hư hỏng, hở điện' },
        ],
      }),
      attribute({ code: 'pole_number', datatype: 'string', description: 'Số hiệu trụ đèn (nếu thấy)', datatypeDescription: 'Ghi trên thân trụ, ví dụ VT-0123', order: 2 }),
    ],
    routeTo: 'VT-QLDT',
  },
  {
    code: 'NGAP',
    name: 'Ngập nước, thoát nước',
    description: 'Điểm ngập sau mưa, triều cường, cống nghẹt, mương thoát nước ứ đọng.',
    group: 'Hạ tầng đô thị',
    keywords: 'ngập, triều cường, cống, thoát nước',
    slaDays: 5,
    duplicateRadiusM: 200,
    duplicateDays: 7,
    attributes: [
      attribute({
        code: 'depth',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Độ sâu ngập',
        order: 1,
        values: [
          { key: 'lt20', name: 'Dưới 20 cm' },
          { key: '20to50', name: '20–50 cm' },
          { key: 'gt50', name: 'Trên 50 cm' },
        ],
      }),
    ],
    routeTo: 'VT-QLDT',
  },
  {
    code: 'TTDT',
    name: 'Trật tự đô thị – lấn chiếm vỉa hè, lòng đường',
    description: 'Buôn bán, để xe, dựng mái che lấn chiếm vỉa hè, lòng đường; quảng cáo sai quy định.',
    group: 'Trật tự đô thị',
    keywords: 'lấn chiếm, vỉa hè, lòng đường, quảng cáo',
    slaDays: 3,
    duplicateRadiusM: 50,
    duplicateDays: 14,
    attributes: [
      attribute({
        code: 'kinds',
        datatype: 'multivaluelist',
        description: 'Hình thức lấn chiếm',
        order: 1,
        values: [
          { key: 'vendor', name: 'Buôn bán' },
          { key: 'parking', name: 'Để xe' },
          { key: 'structure', name: 'Mái che, bục, bậc' },
          { key: 'advert', name: 'Bảng quảng cáo' },
        ],
      }),
    ],
    routeTo: 'ward',
  },
  {
    code: 'XAYDUNG',
    name: 'Xây dựng không phép, sai phép',
    description: 'Công trình xây dựng không phép, sai phép, vật liệu xây dựng để trên đường.',
    group: 'Trật tự đô thị',
    keywords: 'xây dựng, không phép, sai phép, vật liệu',
    slaDays: 5,
    duplicateRadiusM: 50,
    duplicateDays: 60,
    attributes: [],
    routeTo: 'ward',
  },
  {
    code: 'ANTT',
    name: 'An ninh trật tự',
    description: 'Tụ tập gây rối, đua xe, chèo kéo khách du lịch. Việc khẩn cấp xin gọi 113.',
    group: 'An ninh trật tự',
    keywords: 'gây rối, đua xe, chèo kéo, an ninh',
    slaDays: 2,
    duplicateRadiusM: 200,
    duplicateDays: 3,
    attributes: [attribute({ code: 'emergency_note', variable: false, datatype: 'text', description: 'Việc khẩn cấp (tai nạn, cháy, tội phạm đang diễn ra) xin gọi 113 hoặc 114.', order: 0 })],
    routeTo: 'ward',
  },
  {
    code: 'CAYXANH',
    name: 'Cây xanh',
    description: 'Cây gãy đổ, nguy cơ ngã đổ, cần cắt tỉa, chặt cây trái phép.',
    group: 'Hạ tầng đô thị',
    keywords: 'cây xanh, gãy đổ, cắt tỉa',
    slaDays: 3,
    duplicateRadiusM: 50,
    duplicateDays: 30,
    attributes: [],
    routeTo: 'VT-QLDT',
  },
  {
    code: 'KHAC',
    name: 'Khác',
    description: 'Những việc không thuộc các lĩnh vực trên: bộ phận điều phối sẽ chuyển đến đơn vị phù hợp.',
    group: 'Khác',
    keywords: 'khác',
    slaDays: 5,
    duplicateRadiusM: 50,
    duplicateDays: 7,
    attributes: [],
    routeTo: null,
  },
];

export const vungTauFeedback: FeedbackSeed = {
  cityCode: CITY_CODE,
  categories,
  rules: [
    // Trees on the island commune are the commune's own work, not the city's green-space contractor's.
    { category: 'CAYXANH', ward: 'VT-LSON', unit: 'VT-LSON', note: 'Cây xanh tại Xã Long Sơn do UBND xã xử lý' },
  ],
  // APPROXIMATE centres (about ±500 m), read off a general map to pick the nearest ward; not survey
  // data. Replace them, or import the ward boundaries (GeoJSON), for exact detection.
  wardSource: 'Tọa độ gần đúng (±500 m), chỉ để chọn phường gần nhất; thay bằng ranh giới hành chính khi có',
  wards: [
    { code: 'VT-P01', lat: 10.3468, lng: 107.0728 },
    { code: 'VT-P02', lat: 10.3362, lng: 107.0772 },
    { code: 'VT-P03', lat: 10.3499, lng: 107.0792 },
    { code: 'VT-P04', lat: 10.3556, lng: 107.0758 },
    { code: 'VT-P05', lat: 10.3672, lng: 107.0652 },
    { code: 'VT-P07', lat: 10.3573, lng: 107.0876 },
    { code: 'VT-P08', lat: 10.3524, lng: 107.0968 },
    { code: 'VT-P09', lat: 10.3652, lng: 107.0871 },
    { code: 'VT-P10', lat: 10.3771, lng: 107.1062 },
    { code: 'VT-P11', lat: 10.4011, lng: 107.1278 },
    { code: 'VT-P12', lat: 10.4205, lng: 107.1479 },
    { code: 'VT-TNHAT', lat: 10.3843, lng: 107.0895 },
    { code: 'VT-TNHI', lat: 10.3731, lng: 107.0764 },
    { code: 'VT-TTAM', lat: 10.3418, lng: 107.0896 },
    { code: 'VT-RDUA', lat: 10.3935, lng: 107.1063 },
    { code: 'VT-NAN', lat: 10.3683, lng: 107.0985 },
    { code: 'VT-LSON', lat: 10.4522, lng: 107.0985 },
  ],
};
