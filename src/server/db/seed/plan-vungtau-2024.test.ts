// Seed fidelity: the 2024 plan seed says what docs/sources/ke-hoach-cds-2024-vung-tau.txt says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planContentSchema } from '../../../common/plan.js';
import { checkPlanContent } from '../../modules/plan/validation.js';
import { vungTau2024Plan as plan } from './plan-vungtau-2024.js';
import { vungTauUnits } from './units-vungtau.js';

const raw = readFileSync(new URL('../../../../docs/sources/ke-hoach-cds-2024-vung-tau.txt', import.meta.url), 'utf8')
  .normalize('NFC')
  // The PDF extraction left the page number "6" on a line of its own inside ATTT-04.
  .replace(/\n[ \t]*6[ \t]*\n/, '\n');
const source = raw.replace(/\s+/g, ' ');

/** The text stands in the source as a whole item: after its marker, up to the next item or heading. */
const isWholeItem = (marker: string, text: string): boolean => {
  const at = source.indexOf(`${marker}${text}`);
  return at >= 0 && /^ (?:- |\d+\. |[IVX]+\. )/.test(source.slice(at + marker.length + text.length));
};

/** Source lines that open a bullet ("- …") between two headings. */
const bulletLines = (from: string, to: string): number =>
  raw.slice(raw.indexOf(from), raw.indexOf(to)).match(/^[ \t]*- /gm)?.length ?? 0;

const indicators = plan.areas.flatMap((area) => area.indicators);
const byCode = new Map(indicators.map((i) => [i.code, i]));

describe('vungTau2024Plan', () => {
  it('passes the one check every plan goes through', () => {
    const ids = new Map(vungTauUnits.map((unit, index) => [unit.code, index + 1]));
    const units = new Map(vungTauUnits.map((unit) => [unit.code, { id: ids.get(unit.code) ?? 0, kind: unit.kind, parentId: unit.parentCode === null ? null : (ids.get(unit.parentCode) ?? null) }]));
    const context = { year: 2024, owner: { id: ids.get('VT') ?? 0, kind: 'city' as const }, units, grassroots: 17, continuable: new Set<string>(), provincial: new Set<string>() };
    expect(checkPlanContent(planContentSchema.parse(plan), context)).toEqual([]);
    expect(plan.year).toBe(2024);
    expect(plan.unitCode).toBe('VT');
  });

  it('has the 5 areas with 12 + 6 + 15 + 7 + 2 indicators, as the source has bullets', () => {
    expect(plan.areas.map((a) => a.code)).toEqual(['CQS', 'KTS', 'XHS', 'ATTT', 'DTTM']);
    expect(plan.areas.map((a) => a.indicators.length)).toEqual([12, 6, 15, 7, 2]);
    expect(bulletLines('II. CÁC CHỈ TIÊU', 'III. GIẢI PHÁP')).toBe(42);
    for (const area of plan.areas) {
      expect(source).toContain(`${area.number}. ${area.name}`);
      area.indicators.forEach((i, n) => expect(i.code).toBe(`${area.code}-${String(n + 1).padStart(2, '0')}`));
    }
  });

  it('quotes every indicator, objective and solution item verbatim', () => {
    for (const i of indicators) expect(isWholeItem('- ', i.text), i.code).toBe(true);
    for (const o of plan.objectives) expect(isWholeItem(`${o.number}. `, o.text), `objective ${o.number}`).toBe(true);
    for (const g of plan.solutionGroups) {
      expect(source).toContain(`${g.number}. ${g.name}`);
      for (const s of g.items) expect(isWholeItem('- ', s.text), `${g.code} ${s.number}`).toBe(true);
    }
    for (const r of plan.priorResults) {
      expect(source).toContain(`${r.section}. ${r.heading}`);
      expect(source).toContain(r.text);
      if (r.valueText) expect(r.text).toContain(r.valueText);
    }
  });

  it('has the 4 objectives and the 8 solution groups with their items', () => {
    expect(plan.objectives.map((o) => o.number)).toEqual([1, 2, 3, 4]);
    expect(plan.solutionGroups.map((g) => [g.code, g.items.length])).toEqual([
      ['NTS', 4],
      ['TCS', 4],
      ['HTS', 3],
      ['NLS', 4],
      ['ATTT', 3],
      ['CQS', 6],
      ['KTS', 4],
      ['XHS', 4],
    ]);
    expect(bulletLines('III. GIẢI PHÁP', 'IV. NHIỆM VỤ')).toBe(32);
    for (const g of plan.solutionGroups) expect(g.items.map((s) => s.number)).toEqual(g.items.map((_, n) => n + 1));
  });

  it('reads the targets and kinds', () => {
    expect(byCode.get('CQS-08')).toMatchObject({
      kind: 'ratio',
      target: { value: 55, comparator: 'gte' },
      baseline: { year: 2023, value: 98.27, numerator: 23391, denominator: 23802 },
    });
    const baseline = byCode.get('CQS-08')?.baseline;
    expect(baseline?.numerator && baseline.denominator && Math.round((baseline.numerator / baseline.denominator) * 10_000) / 100).toBe(
      baseline?.value,
    );
    expect(byCode.get('CQS-12')).toMatchObject({
      kind: 'unit_count',
      reportingScope: 'wards',
      target: { text: '17/17 phường, xã', value: 100 },
    });
    expect(byCode.get('XHS-03')).toMatchObject({ kind: 'unit_count', target: { value: 60 } });
    expect(byCode.get('KTS-01')).toMatchObject({ kind: 'value', target: { value: 16, comparator: 'gte' } });
    expect(byCode.get('DTTM-01')).toMatchObject({ kind: 'milestone', target: { value: null, dueDate: '2024-06-30' } });
    expect(byCode.get('CQS-02')?.direction).toBe('maintain');
    expect(byCode.get('XHS-09')).toMatchObject({ direction: 'maintain', target: { value: 90, comparator: 'gt' } });
    expect(byCode.get('XHS-13')?.target).toMatchObject({ value: 95, comparator: 'gt' });
    expect(byCode.get('ATTT-07')?.target).toMatchObject({ value: 10, comparator: 'gte' });
  });

  it('follows the wording rules for every indicator', () => {
    for (const i of indicators) {
      expect(i.direction, i.code).toBe(i.text.startsWith('Duy trì') ? 'maintain' : 'reach');
      expect(i.target.comparator, i.code).toBe(/(^|\s)[Tt]rên \d/.test(i.text) ? 'gt' : 'gte');
      expect(i.text, i.code).toContain(i.target.text);
      expect(i.measureUnit, i.code).toBe(i.kind === 'unit_count' ? 'phường, xã' : i.kind === 'milestone' ? 'mốc' : '%');
      expect(i.target.dueDate === null, i.code).toBe(i.kind !== 'milestone');
      expect(i.target.value === null, i.code).toBe(i.kind === 'milestone');
      expect(i.reportingUnitCode === null, i.code).toBe(i.reportingScope === 'wards' || i.reportingScope === 'field_reports');
    }
  });

  it('has unique codes', () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(42);
    const groups = plan.solutionGroups.map((g) => g.code);
    expect(new Set(groups).size).toBe(groups.length);
  });

  it('names only units that exist', () => {
    const known = new Set(vungTauUnits.map((u) => u.code));
    expect(known.has(plan.unitCode)).toBe(true);
    for (const i of indicators) if (i.reportingUnitCode) expect(known.has(i.reportingUnitCode), i.code).toBe(true);
    for (const g of plan.solutionGroups) {
      for (const s of g.items) if (s.leadUnitCode) expect(known.has(s.leadUnitCode), `${g.code} ${s.number}`).toBe(true);
    }
    for (const r of plan.priorResults) if (r.indicatorCode) expect(byCode.has(r.indicatorCode), r.text).toBe(true);
  });

  it('has labels for ratios and no empty notes', () => {
    for (const i of indicators) {
      if (i.kind === 'ratio') {
        expect(i.numeratorLabel?.trim(), i.code).toBeTruthy();
        expect(i.denominatorLabel?.trim(), i.code).toBeTruthy();
      }
      if (i.note !== null) expect(i.note.trim(), i.code).not.toBe('');
    }
    for (const code of ['CQS-08', 'CQS-12', 'KTS-03', 'KTS-06', 'XHS-03', 'XHS-06', 'XHS-13', 'XHS-15', 'ATTT-06', 'DTTM-02']) {
      expect(byCode.get(code)?.note, code).toBeTruthy();
    }
  });
});
