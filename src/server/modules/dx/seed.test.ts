import { describe, expect, it } from 'vitest';
import { DX_TOTAL_POINTS, dxPillarCodes } from '../../../common/dx.js';
import { vungTau2024Plan } from '../../db/seed/plan-vungtau-2024.js';
import { vungTauDxSeed } from './seed.js';

describe('the default index of Vũng Tàu', () => {
  const components = vungTauDxSeed.pillars.flatMap((pillar) => pillar.components);
  const wardIndicators = vungTau2024Plan.areas.flatMap((area) => area.indicators).filter((indicator) => indicator.reportingScope === 'wards');

  it('has the 8 pillars once each, worth 1000 points together', () => {
    expect(vungTauDxSeed.pillars.map((pillar) => pillar.code)).toEqual([...dxPillarCodes]);
    expect(vungTauDxSeed.pillars.reduce((sum, pillar) => sum + pillar.weight, 0)).toBe(DX_TOTAL_POINTS);
  });

  it('counts every indicator the wards report exactly once, and both measured figures', () => {
    const codes = components.flatMap((component) => (component.indicatorCode === null ? [] : [component.indicatorCode]));
    expect(codes.toSorted()).toEqual(wardIndicators.map((indicator) => indicator.code).toSorted());
    expect(components.filter((component) => component.kind !== 'indicator').map((component) => component.kind).toSorted()).toEqual(['field_report_on_time', 'reporting_timeliness']);
  });
});
