// The years whose holidays the Government has announced, as the administrator would enter them:
// the computed proposal plus the adjustments each announcement made. Loaded as confirmed years on
// a new installation (modules/holidays/seed.ts); public-holidays.test.ts checks that they give the
// days of the notices.
import type { HolidayAdjustment } from '../../lib/public-holidays.js';

export interface AnnouncedYear {
  year: number;
  /** The notices the year was confirmed against. */
  reference: string;
  adjustments: HolidayAdjustment[];
}

const off = (date: string, name: string, note: string): HolidayAdjustment => ({ kind: 'off', date, fromDate: null, name, note });
const workday = (date: string, name: string, note: string): HolidayAdjustment => ({ kind: 'workday', date, fromDate: null, name, note });

export const announcedHolidayYears: AnnouncedYear[] = [
  {
    // Tết 08/02–14/02 and Quốc khánh 31/08–03/09 as proposed; 30/4–1/5: Monday 29/04 swapped for Saturday 04/05.
    year: 2024,
    reference: 'Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết Âm lịch và Quốc khánh 2024; Công văn 2450/VPCP-KGVX (12/04/2024)',
    adjustments: [
      off('2024-04-29', 'Nghỉ hoán đổi dịp 30/4–1/5', 'Làm bù thứ Bảy 04/05/2024'),
      workday('2024-05-04', 'Làm bù cho thứ Hai 29/04/2024', 'Công văn 2450/VPCP-KGVX'),
    ],
  },
  {
    // Tết 25/01–02/02 and Quốc khánh 30/08–02/09 as proposed; 30/4–1/5: Friday 02/05 swapped for Saturday 26/04.
    year: 2025,
    reference: 'Thông báo về lịch nghỉ Tết Âm lịch, 30/4–1/5 (hoán đổi ngày làm việc) và Quốc khánh 2025',
    adjustments: [
      off('2025-05-02', 'Nghỉ hoán đổi dịp 30/4–1/5', 'Làm bù thứ Bảy 26/04/2025'),
      workday('2025-04-26', 'Làm bù cho thứ Sáu 02/05/2025', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2025'),
    ],
  },
];
