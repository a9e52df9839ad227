// Ward geometry (GIS): the wards as approximate centres or as imported boundary polygons, and the
// result of a boundary import. Shared by the server and the web app.
import { z } from 'zod';

/** A GeoJSON position: [longitude, latitude] (an altitude, if any, is kept and ignored). */
const positionSchema = z.array(z.number()).min(2);
const polygonCoordinates = z.array(z.array(positionSchema));

export const wardGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates) }),
]);
export type WardGeometry = z.infer<typeof wardGeometrySchema>;

/** [west, south, east, north] in degrees, as GeoJSON writes a bbox. */
export const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Bbox = z.infer<typeof bboxSchema>;

export const gisWardSchema = z.object({
  /** The unit code (VT-P07): what dashboards key their values by. */
  code: z.string(),
  name: z.string(),
  centre: z.object({ lat: z.number(), lng: z.number() }),
  /** The centre is an approximation (good enough to place a point or pick the nearest ward), not a survey point. */
  centreApproximate: z.boolean(),
  /** The imported boundary, or null: draw the ward as a point at its centre. */
  geometry: wardGeometrySchema.nullable(),
  bbox: bboxSchema.nullable(),
});
export type GisWard = z.infer<typeof gisWardSchema>;

export const boundaryImportSchema = z.object({
  fileName: z.string(),
  importedAt: z.string(),
  wardCount: z.number().int(),
});
export type BoundaryImport = z.infer<typeof boundaryImportSchema>;

export const gisWardsSchema = z.object({
  city: z.object({ code: z.string(), name: z.string() }),
  /** Where the outlines come from; null: no boundaries imported, the wards are points. */
  boundaries: boundaryImportSchema.nullable(),
  wards: z.array(gisWardSchema),
});
export type GisWards = z.infer<typeof gisWardsSchema>;

export const boundaryMatchSchema = z.object({
  /** The feature's position in the file, from 0. */
  feature: z.number().int(),
  code: z.string(),
  name: z.string(),
  matchedBy: z.enum(['code', 'name']),
});
export type BoundaryMatch = z.infer<typeof boundaryMatchSchema>;

export const boundaryImportResultSchema = z.object({
  boundaries: boundaryImportSchema,
  matches: z.array(boundaryMatchSchema),
});
export type BoundaryImportResult = z.infer<typeof boundaryImportResultSchema>;

/** The largest boundary file accepted (JSON body or uploaded file). */
export const MAX_BOUNDARY_FILE_BYTES = 5 * 1024 * 1024;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Ray casting on one ring of [lng, lat] positions. */
function inRing(point: LatLng, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > point.lat !== yj > point.lat && point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a ward's Polygon or MultiPolygon holds the point (inside the outer ring, in no hole). */
export function geometryContains(geometry: WardGeometry, point: LatLng): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(point, outer) && !holes.some((hole) => inRing(point, hole)));
}
