// The unit tree of thành phố Vũng Tàu as the 2024 plan and the 26/3/2024 conclusions name it.
import type { UnitKind } from '../../../common/units.js';

export interface UnitSeed {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  /** Where the name comes from: the plan, the conclusions, or the city's usual organisation. */
  source: 'plan' | 'conclusions' | 'organisation' | null;
}

export const PROVINCE_CODE = 'BRVT';
export const CITY_CODE = 'VT';
export const COORDINATOR_UNIT_CODE = 'VT-VHTT';

const departments: [string, string, UnitSeed['source']][] = [
  ['VT-VP', 'Văn phòng HĐND và UBND thành phố', 'plan'],
  ['VT-VHTT', 'Phòng Văn hóa và Thông tin', 'plan'],
  ['VT-TCKH', 'Phòng Tài chính – Kế hoạch', 'plan'],
  ['VT-TNMT', 'Phòng Tài nguyên và Môi trường', 'conclusions'],
  ['VT-QLDT', 'Phòng Quản lý đô thị', 'conclusions'],
  ['VT-NV', 'Phòng Nội vụ', 'organisation'],
  ['VT-TP', 'Phòng Tư pháp', 'organisation'],
  ['VT-KT', 'Phòng Kinh tế', 'organisation'],
  ['VT-GDDT', 'Phòng Giáo dục và Đào tạo', 'organisation'],
  ['VT-YT', 'Phòng Y tế', 'organisation'],
  ['VT-LDTBXH', 'Phòng Lao động – Thương binh và Xã hội', 'organisation'],
];

const wards: [string, string, UnitKind][] = [
  ['VT-P01', 'Phường 1', 'ward'],
  ['VT-P02', 'Phường 2', 'ward'],
  ['VT-P03', 'Phường 3', 'ward'],
  ['VT-P04', 'Phường 4', 'ward'],
  ['VT-P05', 'Phường 5', 'ward'],
  ['VT-P07', 'Phường 7', 'ward'],
  ['VT-P08', 'Phường 8', 'ward'],
  ['VT-P09', 'Phường 9', 'ward'],
  ['VT-P10', 'Phường 10', 'ward'],
  ['VT-P11', 'Phường 11', 'ward'],
  ['VT-P12', 'Phường 12', 'ward'],
  ['VT-TNHAT', 'Phường Thắng Nhất', 'ward'],
  ['VT-TNHI', 'Phường Thắng Nhì', 'ward'],
  ['VT-TTAM', 'Phường Thắng Tam', 'ward'],
  ['VT-RDUA', 'Phường Rạch Dừa', 'ward'],
  ['VT-NAN', 'Phường Nguyễn An Ninh', 'ward'],
  ['VT-LSON', 'Xã Long Sơn', 'commune'],
];

export const vungTauUnits: UnitSeed[] = [
  { code: PROVINCE_CODE, name: 'Tỉnh Bà Rịa – Vũng Tàu', kind: 'province', parentCode: null, source: 'plan' },
  { code: CITY_CODE, name: 'UBND thành phố Vũng Tàu', kind: 'city', parentCode: PROVINCE_CODE, source: 'plan' },
  ...departments.map(([code, name, source]): UnitSeed => ({ code, name, kind: 'department', parentCode: CITY_CODE, source })),
  {
    code: 'VT-BCD',
    name: 'Ban Chỉ đạo Chuyển đổi số – Ứng dụng công nghệ thông tin thành phố Vũng Tàu',
    kind: 'committee',
    parentCode: CITY_CODE,
    source: 'conclusions',
  },
  {
    code: 'VT-TGV',
    name: 'Tổ giúp việc Ban Chỉ đạo Chuyển đổi số – Ứng dụng Công nghệ thông tin thành phố',
    kind: 'group',
    parentCode: 'VT-BCD',
    source: 'plan',
  },
  ...wards.map(([code, name, kind]): UnitSeed => ({ code, name, kind, parentCode: CITY_CODE, source: 'plan' })),
];
