// The default index of a city, loaded on every start for a city that has none (never over the
// coordinator's edits). Pillar points follow the provincial DTI of Quyết định 922/QĐ-BTTTT
// (20/5/2022): 100 for each of the five foundation pillars (nhận thức số, thể chế số, hạ tầng
// số, nhân lực số, an toàn thông tin mạng), 200 for chính quyền số and 150 each for kinh tế số
// and xã hội số. Each ward-reported indicator of the 2024 plan sits in the pillar it serves;
// component weights are relative within their pillar.
import { type DxComponentKind, type DxPillarCode, dxPillarNames } from '../../../common/dx.js';
import type { Db } from '../../db/index.js';

export interface DxSeed {
  cityCode: string;
  pillars: {
    code: DxPillarCode;
    weight: number;
    components: { kind: DxComponentKind; indicatorCode: string | null; weight: number }[];
  }[];
}

const indicator = (indicatorCode: string, weight: number) => ({ kind: 'indicator' as const, indicatorCode, weight });

export const vungTauDxSeed: DxSeed = {
  cityCode: 'VT',
  pillars: [
    // Đài truyền thanh ứng dụng CNTT: the ward's channel for raising awareness.
    { code: 'NTS', weight: 100, components: [indicator('XHS-03', 1)] },
    // Keeping to the plan's reporting regime (phần V) is the ward's part of the institutional work.
    { code: 'TCS', weight: 100, components: [{ kind: 'reporting_timeliness', indicatorCode: null, weight: 1 }] },
    { code: 'HTS', weight: 100, components: [indicator('XHS-02', 60), indicator('CQS-12', 40)] },
    { code: 'NLS', weight: 100, components: [indicator('XHS-01', 50), indicator('XHS-05', 50)] },
    { code: 'ATTT', weight: 100, components: [indicator('ATTT-02', 1)] },
    {
      code: 'CQS',
      weight: 200,
      components: [
        indicator('CQS-08', 50),
        indicator('CQS-07', 40),
        indicator('CQS-03', 30),
        indicator('CQS-04', 20),
        { kind: 'field_report_on_time', indicatorCode: null, weight: 60 },
      ],
    },
    { code: 'KTS', weight: 150, components: [indicator('XHS-13', 60), indicator('XHS-06', 50), indicator('XHS-15', 40)] },
    { code: 'XHS', weight: 150, components: [indicator('XHS-04', 50), indicator('XHS-07', 50)] },
  ],
};

export async function seedDxIndex(db: Db, seed: DxSeed, now: Date): Promise<void> {
  const city = await db.selectFrom('units').select('id').where('code', '=', seed.cityCode).executeTakeFirst();
  if (!city) return;
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('dx_pillars').select('id').where('city_id', '=', city.id).limit(1).execute();
    if (existing.length > 0) return;
    for (const [index, pillar] of seed.pillars.entries()) {
      const row = await trx
        .insertInto('dx_pillars')
        .values({ city_id: city.id, code: pillar.code, name: dxPillarNames[pillar.code], weight: pillar.weight, sort_order: index + 1, updated_at: now.toISOString(), updated_by: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (pillar.components.length === 0) continue;
      await trx
        .insertInto('dx_components')
        .values(
          pillar.components.map((component, order) => ({
            pillar_id: row.id,
            city_id: city.id,
            kind: component.kind,
            indicator_code: component.indicatorCode,
            weight: component.weight,
            sort_order: order + 1,
          })),
        )
        .execute();
    }
  });
}
