import { describe, expect, it } from 'vitest';
import { vungTauFeedback } from '../../db/seed/feedback-vungtau.js';
import { vungTauUnits } from '../../db/seed/units-vungtau.js';
import { type WardTarget, checkBoundaries, sanityBox, wardNameKey } from './boundaries.js';
import { syntheticWards } from './testing.js';

const wards: WardTarget[] = vungTauFeedback.wards.map((ward, index) => ({
  unitId: index + 1,
  code: ward.code,
  name: vungTauUnits.find((unit) => unit.code === ward.code)?.name ?? '',
}));
const box = sanityBox(vungTauFeedback.wards);
const check = (document: unknown) => checkBoundaries(document, wards, box);
const messages = (document: unknown) => check(document).problems.map((problem) => `${problem.field}: ${problem.message.vi}`);

describe('ward boundary files', () => {
  it('matches the 17 synthetic squares by code, with their boxes', () => {
    const { boundaries, problems } = check(syntheticWards());
    expect(problems).toEqual([]);
    expect(boundaries).toHaveLength(17);
    expect(boundaries[0]).toMatchObject({ code: 'VT-P01', matchedBy: 'code', feature: 0, bbox: [107.0708, 10.3448, 107.0748, 10.3488] });
  });

  it('matches by name without diacritics, prefixes or leading zeros', () => {
    expect(['Phường 07', 'P.7', 'phuong 7', 'P7'].map(wardNameKey)).toEqual(['7', '7', '7', '7']);
    expect(wardNameKey('XÃ LONG SƠN')).toBe(wardNameKey('Xã Long Sơn'));
    const file = syntheticWards();
    const spelled: Record<string, string> = { 'VT-P07': 'Phuong 07', 'VT-TTAM': 'THẮNG TAM', 'VT-LSON': 'xa long son' };
    file.features = file.features.map((feature) => {
      const code = String(feature.properties.code);
      return { ...feature, properties: { ten: spelled[code] ?? feature.properties.name } };
    });
    const { boundaries, problems } = check(file);
    expect(problems).toEqual([]);
    expect(boundaries.map((ward) => ward.matchedBy)).toEqual(Array(17).fill('name'));
    expect(boundaries.find((ward) => ward.code === 'VT-TTAM')?.name).toBe('Phường Thắng Tam');
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(messages({ type: 'Feature' })).toEqual(['type: Tệp phải là một GeoJSON FeatureCollection (có "type": "FeatureCollection" và mảng "features").']);
    expect(messages([])).toHaveLength(1);
  });

  it('lists every problem of a broken file at once, each where it is', () => {
    const file = syntheticWards();
    const [p1, p2, p3, p4, p5, p7, p8, , p10, , , , , , , , lson] = file.features;
    if (!p1 || !p2 || !p3 || !p4 || !p5 || !p7 || !p8 || !p10 || !lson) throw new Error('fixture');
    p1.geometry = { type: 'Point', coordinates: [107.07, 10.34] };
    // Open ring: the last position is not the first.
    p2.geometry = { type: 'Polygon', coordinates: [[[107.075, 10.334], [107.079, 10.334], [107.079, 10.338], [107.075, 10.338]]] };
    // Three positions only.
    p3.geometry = { type: 'Polygon', coordinates: [[[107.077, 10.348], [107.081, 10.348], [107.077, 10.348]]] };
    // VN-2000 metres instead of degrees.
    p4.geometry = { type: 'Polygon', coordinates: [[[430100, 1144200], [430500, 1144200], [430500, 1144600], [430100, 1144200]]] };
    // Hà Nội, not Vũng Tàu.
    p5.geometry = { type: 'Polygon', coordinates: [[[105.85, 21.02], [105.86, 21.02], [105.86, 21.03], [105.85, 21.02]]] };
    // A bow tie crosses itself.
    p7.geometry = { type: 'Polygon', coordinates: [[[107.085, 10.355], [107.089, 10.359], [107.089, 10.355], [107.085, 10.359], [107.085, 10.355]]] };
    p8.properties = { code: 'VT-P06', name: 'Phường 6' };
    p10.properties = { name: 'Phường 7' };
    lson.properties = {};
    const found = messages(file);
    expect(found).toEqual([
      'features.0: Đặc trưng thứ 1 (Phường 1): hình học phải là Polygon hoặc MultiPolygon (đang là Point).',
      'features.1: Đặc trưng thứ 2 (Phường 2): Có vòng ranh giới chưa khép kín (điểm cuối phải trùng điểm đầu).',
      'features.2: Đặc trưng thứ 3 (Phường 3): Có vòng ranh giới chỉ 3 điểm (cần ít nhất 4, điểm cuối trùng điểm đầu).',
      'features.3: Đặc trưng thứ 4 (Phường 4): Tọa độ ngoài phạm vi kinh độ/vĩ độ (430100, 1144200): tệp cần dùng WGS 84, mỗi điểm [kinh độ, vĩ độ] (không dùng VN-2000, không đảo thứ tự).',
      'features.4: Đặc trưng thứ 5 (Phường 5): Điểm (105.85, 21.02) nằm xa địa bàn thành phố: tệp có đúng là ranh giới phường, xã của thành phố này không?',
      'features.5: Đặc trưng thứ 6 (Phường 7): Ranh giới tự cắt nhau gần (107.087, 10.357).',
      'features.6: Đặc trưng thứ 7 (Phường 6): không khớp phường, xã nào của thành phố (theo mã hoặc tên).',
      'features.8: Đặc trưng thứ 9 (Phường 7): Phường 7 đã có ở đặc trưng thứ 6.',
      'features.16: Đặc trưng thứ 17: không có thuộc tính mã (code) hay tên (name) để biết là phường, xã nào.',
      'wards: Thiếu ranh giới của: Phường 1, Phường 8, Phường 10, Xã Long Sơn.',
    ]);
    expect(check(file).boundaries).toEqual([]);
  });

  it('accepts a MultiPolygon with a hole', () => {
    const file = syntheticWards();
    const lson = file.features[16];
    if (!lson) throw new Error('fixture');
    const island = [[107.09, 10.44], [107.11, 10.44], [107.11, 10.46], [107.09, 10.46], [107.09, 10.44]];
    const pond = [[107.095, 10.445], [107.096, 10.445], [107.096, 10.446], [107.095, 10.445]];
    const islet = [[107.12, 10.47], [107.121, 10.47], [107.121, 10.471], [107.12, 10.47]];
    lson.geometry = { type: 'MultiPolygon', coordinates: [[island, pond], [islet]] };
    const { boundaries, problems } = check(file);
    expect(problems).toEqual([]);
    expect(boundaries[16]?.bbox).toEqual([107.09, 10.44, 107.121, 10.471]);
  });
});
