import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../common/units.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { jurisdictionOf } from './service.js';

const wardNames = [
  'Phường 1', 'Phường 2', 'Phường 3', 'Phường 4', 'Phường 5', 'Phường 7', 'Phường 8', 'Phường 9', 'Phường 10',
  'Phường 11', 'Phường 12', 'Phường Thắng Nhất', 'Phường Thắng Nhì', 'Phường Thắng Tam', 'Phường Rạch Dừa',
  'Phường Nguyễn An Ninh', 'Xã Long Sơn',
];

describe.each(testDialects)('unit tree on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('lists the province, the city, its offices, the steering committee and the 17 wards/communes', async () => {
    const session = await signIn(t.app, 'vhtt');
    const units = (await session.get('/api/units')).json<Unit[]>();
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const city = byCode.get('VT');
    expect(byCode.get('BRVT')?.name).toBe('Tỉnh Bà Rịa – Vũng Tàu');
    expect(city?.parentId).toBe(byCode.get('BRVT')?.id);
    const grassroots = units.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune');
    expect(grassroots.map((unit) => unit.name)).toEqual(wardNames);
    expect(grassroots.every((unit) => unit.parentId === city?.id)).toBe(true);
    const departments = units.filter((unit) => unit.kind === 'department').map((unit) => unit.name);
    expect(departments).toEqual(
      expect.arrayContaining([
        'Phòng Văn hóa và Thông tin',
        'Phòng Tài chính – Kế hoạch',
        'Phòng Tài nguyên và Môi trường',
        'Văn phòng HĐND và UBND thành phố',
      ]),
    );
    const committee = units.find((unit) => unit.kind === 'committee');
    expect(units.find((unit) => unit.kind === 'group')?.parentId).toBe(committee?.id);
  });
});

describe('jurisdiction', () => {
  const units = [
    { id: 1, parent_id: null, kind: 'province' as const },
    { id: 2, parent_id: 1, kind: 'city' as const },
    { id: 3, parent_id: 2, kind: 'ward' as const },
    { id: 4, parent_id: 1, kind: 'city' as const },
    { id: 5, parent_id: 4, kind: 'department' as const },
  ];
  it('is the whole city for anyone in it, and every city for the province', () => {
    expect([...jurisdictionOf(units, 3)].sort()).toEqual([2, 3]);
    expect([...jurisdictionOf(units, 5)].sort()).toEqual([4, 5]);
    expect([...jurisdictionOf(units, 1)].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
