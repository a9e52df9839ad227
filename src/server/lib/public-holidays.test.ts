import { describe, expect, it } from 'vitest';
import type { Holiday } from '../../common/holidays.js';
import { announcedHolidayYears } from '../db/seed/holidays-vietnam.js';
import { AppError } from './errors.js';
import { addDays } from '../../common/vietnam-time.js';
import { type HolidayAdjustment, applyAdjustments, isWeekend, proposeHolidays } from './public-holidays.js';

/**
 * 2024 and 2025 as the Government announced them (the calendar the platform shipped with, typed
 * from the notices): weekdays off and weekend days worked. 2024 — Bộ LĐ-TB&XH: Tết Thursday 08/02
 * to Wednesday 14/02, Quốc khánh Saturday 31/08 to Tuesday 03/09, Giỗ Tổ Thursday 18/04; Văn phòng
 * Chính phủ 2450/VPCP-KGVX (12/04/2024) swapped Monday 29/04 for Saturday 04/05. 2025 — Tết
 * Saturday 25/01 to Sunday 02/02, Giỗ Tổ Monday 07/04, Friday 02/05 swapped for Saturday 26/04,
 * Quốc khánh Saturday 30/08 to Tuesday 02/09 (chinhphu.vn, VietnamPlus/TTXVN).
 */
const announced: Record<number, [string, Holiday['kind']][]> = {
  2024: [
    ['2024-01-01', 'off'],
    ['2024-02-08', 'off'],
    ['2024-02-09', 'off'],
    ['2024-02-12', 'off'],
    ['2024-02-13', 'off'],
    ['2024-02-14', 'off'],
    ['2024-04-18', 'off'],
    ['2024-04-29', 'off'],
    ['2024-04-30', 'off'],
    ['2024-05-01', 'off'],
    ['2024-05-04', 'workday'],
    ['2024-09-02', 'off'],
    ['2024-09-03', 'off'],
  ],
  2025: [
    ['2025-01-01', 'off'],
    ['2025-01-27', 'off'],
    ['2025-01-28', 'off'],
    ['2025-01-29', 'off'],
    ['2025-01-30', 'off'],
    ['2025-01-31', 'off'],
    ['2025-04-07', 'off'],
    ['2025-04-26', 'workday'],
    ['2025-04-30', 'off'],
    ['2025-05-01', 'off'],
    ['2025-05-02', 'off'],
    ['2025-09-01', 'off'],
    ['2025-09-02', 'off'],
  ],
};

const datesAndKinds = (days: Holiday[]) => days.map((day): [string, Holiday['kind']] => [day.date, day.kind]);
const weekdaysOff = (year: number, month: string) => proposeHolidays(year).filter((day) => day.date.startsWith(`${year}-${month}`) && day.kind === 'off').map((day) => day.date);

describe('the computed holidays of a year', () => {
  it('give 2024 and 2025 as announced once the adjustments those years had are applied', () => {
    for (const { year, adjustments } of announcedHolidayYears) {
      expect(datesAndKinds(applyAdjustments(year, proposeHolidays(year), adjustments)), String(year)).toEqual(announced[year]);
    }
    // The adjustments were the 30/4–1/5 swaps only: Tết, Giỗ Tổ and Quốc khánh were as computed.
    expect(announcedHolidayYears.flatMap((year) => year.adjustments.map((adjustment) => adjustment.date.slice(5, 7)))).toEqual(['04', '05', '05', '04']);
  });

  it('place Tết as the notices of other years did, weekend days given back around the break', () => {
    // 2020: Thursday 23/01 to Wednesday 29/01 (Sở Công Thương Đắk Lắk, 07/01/2020). 2021: 10/02 to
    // 16/02 (Hànộimới). 2026: Saturday 14/02 to Sunday 22/02, the weekdays 16/02–20/02 (Công an TP.HCM).
    expect(weekdaysOff(2020, '01')).toEqual(['2020-01-01', '2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29']);
    expect(weekdaysOff(2021, '02')).toEqual(['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16']);
    expect(weekdaysOff(2026, '02')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  });

  it('propose 2027 with the names of the notices', () => {
    // Tết Đinh Mùi is Saturday 06/02/2027 (the year ends on 29 tháng Chạp, Friday 05/02); the Saturday
    // and Sunday are given back on Thursday 04/02 and Wednesday 10/02. 1/5 is a Saturday (Monday 03/05 off); 2/9 a Thursday (with Friday 03/09).
    expect(proposeHolidays(2027).map((day) => [day.date, day.name, day.note])).toEqual([
      ['2027-01-01', 'Tết Dương lịch', null],
      ['2027-02-04', 'Tết Nguyên đán Đinh Mùi', 'Nghỉ bù cho thứ Bảy 06/02/2027 (Mùng 1 Tết)'],
      ['2027-02-05', 'Tết Nguyên đán Đinh Mùi', '29 tháng Chạp'],
      ['2027-02-08', 'Tết Nguyên đán Đinh Mùi', 'Mùng 3 Tết'],
      ['2027-02-09', 'Tết Nguyên đán Đinh Mùi', 'Mùng 4 Tết'],
      ['2027-02-10', 'Tết Nguyên đán Đinh Mùi', 'Nghỉ bù cho Chủ nhật 07/02/2027 (Mùng 2 Tết)'],
      ['2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', null],
      ['2027-04-30', 'Ngày Chiến thắng 30/4', null],
      ['2027-05-03', 'Quốc tế Lao động 1/5', 'Nghỉ bù cho thứ Bảy 01/05/2027'],
      ['2027-09-02', 'Quốc khánh 2/9', null],
      ['2027-09-03', 'Quốc khánh 2/9', 'Ngày liền sau Quốc khánh'],
    ]);
  });

  it('give back a holiday that falls on another one or on a weekend on the next free working day', () => {
    // 2023: Giỗ Tổ on Saturday 29/04, 30/4 a Sunday, 1/5 a Monday: Tuesday 02/05 and Wednesday 03/05 are given back.
    expect(weekdaysOff(2023, '05')).toEqual(['2023-05-01', '2023-05-02', '2023-05-03']);
    // 2022: 1/1 a Saturday (Monday 03/01 off); 30/4 and 1/5 a weekend (Monday and Tuesday off).
    expect(weekdaysOff(2022, '01').slice(0, 1)).toEqual(['2022-01-03']);
    expect(weekdaysOff(2022, '05')).toEqual(['2022-05-02', '2022-05-03']);
    // Every year has the law's 11 days, as weekdays off or given back.
    for (let year = 2021; year <= 2060; year += 1) expect(proposeHolidays(year).length, String(year)).toBe(11);
  });
});

describe('adjustments to the proposal', () => {
  const year = 2027;
  const base = proposeHolidays(year);
  const apply = (...adjustments: Partial<HolidayAdjustment>[]) =>
    applyAdjustments(
      year,
      base,
      adjustments.map((adjustment) => ({ kind: 'off', date: '', fromDate: null, name: 'Ngày nghỉ', note: null, ...adjustment })),
    );
  const refusal = (...adjustments: Partial<HolidayAdjustment>[]) => {
    try {
      apply(...adjustments);
    } catch (error) {
      if (error instanceof AppError) return { status: error.status, fields: error.fields };
      throw error;
    }
    throw new Error('accepted');
  };

  it('move a day, add a day off and a working Saturday', () => {
    const days = apply({ kind: 'move', fromDate: '2027-02-10', date: '2027-02-03' }, { kind: 'off', date: '2027-02-11', name: 'Nghỉ hoán đổi' }, { kind: 'workday', date: '2027-02-20', name: 'Làm bù cho thứ Năm 11/02' });
    const tet = days.filter((day) => day.date.startsWith('2027-02'));
    expect(datesAndKinds(tet)).toEqual([
      ['2027-02-03', 'off'],
      ['2027-02-04', 'off'],
      ['2027-02-05', 'off'],
      ['2027-02-08', 'off'],
      ['2027-02-09', 'off'],
      ['2027-02-11', 'off'],
      ['2027-02-20', 'workday'],
    ]);
    expect(tet[0]).toMatchObject({ name: 'Tết Nguyên đán Đinh Mùi', note: 'Chuyển từ thứ Tư 10/02/2027' });
    expect(datesAndKinds(apply({ kind: 'cancel', date: '2027-09-03' })).at(-1)).toEqual(['2027-09-02', 'off']);
  });

  it('refuse a day outside the year, a duplicate, a working day that is not a weekend day and too many days off', () => {
    const outside = refusal({ date: '2028-01-03' });
    expect(outside.status).toBe(400);
    expect(outside.fields?.date?.vi).toBe('Ngày 03/01/2028 không thuộc năm 2027.');
    expect(refusal({ date: '2027-02-05' }).fields?.date?.vi).toBe('Ngày 05/02/2027 đã có trong lịch (ngày nghỉ: Tết Nguyên đán Đinh Mùi).');
    expect(refusal({ kind: 'workday', date: '2027-02-17', name: 'Làm bù' }).fields?.date?.vi).toBe('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: thứ Tư 17/02/2027 vốn là ngày làm việc.');
    expect(refusal({ date: '2027-02-13' }).fields?.date?.vi).toMatch(/^Ngày nghỉ phải là ngày làm việc/);
    expect(Object.keys(refusal({ kind: 'move', fromDate: '2027-02-12', date: '2027-02-15' }).fields ?? {})).toEqual(['fromDate']);
    // Eleven days are in the proposal; the first twenty weekdays of March make 31.
    const march = Array.from({ length: 28 }, (_, index) => addDays('2027-03-01', index)).filter((date) => !isWeekend(date)).slice(0, 20);
    const more = march.map((date) => ({ date }));
    expect(refusal(...more).fields?.date?.vi).toBe('Năm 2027 sẽ có 31 ngày nghỉ (ngoài cuối tuần), quá 30 ngày: kiểm tra lại lịch.');
    expect(apply(...more.slice(0, 19))).toHaveLength(30);
  });
});
