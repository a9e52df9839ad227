// Ward geometry rows → the public API shape: no people, only places.
import type { BoundaryImport, BoundaryMatch, GisWard, GisWards, WardGeometry } from '../../../common/gis.js';
import type { UnitRow } from '../../db/schema.js';
import { type MatchedBoundary, bboxOf } from './boundaries.js';
import type { WardBoundaryImportRow } from './schema.js';
import type { CityWard } from './service.js';

export const presentImport = (row: WardBoundaryImportRow): BoundaryImport => ({ fileName: row.file_name, importedAt: row.imported_at, wardCount: row.ward_count });

/** A ward without a known centre cannot be drawn, so it is left out. */
function presentWard({ unit, location, boundary }: CityWard): GisWard[] {
  if (!location) return [];
  const geometry = location.boundary === null ? null : (JSON.parse(location.boundary) as WardGeometry);
  const bbox = boundary ? ([boundary.min_lng, boundary.min_lat, boundary.max_lng, boundary.max_lat] as const) : geometry && bboxOf(geometry);
  return [
    {
      code: unit.code,
      name: unit.name,
      centre: { lat: location.lat, lng: location.lng },
      centreApproximate: location.approximate === 1,
      geometry,
      bbox: bbox ? [...bbox] : null,
    },
  ];
}

export const presentWards = (city: UnitRow, record: WardBoundaryImportRow | undefined, wards: CityWard[]): GisWards => ({
  city: { code: city.code, name: city.name },
  boundaries: record ? presentImport(record) : null,
  wards: wards.flatMap(presentWard),
});

export const presentMatch = (ward: MatchedBoundary): BoundaryMatch => ({ feature: ward.feature, code: ward.code, name: ward.name, matchedBy: ward.matchedBy });
