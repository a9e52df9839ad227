// Checking a ward-boundary GeoJSON file before anything is stored: the shape of the collection,
// each geometry (closed rings of at least 4 positions, longitude/latitude in range and near the
// city, no self-intersection), and the match of features to wards, one each, by code or by name.
// Every problem is collected so the administrator fixes the file in one go.
import findIntersections from 'sweepline-intersections';
import { type Bbox, type WardGeometry, wardGeometrySchema } from '../../../common/gis.js';
import { foldVietnamese } from '../../../common/text.js';
import type { Localized } from '../../lib/errors.js';

export interface WardTarget {
  unitId: number;
  code: string;
  name: string;
}

export interface MatchedBoundary extends WardTarget {
  feature: number;
  matchedBy: 'code' | 'name';
  geometry: WardGeometry;
  bbox: Bbox;
}

export interface BoundaryProblem {
  /** Where in the file: "features.3", "type", "wards". */
  field: string;
  message: Localized;
}

/** Where the city's outlines may lie: its ward centres widened by this many degrees (about 17 km). */
export const SANITY_MARGIN_DEG = 0.15;

// Property names seen in ward files (ours, OpenStreetMap exports, the GSO's administrative units).
const codeKeys = ['code', 'ma', 'unit_code', 'ma_don_vi'];
const nameKeys = ['name', 'ten', 'name:vi', 'ten_phuong', 'ten_xa', 'ten_dvhc', 'tenxa'];

/** "Phường 07", "P.7", "phuong 7" → "7"; "Xã Long Sơn" → "long son". */
export function wardNameKey(name: string): string {
  return foldVietnamese(name)
    .replace(/^(phuong|xa|thi tran)\s+/, '')
    .replace(/^[px]\.\s*/, '')
    .replace(/^p\s*(?=\d)/, '')
    .replace(/\b0+(?=\d)/g, '');
}

function property(properties: Record<string, unknown>, keys: string[]): string | null {
  for (const [key, value] of Object.entries(properties)) {
    if (keys.includes(key.toLowerCase()) && (typeof value === 'string' || typeof value === 'number') && String(value).trim() !== '') return String(value).trim();
  }
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const coordinate = (value: number) => Number(value.toFixed(5));

/** The box around the ward centres that every outline must stay in; null when no centre is known. */
export function sanityBox(centres: { lat: number; lng: number }[]): Bbox | null {
  if (centres.length === 0) return null;
  const lngs = centres.map((centre) => centre.lng);
  const lats = centres.map((centre) => centre.lat);
  return [Math.min(...lngs) - SANITY_MARGIN_DEG, Math.min(...lats) - SANITY_MARGIN_DEG, Math.max(...lngs) + SANITY_MARGIN_DEG, Math.max(...lats) + SANITY_MARGIN_DEG];
}

export function bboxOf(geometry: WardGeometry): Bbox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const position of polygons.flat(2)) {
    const [lng = 0, lat = 0] = position;
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

/** What is wrong with one geometry, in order: the first problem of each kind. */
function geometryProblems(geometry: WardGeometry, sanity: Bbox | null): Localized[] {
  const problems: Localized[] = [];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (polygons.length === 0 || polygons.some((polygon) => polygon.length === 0)) {
    return [{ vi: 'Vùng không có vòng ranh giới nào.', en: 'A polygon has no ring.' }];
  }
  const rings = polygons.flat();
  const short = rings.find((ring) => ring.length < 4);
  if (short) problems.push({ vi: `Có vòng ranh giới chỉ ${short.length} điểm (cần ít nhất 4, điểm cuối trùng điểm đầu).`, en: `A ring has only ${short.length} positions (at least 4 are needed, the last equal to the first).` });
  const open = rings.find((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return ring.length >= 4 && (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]);
  });
  if (open) problems.push({ vi: 'Có vòng ranh giới chưa khép kín (điểm cuối phải trùng điểm đầu).', en: 'A ring is not closed (its last position must equal its first).' });
  const positions = rings.flat();
  const outOfRange = positions.find(([lng = 0, lat = 0]) => !Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90);
  if (outOfRange) {
    problems.push({
      vi: `Tọa độ ngoài phạm vi kinh độ/vĩ độ (${outOfRange.slice(0, 2).join(', ')}): tệp cần dùng WGS 84, mỗi điểm [kinh độ, vĩ độ] (không dùng VN-2000, không đảo thứ tự).`,
      en: `A position is outside longitude/latitude range (${outOfRange.slice(0, 2).join(', ')}): the file must use WGS 84, each position [longitude, latitude] (not VN-2000, not swapped).`,
    });
  } else if (sanity) {
    const far = positions.find(([lng = 0, lat = 0]) => lng < sanity[0] || lng > sanity[2] || lat < sanity[1] || lat > sanity[3]);
    if (far) {
      problems.push({
        vi: `Điểm (${far.slice(0, 2).join(', ')}) nằm xa địa bàn thành phố: tệp có đúng là ranh giới phường, xã của thành phố này không?`,
        en: `Position (${far.slice(0, 2).join(', ')}) is far from the city: is this file the boundaries of this city's wards?`,
      });
    }
  }
  if (problems.length > 0) return problems;
  for (const polygon of polygons) {
    const [crossing] = findIntersections({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygon } }, false);
    if (crossing) {
      const [lng, lat] = crossing;
      return [{ vi: `Ranh giới tự cắt nhau gần (${coordinate(lng)}, ${coordinate(lat)}).`, en: `The boundary crosses itself near (${coordinate(lng)}, ${coordinate(lat)}).` }];
    }
  }
  return [];
}

const nth = (index: number): Localized => ({ vi: `Đặc trưng thứ ${index + 1}`, en: `Feature ${index + 1}` });

/**
 * Checks a parsed GeoJSON document against the city's wards. Returns the matched boundaries, or
 * every problem found (then nothing may be stored).
 */
export function checkBoundaries(document: unknown, wards: WardTarget[], sanity: Bbox | null): { boundaries: MatchedBoundary[]; problems: BoundaryProblem[] } {
  const problems: BoundaryProblem[] = [];
  if (!isObject(document) || document.type !== 'FeatureCollection' || !Array.isArray(document.features)) {
    problems.push({ field: 'type', message: { vi: 'Tệp phải là một GeoJSON FeatureCollection (có "type": "FeatureCollection" và mảng "features").', en: 'The file must be a GeoJSON FeatureCollection (with "type": "FeatureCollection" and a "features" array).' } });
    return { boundaries: [], problems };
  }
  const byCode = new Map(wards.map((ward) => [ward.code.toLowerCase(), ward]));
  const byName = new Map(wards.map((ward) => [wardNameKey(ward.name), ward]));
  const seen = new Map<number, number>();
  const boundaries: MatchedBoundary[] = [];
  document.features.forEach((feature: unknown, index: number) => {
    const properties = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
    const code = property(properties, codeKeys);
    const name = property(properties, nameKeys);
    const label = name ?? code;
    const say = (message: Localized) => {
      const where = nth(index);
      const named = label === null ? '' : ` (${label})`;
      problems.push({ field: `features.${index}`, message: { vi: `${where.vi}${named}: ${message.vi}`, en: `${where.en}${named}: ${message.en}` } });
    };
    if (!isObject(feature) || feature.type !== 'Feature') return say({ vi: 'không phải một Feature GeoJSON.', en: 'is not a GeoJSON Feature.' });
    const parsed = wardGeometrySchema.safeParse(feature.geometry);
    if (!parsed.success) {
      const type = isObject(feature.geometry) ? String(feature.geometry.type) : 'không có';
      return say(
        type === 'Polygon' || type === 'MultiPolygon'
          ? { vi: 'tọa độ không đúng cấu trúc GeoJSON (mỗi điểm là [kinh độ, vĩ độ]).', en: 'the coordinates are not GeoJSON (each position is [longitude, latitude]).' }
          : { vi: `hình học phải là Polygon hoặc MultiPolygon (đang là ${type}).`, en: `the geometry must be a Polygon or MultiPolygon (it is ${type}).` },
      );
    }
    geometryProblems(parsed.data, sanity).forEach(say);
    const byItsCode = code === null ? undefined : byCode.get(code.toLowerCase());
    const byItsName = name === null ? undefined : byName.get(wardNameKey(name));
    const ward = byItsCode ?? byItsName;
    if (!ward) {
      return say(
        label === null
          ? { vi: 'không có thuộc tính mã (code) hay tên (name) để biết là phường, xã nào.', en: 'has no code or name property to tell which ward it is.' }
          : { vi: 'không khớp phường, xã nào của thành phố (theo mã hoặc tên).', en: 'matches no ward of the city (by code or by name).' },
      );
    }
    const earlier = seen.get(ward.unitId);
    if (earlier !== undefined) return say({ vi: `${ward.name} đã có ở đặc trưng thứ ${earlier + 1}.`, en: `${ward.name} is already feature ${earlier + 1}.` });
    seen.set(ward.unitId, index);
    boundaries.push({ ...ward, feature: index, matchedBy: byItsCode ? 'code' : 'name', geometry: parsed.data, bbox: bboxOf(parsed.data) });
  });
  const missing = wards.filter((ward) => !seen.has(ward.unitId)).map((ward) => ward.name);
  if (missing.length > 0) problems.push({ field: 'wards', message: { vi: `Thiếu ranh giới của: ${missing.join(', ')}.`, en: `No boundary for: ${missing.join(', ')}.` } });
  return { boundaries: problems.length === 0 ? boundaries : [], problems };
}
