import { describe, expect, it } from 'vitest';
import { addDays } from '../../common/vietnam-time.js';
import { lunarNewYear, lunarYearName, solarDateOfLunar } from './lunar.js';

describe('the Vietnamese lunar calendar', () => {
  it('puts Tết where Vietnam celebrated it, also in the years the Chinese calendar differs', () => {
    // Sources: Hồ Ngọc Đức, "The Vietnamese calendar" (informatik.uni-leipzig.de/~duc/amlich/calrules_en.html):
    // Tết 1985 on 21/01/1985, a month before China's 20/02/1985; in the 21st century three years differ,
    // 2007 (VN 17/02, CN 18/02), 2030 (VN 02/02, CN 03/02) and 2053 (VN 18/02, CN 19/02). Việt Nam Tin Tức
    // (viet-jo.com, 06/07/2006), quoting the official in charge of the calendar: 1968 and 1969 differed too
    // (Tết Mậu Thân 29/01/1968 in the North, on UTC+7 since 1967, a day before China's and the South's 30/01).
    const differFromChina = { 1968: '1968-01-29', 1969: '1969-02-16', 1985: '1985-01-21', 2007: '2007-02-17', 2030: '2030-02-02', 2053: '2053-02-18' };
    for (const [year, tet] of Object.entries(differFromChina)) expect(lunarNewYear(Number(year)), year).toBe(tet);
  });

  it('agrees with the Tết of the government notices of recent years', () => {
    // The Tết days off announced each year (chinhphu.vn and the press: Hànộimới 2021, Sở Công Thương
    // Đắk Lắk 07/01/2020, Công an TP.HCM 2026) count from mùng 1 Tết.
    const announced = {
      2019: '2019-02-05',
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
    };
    for (const [year, tet] of Object.entries(announced)) expect(lunarNewYear(Number(year)), year).toBe(tet);
  });

  it('names the year and finds the other lunar holidays', () => {
    // Tết Đinh Mùi, the first the platform computes rather than copies: Saturday 06/02/2027.
    expect(lunarNewYear(2027)).toBe('2027-02-06');
    expect([1984, 1985, 2024, 2025, 2026, 2027].map(lunarYearName)).toEqual(['Giáp Tý', 'Ất Sửu', 'Giáp Thìn', 'Ất Tỵ', 'Bính Ngọ', 'Đinh Mùi']);
    // Giỗ Tổ Hùng Vương, 10/3 âm lịch: 18/04/2024 and 07/04/2025 in the notices; in 2023 the year had a
    // leap second month, and the holiday is the 10th of the ordinary third month (29/04/2023).
    expect(solarDateOfLunar(2024, 3, 10)).toBe('2024-04-18');
    expect(solarDateOfLunar(2025, 3, 10)).toBe('2025-04-07');
    expect(solarDateOfLunar(2023, 3, 10)).toBe('2023-04-29');
    // The lunar year's last day is the eve of the next Tết: 30 tháng Chạp in 2024, 29 in 2025 (no "30 Tết").
    expect(addDays(lunarNewYear(2024), -1)).toBe(solarDateOfLunar(2023, 12, 30));
    expect(addDays(lunarNewYear(2025), -1)).toBe(solarDateOfLunar(2024, 12, 29));
  });
});
