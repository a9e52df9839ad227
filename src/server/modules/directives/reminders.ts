// Reminders for tasks and directives due within N days or overdue, to the owner unit's people and
// the city's coordinators: once per item, recipient and due date while due soon, then once a week
// while overdue. The dedupe key makes every run after the first a no-op for what was already sent.
// The window reads the working calendar, so a break (Tết) never swallows the warning.
import { type IsoDate, addDays, daysBetween, formatVietnameseDate, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { type WorkCalendar, addWorkingDays, loadWorkCalendar, workingDaysBetween } from '../../lib/working-days.js';
import { type Mailer, type MailRun, emailNotifications } from '../notifications/mailer.js';
import { type NotificationInput, notify } from '../notifications/service.js';
import { jurisdictionOf, listUnits } from '../units/service.js';

export interface ReminderOptions {
  /** "Due soon" means within this many days (7 by default). */
  withinDays?: number;
  mailer?: Mailer | null;
  /** Only these cities (a coordinator's run); every city when absent (the hourly run). */
  cityIds?: ReadonlySet<number>;
}

export interface ReminderRun extends MailRun {
  created: number;
}

interface DueItem {
  entity: 'task' | 'directive';
  id: number;
  title: string;
  cityId: number;
  ownerUnitId: number;
  dueDate: IsoDate;
}

// Paused items are held on purpose: no reminders until they resume.
const REMINDED = ['not_started', 'in_progress'] as const;

async function dueItems(db: Db, horizon: IsoDate): Promise<DueItem[]> {
  const [tasks, directives] = await Promise.all([
    db
      .selectFrom('tasks')
      .select(['id', 'title', 'city_id as cityId', 'lead_unit_id as ownerUnitId', 'due_date as dueDate'])
      .where('status', 'in', REMINDED)
      .where('due_date', '<=', horizon)
      .execute(),
    db
      .selectFrom('directives')
      .select(['id', 'title', 'city_id as cityId', 'owner_unit_id as ownerUnitId', 'due_date as dueDate'])
      .where('status', 'in', REMINDED)
      .where('due_date', 'is not', null)
      .where('due_date', '<=', horizon)
      .execute(),
  ]);
  return [
    ...tasks.map((task) => ({ ...task, entity: 'task' as const })),
    ...directives.flatMap((directive) => (directive.dueDate === null ? [] : [{ ...directive, dueDate: directive.dueDate, entity: 'directive' as const }])),
  ];
}

/**
 * The last day of "due soon": `withinDays` ahead, stretched over days off so that the window holds
 * as many working days as that many days of ordinary weeks do (5 in 7). On Monday 01/02/2027 a
 * 7-day window reaches Monday 15/02, past the Tết break, instead of ending inside it.
 */
export function dueSoonHorizon(calendar: WorkCalendar, today: IsoDate, withinDays: number): IsoDate {
  const ordinary = addDays(today, withinDays);
  const stretched = addWorkingDays(calendar, today, Math.round((withinDays * 5) / 7));
  return stretched > ordinary ? stretched : ordinary;
}

function reminderFor(item: DueItem, userId: number, today: IsoDate, ownerName: string, calendar: WorkCalendar): NotificationInput {
  const daysLeft = daysBetween(today, item.dueDate);
  const overdue = daysLeft < 0;
  // Overdue reminders repeat weekly: days 1–7 late share a key, 8–14 the next, and so on.
  const round = overdue ? `:w${Math.floor((-daysLeft - 1) / 7)}` : '';
  const kind = overdue ? 'overdue' : 'due_soon';
  const what = item.entity === 'task' ? 'Nhiệm vụ' : 'Chỉ đạo';
  const when = overdue ? `quá hạn ${-daysLeft} ngày` : daysLeft === 0 ? 'đến hạn hôm nay' : `còn ${daysLeft} ngày (${workingDaysBetween(calendar, today, item.dueDate)} ngày làm việc) đến hạn`;
  return {
    userId,
    kind,
    title: `${what} ${when}: ${item.title}`.slice(0, 300),
    body: `${what} "${item.title}" — đơn vị thực hiện: ${ownerName}; hạn ${formatVietnameseDate(item.dueDate)}.`,
    link: `/${item.entity === 'task' ? 'tasks' : 'directives'}/${item.id}`,
    entity: item.entity,
    entityId: item.id,
    dedupeKey: `${item.entity}:${item.id}:${kind}:${item.dueDate}${round}:u${userId}`,
  };
}

export async function sendDueReminders(db: Db, now: Date, options: ReminderOptions = {}): Promise<ReminderRun> {
  const today = vietnamDate(now);
  const calendar = await loadWorkCalendar(db);
  const items = (await dueItems(db, dueSoonHorizon(calendar, today, options.withinDays ?? 7))).filter((item) => !options.cityIds || options.cityIds.has(item.cityId));
  if (items.length === 0) return { created: 0, emailed: 0, failed: [] };
  const [units, users] = await Promise.all([
    listUnits(db),
    db.selectFrom('users').select(['id', 'unit_id', 'role']).where('disabled', '=', 0).where('role', '!=', 'viewer').execute(),
  ]);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const coordinators = new Map<number, number[]>();
  const coordinatorsOf = (cityId: number) => {
    if (!coordinators.has(cityId)) {
      const city = jurisdictionOf(units, cityId);
      coordinators.set(cityId, users.filter((user) => user.role === 'coordinator' && city.has(user.unit_id)).map((user) => user.id));
    }
    return coordinators.get(cityId) ?? [];
  };
  const inputs = items.flatMap((item) => {
    const recipients = new Set([...users.filter((user) => user.unit_id === item.ownerUnitId).map((user) => user.id), ...coordinatorsOf(item.cityId)]);
    return [...recipients].map((userId) => reminderFor(item, userId, today, unitNames.get(item.ownerUnitId) ?? '', calendar));
  });
  const created = await notify(db, inputs, now);
  const mail = options.mailer ? await emailNotifications(db, options.mailer, created) : { emailed: 0, failed: [] };
  return { created: created.length, ...mail };
}
