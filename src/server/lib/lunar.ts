// Lunar dates (âm lịch) from the Vietnamese calendar: months begin on the day of the new moon in
// UTC+7, not in UTC+8 as the Chinese calendar counts, so Tết falls a day (1968, 2007, 2030, 2053) or a
// month (1985) apart in some years. @dqcai/vn-lunar carries Hồ Ngọc Đức's tables for Vietnam, which
// use UTC+7 from 1968 (the years before follow UTC+8, as Vietnam's calendars then did); lunar.test.ts
// checks it against published dates.
import { getSolarDate } from '@dqcai/vn-lunar';
import type { IsoDate } from '../../common/vietnam-time.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** The years computed on Vietnam's UTC+7 (the tables end with 2199). */
export const lunarYears = { first: 1968, last: 2199 } as const;

/** The solar date of a day of a (non-leap) lunar month of `lunarYear`: the year that begins at that year's Tết. */
export function solarDateOfLunar(lunarYear: number, month: number, day: number): IsoDate {
  const solar = getSolarDate(day, month, lunarYear, false);
  return `${solar.year}-${pad(solar.month)}-${pad(solar.day)}`;
}

/** Mùng 1 tháng Giêng: the first day of the lunar year that begins in `year`. */
export const lunarNewYear = (year: number): IsoDate => solarDateOfLunar(year, 1, 1);

// The library spells the third stem "Bình"; the government's notices write "Bính" (Bính Ngọ 2026).
const stems = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const branches = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** The lunar year's name in the sexagenary cycle (can chi): 2024 → "Giáp Thìn" (1984, a Giáp Tý year, starts the cycle). */
export const lunarYearName = (year: number): string => `${stems[(((year - 1984) % 10) + 10) % 10]} ${branches[(((year - 1984) % 12) + 12) % 12]}`;
