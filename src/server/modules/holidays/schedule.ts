// What keeps the calendar without anyone thinking of it, run by the hourly reminder schedule and at
// every start: the current year is recorded as proposed, and the next one from 1 October of the
// year before (when the Government usually announces it); from 1 November, and for the current year
// at any time, the administrator and the coordinators are told (bell and e-mail, once per year and
// person, plus the banner of the web app) which year waits for confirmation. Deadlines do not depend
// on the run: a year not recorded yet counts its computed proposal (lib/working-days.ts).
import { type IsoDate, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { type MailRun, type Mailer, emailNotifications } from '../notifications/mailer.js';
import { notify } from '../notifications/service.js';
import { noticeRoles } from './policy.js';
import { proposeYear, refreshProposal } from './service.js';

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** The years that should be recorded by `now`; with `withNextYear` (a new installation) the next one whatever the date. */
export async function ensureHolidayYears(db: Db, now: Date, { withNextYear = false } = {}): Promise<number[]> {
  const today = vietnamDate(now);
  const current = yearOf(today);
  const wanted = [current, ...(withNextYear || today >= `${current}-10-01` ? [current + 1] : [])];
  const rows = await db.selectFrom('holiday_years').selectAll().where('year', 'in', wanted).execute();
  const proposed: number[] = [];
  for (const year of wanted) {
    const row = rows.find((candidate) => candidate.year === year);
    if (row) await refreshProposal(db, row, now);
    else if (await proposeYear(db, year, now)) proposed.push(year);
  }
  return proposed;
}

/** The years to confirm now: the current one, and from 1 November the next. */
export async function unconfirmedYears(db: Db, now: Date): Promise<number[]> {
  const today = vietnamDate(now);
  const current = yearOf(today);
  const years = [current, ...(today >= `${current}-11-01` ? [current + 1] : [])];
  const confirmed = await db.selectFrom('holiday_years').select('year').where('year', 'in', years).where('status', '=', 'confirmed').execute();
  return years.filter((year) => !confirmed.some((row) => row.year === year));
}

export async function sendCalendarNotices(db: Db, now: Date, mailer: Mailer | null): Promise<MailRun & { created: number }> {
  const years = await unconfirmedYears(db, now);
  if (years.length === 0) return { created: 0, emailed: 0, failed: [] };
  const users = await db.selectFrom('users').select('id').where('disabled', '=', 0).where('role', 'in', [...noticeRoles]).execute();
  const created = await notify(
    db,
    years.flatMap((year) =>
      users.map((user) => ({
        userId: user.id,
        kind: 'holiday_calendar',
        title: `Lịch nghỉ năm ${year} chưa được xác nhận`,
        body: `Hạn xử lý trong năm ${year} đang tính theo lịch nghỉ dự kiến. Quản trị viên đối chiếu với thông báo của Chính phủ, điều chỉnh ngày nghỉ, ngày làm bù nếu cần và xác nhận.`,
        link: `/lich-nghi?nam=${year}`,
        entity: 'holiday_year',
        entityId: year,
        dedupeKey: `holiday_year:${year}:unconfirmed:u${user.id}`,
      })),
    ),
    now,
  );
  const mail = mailer ? await emailNotifications(db, mailer, created) : { emailed: 0, failed: [] };
  return { created: created.length, ...mail };
}

/** The hourly run's share: record the years, then tell who should confirm them. */
export async function keepHolidayCalendar(db: Db, now: Date, mailer: Mailer | null): Promise<MailRun & { created: number; proposed: number[] }> {
  const proposed = await ensureHolidayYears(db, now);
  return { proposed, ...(await sendCalendarNotices(db, now, mailer)) };
}
