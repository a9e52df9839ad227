import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../common/units.js';
import { buildUnitTree, filterUnitTree, flattenUnitTree, jurisdictionTree } from './unit-tree.js';

const units: Unit[] = [
  { id: 1, code: 'BRVT', name: 'Tỉnh Bà Rịa – Vũng Tàu', kind: 'province', parentId: null },
  { id: 2, code: 'VT', name: 'UBND thành phố Vũng Tàu', kind: 'city', parentId: 1 },
  { id: 3, code: 'VT-BCD', name: 'Ban Chỉ đạo Chuyển đổi số', kind: 'committee', parentId: 2 },
  { id: 4, code: 'VT-TGV', name: 'Tổ giúp việc Ban Chỉ đạo', kind: 'group', parentId: 3 },
  { id: 5, code: 'VT-TTAM', name: 'Phường Thắng Tam', kind: 'ward', parentId: 2 },
  { id: 6, code: 'VT-LSON', name: 'Xã Long Sơn', kind: 'commune', parentId: 2 },
];
const names = (nodes: ReturnType<typeof buildUnitTree>) => flattenUnitTree(nodes).map(({ unit, depth }) => `${depth}:${unit.code}`);

describe('unit tree', () => {
  it('nests units under their parents, in the given order', () => {
    expect(names(buildUnitTree(units))).toEqual(['0:BRVT', '1:VT', '2:VT-BCD', '3:VT-TGV', '2:VT-TTAM', '2:VT-LSON']);
  });

  it('treats a unit whose parent is not listed as a root', () => {
    expect(names(buildUnitTree(units.slice(1, 3)))).toEqual(['0:VT', '1:VT-BCD']);
  });

  it('finds units without diacritics and keeps the units above them', () => {
    const tree = buildUnitTree(units);
    expect(names(filterUnitTree(tree, 'thang tam'))).toEqual(['0:BRVT', '1:VT', '2:VT-TTAM']);
    expect(names(filterUnitTree(tree, 'long son'))).toEqual(['0:BRVT', '1:VT', '2:VT-LSON']);
    expect(names(filterUnitTree(tree, 'to giup viec'))).toEqual(['0:BRVT', '1:VT', '2:VT-BCD', '3:VT-TGV']);
    expect(filterUnitTree(tree, 'không có')).toEqual([]);
  });

  it('scopes a user to the nearest city or province at or above their unit', () => {
    const tree = buildUnitTree(units);
    expect(names(jurisdictionTree(tree, 4))[0]).toBe('0:VT');
    expect(names(jurisdictionTree(tree, 2))).toHaveLength(5);
    expect(names(jurisdictionTree(tree, 1))[0]).toBe('0:BRVT');
  });
});
