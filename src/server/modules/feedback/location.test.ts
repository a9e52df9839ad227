import { describe, expect, it } from 'vitest';
import { vungTauFeedback } from '../../db/seed/feedback-vungtau.js';
import { geometryContains } from '../../../common/gis.js';
import { boundingBox, detectWard, distanceM, routeReport } from './location.js';
import type { RoutingRuleRow, WardLocationRow } from './schema.js';

const wards: WardLocationRow[] = vungTauFeedback.wards.map((ward, index) => ({
  unit_id: index + 1,
  lat: ward.lat,
  lng: ward.lng,
  approximate: 1,
  boundary: null,
  source: null,
  updated_at: '',
}));
const idOf = (code: string) => vungTauFeedback.wards.findIndex((ward) => ward.code === code) + 1;

describe('distances', () => {
  it('measures metres with the haversine formula', () => {
    // 0.001° of latitude is about 111 m everywhere.
    expect(distanceM({ lat: 10.35, lng: 107.08 }, { lat: 10.351, lng: 107.08 })).toBeCloseTo(111.2, 0);
    // 0.001° of longitude at 10.35° N is about 109.4 m.
    expect(distanceM({ lat: 10.35, lng: 107.08 }, { lat: 10.35, lng: 107.081 })).toBeCloseTo(109.4, 0);
    expect(distanceM({ lat: 10.35, lng: 107.08 }, { lat: 10.35, lng: 107.08 })).toBe(0);
  });

  it('boxes every point within the radius', () => {
    const box = boundingBox({ lat: 10.35, lng: 107.08 }, 100);
    expect(distanceM({ lat: 10.35, lng: 107.08 }, { lat: box.maxLat, lng: 107.08 })).toBeCloseTo(100, 0);
    expect(distanceM({ lat: 10.35, lng: 107.08 }, { lat: 10.35, lng: box.minLng })).toBeCloseTo(100, 0);
  });
});

describe('ward detection', () => {
  it('takes the nearest ward centre, and refuses a point far outside the city', () => {
    expect(detectWard(wards, { lat: 10.3575, lng: 107.0874 })).toEqual({ wardId: idOf('VT-P07'), source: 'nearest' });
    expect(detectWard(wards, { lat: 10.452, lng: 107.099 })).toEqual({ wardId: idOf('VT-LSON'), source: 'nearest' });
    // Hồ Chí Minh City.
    expect(detectWard(wards, { lat: 10.7769, lng: 106.7009 })).toBeNull();
  });

  it('prefers an imported boundary that holds the point', () => {
    const outline = [[107.08, 10.35], [107.09, 10.35], [107.09, 10.36], [107.08, 10.36], [107.08, 10.35]];
    const square = { type: 'Polygon' as const, coordinates: [outline] };
    expect(geometryContains(square, { lat: 10.355, lng: 107.085 })).toBe(true);
    expect(geometryContains(square, { lat: 10.365, lng: 107.085 })).toBe(false);
    const withHole = { type: 'MultiPolygon' as const, coordinates: [[outline, [[107.084, 10.354], [107.086, 10.354], [107.086, 10.356], [107.084, 10.356], [107.084, 10.354]]]] };
    expect(geometryContains(withHole, { lat: 10.355, lng: 107.085 })).toBe(false);
    const bounded = wards.map((ward) => (ward.unit_id === idOf('VT-P01') ? { ...ward, boundary: JSON.stringify(square) } : ward));
    // Nearer Phường 7's centre, but inside Phường 1's (made-up) outline.
    expect(detectWard(bounded, { lat: 10.3572, lng: 107.0878 })).toEqual({ wardId: idOf('VT-P01'), source: 'polygon' });
  });
});

describe('routing rules', () => {
  const rule = (id: number, category_id: number | null, ward_id: number | null, unit_id: number | null): RoutingRuleRow => ({ id, city_id: 1, category_id, ward_id, unit_id, note: null, created_by: null, created_at: '' });
  const LIGHTING = 10;
  const LITTER = 11;
  const TREES = 12;
  const QLDT = 100;
  const rules = [rule(1, LIGHTING, null, QLDT), rule(2, LITTER, null, null), rule(3, TREES, null, QLDT), rule(4, TREES, 17, 17)];

  it('sends lighting to the urban management office, litter to the ward it is in', () => {
    expect(routeReport(rules, LIGHTING, 6)).toBe(QLDT);
    expect(routeReport(rules, LITTER, 6)).toBe(6);
  });

  it('lets the most specific rule win, and leaves the rest to the coordinator', () => {
    expect(routeReport(rules, TREES, 6)).toBe(QLDT);
    expect(routeReport(rules, TREES, 17)).toBe(17);
    expect(routeReport(rules, 99, 6)).toBeNull();
    // A ward rule without a ward (a bare address) cannot route.
    expect(routeReport(rules, LITTER, null)).toBeNull();
    expect(routeReport([...rules, rule(5, null, null, 200)], 99, null)).toBe(200);
  });
});
