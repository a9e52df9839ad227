// Tasks (nhiệm vụ), steering-committee meetings and directives (chỉ đạo), reminders: the
// contracts shared by the server and the web app.
import { z } from 'zod';
import { isIsoDate } from './vietnam-time.js';
import { rowId, rowIdParam } from './ids.js';

/** Chưa bắt đầu, đang thực hiện, hoàn thành, hoàn thành trễ hạn, tạm dừng, hủy. */
export const itemStatuses = ['not_started', 'in_progress', 'done', 'done_late', 'paused', 'cancelled'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** The statuses as screens and exports name them. */
export const itemStatusLabels: Record<ItemStatus, string> = {
  not_started: 'Chưa bắt đầu',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  done_late: 'Hoàn thành trễ hạn',
  paused: 'Tạm dừng',
  cancelled: 'Hủy',
};

/** The statuses a manager sets by hand; done and done_late come only from a completion report. */
export const settableStatuses = ['not_started', 'in_progress', 'paused', 'cancelled'] as const;

export const isoDate = z.string().refine(isIsoDate, { message: 'Ngày theo dạng yyyy-mm-dd' });

export const delaySchema = z.object({ days: z.number().int(), months: z.number().int() });
export type Delay = z.infer<typeof delaySchema>;

export const timingSchema = z.object({
  /** Open and past its due date. */
  overdue: z.boolean(),
  /** Days until the due date (negative when past), for open items with a due date. */
  daysLeft: z.number().int().nullable(),
  /** Behind the current due date: until today when open, until completion when done. */
  delay: delaySchema,
  /** The same against the original due date, before any rescheduling. */
  baselineDelay: delaySchema,
});
export type Timing = z.infer<typeof timingSchema>;

export const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;
const planRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const attachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  url: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const taskSchema = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  /** The concrete solution (giải pháp) the lead unit applies. */
  solution: z.string().nullable(),
  area: planRefSchema.nullable(),
  solutionGroup: planRefSchema.nullable(),
  parentId: z.number().int().nullable(),
  leadUnit: unitRefSchema,
  coordinatingUnits: z.array(unitRefSchema),
  plannedStartDate: z.string().nullable(),
  dueDate: z.string(),
  /** The original due date; differs from dueDate once rescheduled. */
  baselineDueDate: z.string(),
  completedOn: z.string().nullable(),
  status: z.enum(itemStatuses),
  progress: z.number(),
  /** True when progress is the mean of the sub-tasks' (a parent's own figure is not used). */
  progressDerived: z.boolean(),
  timing: timingSchema,
  source: z.string().nullable(),
  note: z.string().nullable(),
  demo: z.boolean(),
  actions: z.array(z.string()),
});
export type Task = z.infer<typeof taskSchema>;

export const rescheduleSchema = z.object({
  id: z.number().int(),
  fromDueDate: z.string(),
  toDueDate: z.string(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});

export const taskUpdateSchema = z.object({
  id: z.number().int(),
  unit: unitRefSchema,
  author: z.string().nullable(),
  reportedOn: z.string(),
  progress: z.number().int().nullable(),
  text: z.string(),
  figure: z.number().nullable(),
  figureUnit: z.string().nullable(),
  completedOn: z.string().nullable(),
  files: z.array(attachmentSchema),
  demo: z.boolean(),
  createdAt: z.string(),
});
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

export const directiveRefSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  meetingId: z.number().int(),
  status: z.enum(itemStatuses),
});

export const taskDetailSchema = taskSchema.extend({
  children: z.array(taskSchema),
  reschedules: z.array(rescheduleSchema),
  updates: z.array(taskUpdateSchema),
  directives: z.array(directiveRefSchema),
});
export type TaskDetail = z.infer<typeof taskDetailSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const id = rowId;

export const taskInputSchema = z.object({
  title: text(1000),
  description: optionalText(8000),
  solution: optionalText(8000),
  areaId: id.nullable().optional(),
  solutionGroupId: id.nullable().optional(),
  parentId: id.nullable().optional(),
  leadUnitId: id,
  coordinatingUnitIds: z.array(id).max(100).default([]),
  plannedStartDate: isoDate.nullable().optional(),
  dueDate: isoDate,
  note: optionalText(4000),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

export const taskPatchSchema = taskInputSchema
  .omit({ parentId: true, dueDate: true })
  .extend({ status: z.enum(settableStatuses) })
  .partial();
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const rescheduleInputSchema = z.object({
  dueDate: isoDate,
  reason: text(4000),
  /** Who decided (a body or a person, e.g. "Ban Chỉ đạo, cuộc họp 26/3/2024"); the actor by default. */
  decidedBy: text(300).optional(),
  decidedOn: isoDate.optional(),
});

export const progressInputSchema = z.object({
  /** The day the report speaks of; today by default. */
  reportedOn: isoDate.optional(),
  progress: z.number().int().min(0).max(100).optional(),
  text: text(8000),
  figure: z.number().finite().optional(),
  figureUnit: text(60).optional(),
  /** Completes the task on this day (progress 100; done, or done late after the due date). */
  completedOn: isoDate.optional(),
});
export type ProgressInput = z.infer<typeof progressInputSchema>;

const queryId = rowIdParam.optional();
const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true').optional();

export const taskFilterSchema = z.object({
  unitId: queryId,
  areaId: queryId,
  solutionGroupId: queryId,
  status: z.enum(itemStatuses).optional(),
  overdue: queryFlag,
  dueThisMonth: queryFlag,
  q: z.string().max(200).optional(),
});
export type TaskFilter = z.infer<typeof taskFilterSchema>;

const timelineTaskSchema = taskSchema.pick({ id: true, title: true, parentId: true, plannedStartDate: true, dueDate: true, baselineDueDate: true, completedOn: true, status: true, progress: true, timing: true });

export const timelineSchema = z.object({
  today: z.string(),
  units: z.array(z.object({ unit: unitRefSchema, tasks: z.array(timelineTaskSchema) })),
});

// Meetings of the steering committee, their conclusions, and the directives that carry them out.

export const directiveUpdateSchema = taskUpdateSchema.omit({ progress: true, figure: true, figureUnit: true });

export const directiveSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  conclusion: z.object({ id: z.number().int(), number: z.string(), text: z.string() }),
  title: z.string(),
  content: z.string().nullable(),
  ownerUnit: unitRefSchema,
  /** Null when standing ("thường xuyên") or when no date was set. */
  dueDate: z.string().nullable(),
  standing: z.boolean(),
  status: z.enum(itemStatuses),
  result: z.string().nullable(),
  completedOn: z.string().nullable(),
  note: z.string().nullable(),
  demo: z.boolean(),
  timing: timingSchema,
  tasks: z.array(z.object({ id: z.number().int(), code: z.string().nullable(), title: z.string(), status: z.enum(itemStatuses) })),
  actions: z.array(z.string()),
});
export type Directive = z.infer<typeof directiveSchema>;

export const directiveDetailSchema = directiveSchema.extend({ updates: z.array(directiveUpdateSchema) });

export const meetingSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  chair: z.string().nullable(),
  attendees: z.array(z.string()),
  minutes: z.string().nullable(),
  minutesFiles: z.array(attachmentSchema),
  demo: z.boolean(),
  counts: z.object({ directives: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
  actions: z.array(z.string()),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** The directive register of a meeting: its conclusions in order, each with its directives. */
export const meetingDetailSchema = meetingSchema.extend({
  conclusions: z.array(
    z.object({ id: z.number().int(), number: z.string(), heading: z.string().nullable(), text: z.string(), directives: z.array(directiveSchema) }),
  ),
});

export const meetingInputSchema = z.object({
  title: text(500),
  heldOn: isoDate,
  place: optionalText(300),
  chair: optionalText(300),
  attendees: z.array(text(300)).max(200).default([]),
  minutes: optionalText(50_000),
});

export const directiveInputSchema = z.object({
  title: text(1000),
  content: optionalText(8000),
  ownerUnitId: id,
  dueDate: isoDate.nullable().optional(),
  /** "Thường xuyên": no due date, never overdue. */
  standing: z.boolean().default(false),
  taskIds: z.array(id).max(50).default([]),
  note: optionalText(4000),
});
export type DirectiveInput = z.infer<typeof directiveInputSchema>;

export const conclusionInputSchema = z.object({
  number: text(20),
  heading: optionalText(500),
  text: text(8000),
  directives: z.array(directiveInputSchema).min(1).max(100),
});

export const directivePatchSchema = directiveInputSchema.extend({ status: z.enum(settableStatuses) }).partial();
export type DirectivePatch = z.infer<typeof directivePatchSchema>;

export const directiveReportSchema = progressInputSchema.omit({ progress: true, figure: true, figureUnit: true }).extend({
  /** What was done: required with completedOn. */
  result: text(8000).optional(),
});
export type DirectiveReport = z.infer<typeof directiveReportSchema>;

export const directiveFilterSchema = taskFilterSchema
  .pick({ unitId: true, status: true, overdue: true, q: true })
  .extend({ meetingId: queryId });
export type DirectiveFilter = z.infer<typeof directiveFilterSchema>;

// The leader's board and "việc của tôi".

export const workItemSchema = z.object({
  kind: z.enum(['task', 'directive']),
  id: z.number().int(),
  title: z.string(),
  ownerUnit: unitRefSchema,
  dueDate: z.string().nullable(),
  status: z.enum(itemStatuses),
  timing: timingSchema,
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const boardSchema = z.object({
  today: z.string(),
  withinDays: z.number().int(),
  totals: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }),
  units: z.array(z.object({ unit: unitRefSchema, overdue: z.number().int(), dueSoon: z.number().int(), items: z.array(workItemSchema) })),
});

export const myWorkSchema = z.object({
  unit: unitRefSchema,
  tasks: z.array(taskSchema.extend({ role: z.enum(['lead', 'coordinating']) })),
  directives: z.array(directiveSchema),
});

// In-app notifications (reminders from this module and others).

export const notificationSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({ unread: z.number().int(), items: z.array(notificationSchema) });
