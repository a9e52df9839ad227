// Digital-transformation index tables (see migrations/20241107000000_dx_index.ts).
import type { Generated, Selectable } from 'kysely';
import type { DxComponentKind, DxPillarCode } from '../../../common/dx.js';

export interface DxPillarTable {
  id: Generated<number>;
  city_id: number;
  code: DxPillarCode;
  name: string;
  /** Points out of 1000. */
  weight: number;
  sort_order: number;
  updated_at: string;
  updated_by: number | null;
}

export interface DxComponentTable {
  id: Generated<number>;
  pillar_id: number;
  city_id: number;
  kind: DxComponentKind;
  indicator_code: string | null;
  /** Relative to the pillar's other components. */
  weight: number;
  sort_order: number;
}

declare module '../../db/schema.js' {
  interface Database {
    dx_pillars: DxPillarTable;
    dx_components: DxComponentTable;
  }
}

export type DxPillarRow = Selectable<DxPillarTable>;
export type DxComponentRow = Selectable<DxComponentTable>;
