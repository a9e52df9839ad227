// Writing a city's tasks from seed data: each task once, by its code, never overwriting edits.
import type { ItemStatus } from '../../../common/tasks.js';
import type { IsoDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { authored } from './schema.js';

export interface TaskSeed {
  code: string;
  title: string;
  description: string | null;
  /** Where the text says it, e.g. "Kế hoạch CĐS 2024, Phần II, mục V.2". */
  source: string;
  leadUnitCode: string;
  coordinatingUnitCodes: string[];
  /** An indicator area of the plan (mục II) … */
  areaCode: string | null;
  /** … or a bullet of a solution group (mục III). */
  solutionItem: { groupCode: string; number: number } | null;
  plannedStartDate: IsoDate | null;
  /** The current due date … */
  dueDate: IsoDate;
  /** … and the original one, before the reschedulings below. */
  baselineDueDate: IsoDate;
  reschedules: { fromDueDate: IsoDate; toDueDate: IsoDate; decidedOn: IsoDate | null; decidedBy: string; reason: string }[];
  status: ItemStatus;
  note: string | null;
}

/** Inserts the tasks the city does not have yet (matched by code); returns every seeded task's id by code. */
export async function seedTasks(db: Db, cityId: number, planId: number, tasks: TaskSeed[], now: Date): Promise<Map<string, number>> {
  const [units, areas, items, existing] = await Promise.all([
    db.selectFrom('units').select(['id', 'code']).execute(),
    db.selectFrom('plan_areas').select(['id', 'code']).where('plan_id', '=', planId).execute(),
    db
      .selectFrom('solution_items')
      .innerJoin('solution_groups', 'solution_groups.id', 'solution_items.group_id')
      .select(['solution_items.id', 'solution_items.number', 'solution_groups.id as groupId', 'solution_groups.code as groupCode'])
      .where('solution_groups.plan_id', '=', planId)
      .execute(),
    db.selectFrom('tasks').select(['id', 'code']).where('city_id', '=', cityId).where('code', 'is not', null).execute(),
  ]);
  const ids = new Map(existing.map((task) => [task.code ?? '', task.id]));
  const unitId = (code: string) => {
    const unit = units.find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`Task seed names unknown unit ${code}`);
    return unit.id;
  };
  for (const task of tasks) {
    if (ids.has(task.code)) continue;
    const item = task.solutionItem && items.find((candidate) => candidate.groupCode === task.solutionItem?.groupCode && candidate.number === task.solutionItem.number);
    if (task.solutionItem && !item) throw new Error(`Task ${task.code} names unknown solution ${task.solutionItem.groupCode}-${task.solutionItem.number}`);
    const row = await db
      .insertInto('tasks')
      .values({
        city_id: cityId,
        code: task.code,
        plan_id: planId,
        area_id: areas.find((area) => area.code === task.areaCode)?.id ?? null,
        solution_group_id: item?.groupId ?? null,
        solution_item_id: item?.id ?? null,
        parent_id: null,
        title: task.title,
        description: task.description,
        solution: null,
        lead_unit_id: unitId(task.leadUnitCode),
        status: task.status,
        progress: 0,
        planned_start_date: task.plannedStartDate,
        due_date: task.dueDate,
        baseline_due_date: task.baselineDueDate,
        completed_on: null,
        source: task.source,
        note: task.note,
        ...authored(null, now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(task.code, row.id);
    if (task.coordinatingUnitCodes.length > 0) {
      await db.insertInto('task_units').values(task.coordinatingUnitCodes.map((code) => ({ task_id: row.id, unit_id: unitId(code) }))).execute();
    }
    if (task.reschedules.length > 0) {
      await db
        .insertInto('task_reschedules')
        .values(
          task.reschedules.map((change) => ({
            task_id: row.id,
            from_due_date: change.fromDueDate,
            to_due_date: change.toDueDate,
            decided_on: change.decidedOn,
            decided_by: change.decidedBy,
            reason: change.reason,
            recorded_by: null,
            created_at: now.toISOString(),
          })),
        )
        .execute();
    }
  }
  return ids;
}
