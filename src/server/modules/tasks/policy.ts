// Who may do what to a task: the coordinator and leaders create, assign and reschedule; the lead
// unit reports progress on its own tasks; everyone in the city reads them.
import type { ItemStatus } from '../../../common/tasks.js';
import { type Actor, definePolicy, isRole, withinJurisdiction, withinOwnCity } from '../../lib/policy.js';
import { isOpen } from './delay.js';
import type { TaskRow } from './schema.js';

export interface OwnedItem {
  cityId: number;
  ownerUnitId: number;
  status: ItemStatus;
}

/** Coordinators and leaders direct the work of their own city (the province's leaders follow it, they do not run it). */
export const directs = (actor: Actor, cityId: number) => isRole(actor, 'coordinator', 'leader') && withinOwnCity(actor, cityId);

/** The owner unit's people report on its open items (a viewer only watches). */
export const reportsOn = (actor: Actor, item: OwnedItem) =>
  actor.unitId === item.ownerUnitId && !isRole(actor, 'viewer') && withinJurisdiction(actor, item.cityId) && isOpen(item.status);

export const taskResource = (task: TaskRow): OwnedItem => ({ cityId: task.city_id, ownerUnitId: task.lead_unit_id, status: task.status });

export const taskPolicy = definePolicy({
  read: (actor: Actor, task: OwnedItem) => withinJurisdiction(actor, task.cityId),
  manage: (actor: Actor, task: OwnedItem) => directs(actor, task.cityId),
  reschedule: (actor: Actor, task: OwnedItem) => directs(actor, task.cityId) && isOpen(task.status),
  report: reportsOn,
});

/** Creating a task, or a sub-task under a parent: the coordinator or a leader of the city. */
export const taskCreationPolicy = definePolicy({
  create: (actor: Actor, cityId: number) => directs(actor, cityId),
});
