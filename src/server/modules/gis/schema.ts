// Ward-boundary tables (see migrations/20241106000000_gis.ts), added to the Database type.
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface WardBoundaryImportTable {
  id: Generated<number>;
  city_id: number;
  file_name: string;
  ward_count: number;
  imported_by: number | null;
  imported_at: ColumnType<string, string, never>;
  /** When the outlines were removed or replaced; null for the import in force. */
  ended_at: string | null;
}

/** One imported ward's bounding box; its outline is ward_locations.boundary. */
export interface WardBoundaryTable {
  unit_id: number;
  import_id: number;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
  matched_by: 'code' | 'name';
}

declare module '../../db/schema.js' {
  interface Database {
    ward_boundary_imports: WardBoundaryImportTable;
    ward_boundaries: WardBoundaryTable;
  }
}

export type WardBoundaryImportRow = Selectable<WardBoundaryImportTable>;
export type WardBoundaryRow = Selectable<WardBoundaryTable>;
