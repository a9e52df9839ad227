import type { Unit } from '../../../common/units.js';
import type { UnitRow } from '../../db/schema.js';

export const presentUnit = (row: UnitRow): Unit => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind,
  parentId: row.parent_id,
});
