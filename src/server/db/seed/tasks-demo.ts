// Demo progress (every row it writes or changes is marked demo = 1): reports on the 2024 plan's
// tasks (done on time, done late, under way, not started), a sub-task per ward under the radio
// stations task, follow-ups on the 26/3/2024 directives, and a recent meeting dated from today so
// the leader's board always shows something overdue and something due this week. Deterministic for
// a given day: one seeded generator, rows visited in id order. The OC task is left as the documents
// describe it.
import { type IsoDate, addDays, daysBetween, vietnamDate } from '../../../common/vietnam-time.js';
import { completionStatus } from '../../modules/tasks/delay.js';
import { authored, type TaskRow } from '../../modules/tasks/schema.js';
import type { Db } from '../index.js';
import { seededRandom } from './reporting-demo.js';
import { OC_TASK_CODE } from './tasks-vungtau-2024.js';
import { CITY_CODE, vungTauUnits } from './units-vungtau.js';

/** The plan was issued after 10/4/2024 (it cites Quyết định 968 of that day): reports start here. */
const FIRST_REPORT: IsoDate = '2024-04-15';
const RADIO_TASK_CODE = 'KH2024-III-NTS-4';

const progressTexts = [
  'Đã xây dựng kế hoạch chi tiết, phân công cán bộ thực hiện.',
  'Đã họp triển khai với các đơn vị phối hợp; đang thực hiện theo kế hoạch.',
  'Đã rà soát hiện trạng, tổng hợp nhu cầu của các đơn vị.',
  'Đã hoàn thành một phần khối lượng; một số đơn vị còn chậm gửi số liệu.',
];
const doneTexts = ['Đã hoàn thành, có báo cáo kết quả gửi UBND thành phố.', 'Hoàn thành; đã báo cáo Ban Chỉ đạo tại kỳ giao ban.'];

type Random = () => number;
const pick = <T>(random: Random, items: T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, from: IsoDate, to: IsoDate) => addDays(from, Math.floor(random() * Math.max(1, daysBetween(from, to))));

interface Outcome {
  updates: { reportedOn: IsoDate; progress: number; text: string; completedOn: IsoDate | null }[];
  status: TaskRow['status'];
}

/** A plausible history for a task due `due`, as of `today`. */
function outcomeFor(random: Random, due: IsoDate, today: IsoDate): Outcome {
  const roll = random();
  const until = due < today ? due : today;
  if (roll < 0.15 || until <= FIRST_REPORT) return { updates: [], status: 'not_started' };
  const steps = 1 + Math.floor(random() * 3);
  const dates = Array.from({ length: steps }, () => between(random, FIRST_REPORT, until)).sort();
  const updates: Outcome['updates'] = dates.map((reportedOn, index) => ({
    reportedOn,
    progress: Math.round(((index + 1) / (steps + 1)) * 80) + 5,
    text: pick(random, progressTexts),
    completedOn: null,
  }));
  const finishedOn = roll < 0.5 ? between(random, dates.at(-1) ?? FIRST_REPORT, until) : roll < 0.7 ? addDays(due, 5 + Math.floor(random() * 80)) : null;
  if (finishedOn === null || finishedOn > today) return { updates, status: 'in_progress' };
  updates.push({ reportedOn: finishedOn, progress: 100, text: pick(random, doneTexts), completedOn: finishedOn });
  return { updates, status: completionStatus(due, finishedOn) };
}

async function reportOn(db: Db, task: Pick<TaskRow, 'id' | 'lead_unit_id' | 'due_date'>, outcome: Outcome, authorOf: (unitId: number) => number | null, now: Date) {
  const last = outcome.updates.at(-1);
  if (last) {
    await db
      .insertInto('task_updates')
      .values(
        outcome.updates.map((update) => ({
          task_id: task.id,
          unit_id: task.lead_unit_id,
          reported_on: update.reportedOn,
          progress: update.progress,
          text: update.text,
          figure: null,
          figure_unit: null,
          completed_on: update.completedOn,
          author_id: authorOf(task.lead_unit_id),
          demo: 1,
          created_at: now.toISOString(),
        })),
      )
      .execute();
  }
  await db
    .updateTable('tasks')
    .set({ status: outcome.status, progress: last?.progress ?? 0, completed_on: last?.completedOn ?? null, demo: 1 })
    .where('id', '=', task.id)
    .execute();
}

export async function seedTasksDemo(db: Db, now: Date): Promise<void> {
  if (await db.selectFrom('tasks').select('id').where('demo', '=', 1).limit(1).executeTakeFirst()) return;
  const random = seededRandom(20_240_326);
  const today = vietnamDate(now);
  await db.transaction().execute(async (trx) => {
    const units = new Map((await trx.selectFrom('units').select(['id', 'code']).execute()).map((unit) => [unit.code, unit.id]));
    const cityId = units.get(CITY_CODE) ?? -1;
    const users = await trx.selectFrom('users').select(['id', 'unit_id']).where('role', 'in', ['officer', 'coordinator']).orderBy('id').execute();
    const authorOf = (unitId: number) => users.find((user) => user.unit_id === unitId)?.id ?? null;
    const tasks = await trx.selectFrom('tasks').selectAll().where('city_id', '=', cityId).where('code', 'is not', null).orderBy('id').execute();
    const radio = tasks.find((task) => task.code === RADIO_TASK_CODE);
    for (const task of tasks.filter((candidate) => candidate.code !== OC_TASK_CODE && candidate !== radio)) {
      await reportOn(trx, task, outcomeFor(random, task.due_date, today), authorOf, now);
    }
    // Radio stations, 17/17 wards: one sub-task per ward, so the parent's progress is their mean.
    await trx.updateTable('tasks').set({ status: 'in_progress', demo: 1 }).where('id', '=', radio?.id ?? -1).execute();
    for (const ward of vungTauUnits.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune')) {
      const row = await trx
        .insertInto('tasks')
        .values({
          city_id: cityId,
          code: null,
          plan_id: radio?.plan_id ?? null,
          area_id: null,
          solution_group_id: radio?.solution_group_id ?? null,
          solution_item_id: null,
          parent_id: radio?.id ?? null,
          title: `Thiết lập Đài truyền thanh cấp xã — ${ward.name}`,
          description: null,
          solution: 'Lắp cụm loa truyền thanh thông minh ứng dụng CNTT – viễn thông',
          lead_unit_id: units.get(ward.code) ?? -1,
          status: 'not_started',
          progress: 0,
          planned_start_date: '2024-05-01',
          due_date: '2024-11-30',
          baseline_due_date: '2024-11-30',
          completed_on: null,
          source: 'Dữ liệu minh họa',
          note: null,
          ...authored(null, now, true),
        })
        .returning(['id', 'lead_unit_id', 'due_date'])
        .executeTakeFirstOrThrow();
      await reportOn(trx, row, outcomeFor(random, row.due_date, today), authorOf, now);
    }
    await seedDirectivesDemo(trx, random, cityId, units, authorOf, today, now);
  });
}

async function seedDirectivesDemo(db: Db, random: Random, cityId: number, units: Map<string, number>, authorOf: (unitId: number) => number | null, today: IsoDate, now: Date) {
  const report = async (directive: { id: number; owner_unit_id: number; due_date: string | null }, reportedOn: IsoDate, completedOn: IsoDate | null) => {
    if (reportedOn > today) return;
    const done = completedOn !== null && completedOn <= today;
    await db
      .insertInto('directive_updates')
      .values({
        directive_id: directive.id,
        unit_id: directive.owner_unit_id,
        reported_on: reportedOn,
        text: done ? 'Đã thực hiện xong, gửi báo cáo kết quả.' : 'Đang triển khai.',
        completed_on: done ? completedOn : null,
        author_id: authorOf(directive.owner_unit_id),
        demo: 1,
        created_at: now.toISOString(),
      })
      .execute();
    await db
      .updateTable('directives')
      .set(
        done
          ? { status: completionStatus(directive.due_date, completedOn), completed_on: completedOn, result: 'Đã thực hiện; kết quả báo cáo tại kỳ giao ban (dữ liệu minh họa).', demo: 1 }
          : { status: 'in_progress', demo: 1 },
      )
      .where('id', '=', directive.id)
      .execute();
  };
  for (const directive of await db.selectFrom('directives').selectAll().where('city_id', '=', cityId).orderBy('id').execute()) {
    const roll = random();
    if (roll < 0.25) continue;
    await report(directive, between(random, '2024-03-28', '2024-05-15'), roll < 0.7 ? between(random, '2024-04-01', '2024-06-15') : null);
  }
  // A recent meeting, dated from today: late, due this week, later, standing, done on time, done late.
  const meeting = await db
    .insertInto('meetings')
    .values({
      city_id: cityId,
      code: 'DEMO-GIAO-BAN',
      title: 'Giao ban chuyển đổi số (dữ liệu minh họa)',
      held_on: addDays(today, -14),
      place: 'Phòng họp UBND thành phố',
      chair: 'Lãnh đạo UBND thành phố',
      attendees: JSON.stringify(['Thành viên Ban Chỉ đạo', 'Lãnh đạo các phòng, UBND các phường, xã']),
      minutes: 'Cuộc họp minh họa để xem bảng điều hành.',
      ...authored(null, now, true),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const conclusion = await db.insertInto('conclusions').values({ meeting_id: meeting.id, number: '1', heading: null, text: 'Đôn đốc các đơn vị hoàn thành các việc còn chậm.' }).returning('id').executeTakeFirstOrThrow();
  const plan: [string, string, number | null, number | null][] = [
    ['VT-P07', 'Hoàn thành lắp loa truyền thanh thông minh còn lại', -5, null],
    ['VT-TTAM', 'Niêm yết danh mục TTHC trực tuyến toàn trình trên trang thông tin phường', 3, null],
    ['VT-TCKH', 'Trình phương án kinh phí vận hành OC Vũng Tàu', 6, null],
    ['VT-TNMT', 'Báo cáo tiến độ tích hợp GIS vào phân hệ điều hành OC', 20, null],
    ['VT-VHTT', 'Tổng hợp, cập nhật tin chuyển đổi số lên Trang thông tin điện tử thành phố', null, null],
    ['VT-P01', 'Rà soát tài khoản định danh điện tử của người dân', -10, -11],
    ['VT-NV', 'Cử cán bộ tham gia lớp tập huấn kỹ năng số', -20, -12],
  ];
  for (const [code, title, dueIn, doneIn] of plan) {
    const row = await db
      .insertInto('directives')
      .values({
        city_id: cityId,
        meeting_id: meeting.id,
        conclusion_id: conclusion.id,
        title,
        content: null,
        owner_unit_id: units.get(code) ?? -1,
        due_date: dueIn === null ? null : addDays(today, dueIn),
        standing: Number(dueIn === null),
        status: 'not_started',
        result: null,
        completed_on: null,
        note: null,
        ...authored(null, now, true),
      })
      .returning(['id', 'owner_unit_id', 'due_date'])
      .executeTakeFirstOrThrow();
    if (doneIn !== null || (dueIn !== null && dueIn < 0)) await report(row, addDays(today, doneIn ?? -2), doneIn === null ? null : addDays(today, doneIn));
  }
}
