// Seed functions, reused by `npm start`, the tests and the browser-test fixtures.
// Reference data (the unit tree, the plan) is always loaded; demo accounts only in demo mode.
import { foldVietnamese } from '../../../common/text.js';
import type { Role } from '../../../common/units.js';
import { hashPassword } from '../../lib/passwords.js';
import { seedTasksAndDirectives } from '../../modules/directives/seed.js';
import { seedFeedback } from '../../modules/feedback/seed.js';
import { seedHolidayCalendar } from '../../modules/holidays/seed.js';
import { seedDxIndex, vungTauDxSeed } from '../../modules/dx/seed.js';
import { seedPlan } from '../../modules/plan/service.js';
import type { Db } from '../index.js';
import { vungTauFeedback } from './feedback-vungtau.js';
import { announcedHolidayYears } from './holidays-vietnam.js';
import { vungTau2024Plan } from './plan-vungtau-2024.js';
import { vungTau2024Tasks } from './tasks-vungtau-2024.js';
import { type UnitSeed, vungTauUnits } from './units-vungtau.js';

/** Inserts the units that are missing, parents first; existing units are left as they are. */
export async function seedUnits(db: Db, units: UnitSeed[], now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('units').select(['id', 'code']).execute();
    const ids = new Map(existing.map((unit) => [unit.code, unit.id]));
    for (const [index, unit] of units.entries()) {
      if (ids.has(unit.code)) continue;
      const parentId = unit.parentCode === null ? null : ids.get(unit.parentCode);
      if (parentId === undefined) throw new Error(`Unit ${unit.code} comes before its parent ${unit.parentCode}`);
      const row = await trx
        .insertInto('units')
        .values({
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          parent_id: parentId,
          sort_order: index,
          source: unit.source,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(unit.code, row.id);
    }
  });
}

export async function seedReference(db: Db, now: Date): Promise<void> {
  await seedUnits(db, vungTauUnits, now);
  await seedHolidayCalendar(db, announcedHolidayYears, now);
  await seedPlan(db, vungTau2024Plan, now);
  await seedTasksAndDirectives(db, vungTau2024Tasks, now);
  await seedFeedback(db, vungTauFeedback, now);
  await seedDxIndex(db, vungTauDxSeed, now);
}

export const DEMO_PASSWORD = 'HaiDang@2024';

export interface DemoAccount {
  username: string;
  fullName: string;
  unitCode: string;
  role: Role;
}

/** "Phường Thắng Tam" → "thangtam", "Phường 7" → "p7", "Xã Long Sơn" → "longson". */
const wardSlug = (name: string) => {
  const bare = foldVietnamese(name).replace(/^(phuong|xa) /, '').replace(/ /g, '');
  return /^\d+$/.test(bare) ? `p${bare}` : bare;
};

const wardOfficers: DemoAccount[] = vungTauUnits
  .filter((unit) => unit.kind === 'ward' || unit.kind === 'commune')
  .map((unit) => ({
    username: `canbo.${wardSlug(unit.name)}`,
    fullName: `Cán bộ ${unit.name}`,
    unitCode: unit.code,
    role: 'officer',
  }));

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', unitCode: 'VT', role: 'admin' },
  { username: 'lanhdao', fullName: 'Lãnh đạo UBND thành phố', unitCode: 'VT', role: 'leader' },
  { username: 'vhtt', fullName: 'Chuyên viên Phòng Văn hóa và Thông tin', unitCode: 'VT-VHTT', role: 'coordinator' },
  { username: 'tckh', fullName: 'Chuyên viên Phòng Tài chính – Kế hoạch', unitCode: 'VT-TCKH', role: 'officer' },
  { username: 'tnmt', fullName: 'Chuyên viên Phòng Tài nguyên và Môi trường', unitCode: 'VT-TNMT', role: 'officer' },
  { username: 'xem', fullName: 'Thành viên Ban Chỉ đạo (chỉ xem)', unitCode: 'VT-BCD', role: 'viewer' },
  { username: 'tinh', fullName: 'Lãnh đạo Sở Thông tin và Truyền thông tỉnh', unitCode: 'BRVT', role: 'leader' },
  ...wardOfficers,
];

/** Demo accounts, all with DEMO_PASSWORD; existing usernames are left alone. */
export async function seedDemoAccounts(db: Db, now: Date): Promise<void> {
  const taken = new Set((await db.selectFrom('users').select('username').execute()).map((user) => user.username));
  const missing = demoAccounts.filter((account) => !taken.has(account.username));
  if (missing.length === 0) return;
  // One hash for every demo account: they share a password, and hashing is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const units = new Map((await db.selectFrom('units').select(['id', 'code']).execute()).map((unit) => [unit.code, unit.id]));
  const stamp = now.toISOString();
  await db
    .insertInto('users')
    .values(
      missing.map((account) => {
        const unitId = units.get(account.unitCode);
        if (unitId === undefined) throw new Error(`Demo account ${account.username} names unknown unit ${account.unitCode}`);
        return {
          username: account.username,
          password_hash: passwordHash,
          full_name: account.fullName,
          email: null,
          unit_id: unitId,
          role: account.role,
          disabled: 0,
          created_at: stamp,
          updated_at: stamp,
        };
      }),
    )
    .execute();
}
