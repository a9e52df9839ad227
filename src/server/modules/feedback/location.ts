// Where a report is: the ward from the point (inside an imported boundary, else the nearest ward
// centre), distances for the duplicate hint, and the routing rule that names the handling unit.
import { type LatLng, type WardGeometry, geometryContains } from '../../../common/gis.js';
import type { RoutingRuleRow, WardLocationRow, WardSource } from './schema.js';

export type Point = LatLng;

const EARTH_RADIUS_M = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceM(a: Point, b: Point): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box around a point that holds every point within `metres`. */
export function boundingBox(center: Point, metres: number): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = (metres / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLng = dLat / Math.max(0.01, Math.cos(radians(center.lat)));
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLng: center.lng - dLng, maxLng: center.lng + dLng };
}

/** Farther than this from every ward centre (and in no boundary), a point is outside the city. */
export const MAX_WARD_DISTANCE_M = 8000;

export function detectWard(wards: WardLocationRow[], point: Point): { wardId: number; source: WardSource } | null {
  for (const ward of wards) {
    if (ward.boundary !== null && geometryContains(JSON.parse(ward.boundary) as WardGeometry, point)) return { wardId: ward.unit_id, source: 'polygon' };
  }
  let best: { wardId: number; distance: number } | null = null;
  for (const ward of wards) {
    const distance = distanceM(point, ward);
    if (!best || distance < best.distance) best = { wardId: ward.unit_id, distance };
  }
  return best && best.distance <= MAX_WARD_DISTANCE_M ? { wardId: best.wardId, source: 'nearest' } : null;
}

/**
 * The unit a report goes to: the most specific rule wins (category and ward, then category, then
 * ward, then a catch-all). A rule without a unit sends the report to its ward. null: the coordinator decides.
 */
export function routeReport(rules: RoutingRuleRow[], categoryId: number, wardId: number | null): number | null {
  const score = (rule: RoutingRuleRow) => {
    if (rule.category_id !== null && rule.category_id !== categoryId) return -1;
    if (rule.ward_id !== null && rule.ward_id !== wardId) return -1;
    return (rule.category_id !== null ? 2 : 0) + (rule.ward_id !== null ? 1 : 0);
  };
  let best: { rule: RoutingRuleRow; score: number } | null = null;
  for (const rule of rules) {
    const value = score(rule);
    if (value >= 0 && (!best || value > best.score || (value === best.score && rule.id < best.rule.id))) best = { rule, score: value };
  }
  if (!best) return null;
  return best.rule.unit_id ?? wardId;
}
