// Writing a city's plan tasks and steering-committee meetings from seed data, idempotently.
import type { IsoDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { authored } from '../tasks/schema.js';
import { type TaskSeed, seedTasks } from '../tasks/seed.js';

export interface DirectiveSeed {
  title: string;
  content: string | null;
  ownerUnitCode: string;
  dueDate: IsoDate | null;
  standing: boolean;
  /** The tasks it concerns, by task code. */
  taskCodes: string[];
  note: string | null;
}

export interface MeetingSeed {
  code: string;
  title: string;
  heldOn: IsoDate;
  place: string;
  chair: string;
  attendees: string[];
  minutes: string;
  conclusions: { number: string; heading: string | null; text: string; directives: DirectiveSeed[] }[];
}

export interface TaskBookSeed {
  cityCode: string;
  planYear: number;
  tasks: TaskSeed[];
  meetings: MeetingSeed[];
}

async function seedMeeting(db: Db, cityId: number, meeting: MeetingSeed, taskIds: Map<string, number>, now: Date): Promise<void> {
  const units = new Map((await db.selectFrom('units').select(['id', 'code']).execute()).map((unit) => [unit.code, unit.id]));
  const row = await db
    .insertInto('meetings')
    .values({
      city_id: cityId,
      code: meeting.code,
      title: meeting.title,
      held_on: meeting.heldOn,
      place: meeting.place,
      chair: meeting.chair,
      attendees: JSON.stringify(meeting.attendees),
      minutes: meeting.minutes,
      ...authored(null, now),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const conclusion of meeting.conclusions) {
    const conclusionRow = await db
      .insertInto('conclusions')
      .values({ meeting_id: row.id, number: conclusion.number, heading: conclusion.heading, text: conclusion.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const directive of conclusion.directives) {
      const ownerId = units.get(directive.ownerUnitCode);
      if (ownerId === undefined) throw new Error(`Directive seed names unknown unit ${directive.ownerUnitCode}`);
      const directiveRow = await db
        .insertInto('directives')
        .values({
          city_id: cityId,
          meeting_id: row.id,
          conclusion_id: conclusionRow.id,
          title: directive.title,
          content: directive.content,
          owner_unit_id: ownerId,
          due_date: directive.dueDate,
          standing: Number(directive.standing),
          status: 'not_started',
          result: null,
          completed_on: null,
          note: directive.note,
          ...authored(null, now),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const links = directive.taskCodes.map((code) => {
        const taskId = taskIds.get(code);
        if (taskId === undefined) throw new Error(`Directive seed names unknown task ${code}`);
        return { directive_id: directiveRow.id, task_id: taskId };
      });
      if (links.length > 0) await db.insertInto('directive_tasks').values(links).execute();
    }
  }
}

/** The plan's tasks, then the meetings and their directives; what exists already is left alone. */
export async function seedTasksAndDirectives(db: Db, seed: TaskBookSeed, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const plan = await trx
      .selectFrom('plans')
      .innerJoin('units', 'units.id', 'plans.unit_id')
      .select(['plans.id', 'units.id as cityId'])
      .where('units.code', '=', seed.cityCode)
      .where('plans.year', '=', seed.planYear)
      .executeTakeFirst();
    if (!plan) throw new Error(`Task seed needs the ${seed.cityCode} plan for ${seed.planYear}`);
    const taskIds = await seedTasks(trx, plan.cityId, plan.id, seed.tasks, now);
    const held = await trx.selectFrom('meetings').select('code').where('city_id', '=', plan.cityId).execute();
    const existing = new Set(held.map((meeting) => meeting.code));
    for (const meeting of seed.meetings) {
      if (!existing.has(meeting.code)) await seedMeeting(trx, plan.cityId, meeting, taskIds, now);
    }
  });
}
