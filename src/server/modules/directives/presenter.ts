// Directive and meeting rows → API shapes, with their delay and the actions the user may take.
import type { Directive, Meeting } from '../../../common/tasks.js';
import type { IsoDate } from '../../../common/vietnam-time.js';
import type { UnitRow } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';
import { timingOf } from '../tasks/delay.js';
import { presentAttachment, unitRef } from '../tasks/presenter.js';
import type { AttachmentRow } from '../tasks/schema.js';
import { directivePolicy, directiveResource, meetingPolicy } from './policy.js';
import type { ConclusionRow, DirectiveRow, MeetingRow } from './schema.js';

export interface DirectiveContext {
  actor: Actor;
  today: IsoDate;
  units: Map<number, UnitRow>;
  conclusions: Map<number, ConclusionRow>;
  tasks: Map<number, Directive['tasks']>;
}

const directiveTiming = (directive: DirectiveRow, today: IsoDate) =>
  timingOf(
    { status: directive.status, dueDate: directive.due_date, baselineDueDate: directive.due_date, completedOn: directive.completed_on },
    today,
  );

export function presentDirective(directive: DirectiveRow, ctx: DirectiveContext): Directive {
  const conclusion = ctx.conclusions.get(directive.conclusion_id);
  return {
    id: directive.id,
    meetingId: directive.meeting_id,
    conclusion: { id: directive.conclusion_id, number: conclusion?.number ?? '', text: conclusion?.text ?? '' },
    title: directive.title,
    content: directive.content,
    ownerUnit: unitRef(ctx.units, directive.owner_unit_id),
    dueDate: directive.due_date,
    standing: directive.standing === 1,
    status: directive.status,
    result: directive.result,
    completedOn: directive.completed_on,
    note: directive.note,
    demo: directive.demo === 1,
    timing: directiveTiming(directive, ctx.today),
    tasks: ctx.tasks.get(directive.id) ?? [],
    actions: directivePolicy.actions(ctx.actor, directiveResource(directive)),
  };
}

export const presentMeeting = (meeting: MeetingRow, directives: Directive[], files: AttachmentRow[], actor: Actor): Meeting => ({
  id: meeting.id,
  title: meeting.title,
  heldOn: meeting.held_on,
  place: meeting.place,
  chair: meeting.chair,
  attendees: JSON.parse(meeting.attendees) as string[],
  minutes: meeting.minutes,
  minutesFiles: files.map(presentAttachment),
  demo: meeting.demo === 1,
  counts: {
    directives: directives.length,
    done: directives.filter((directive) => directive.status === 'done' || directive.status === 'done_late').length,
    overdue: directives.filter((directive) => directive.timing.overdue).length,
  },
  actions: meetingPolicy.actions(actor, meeting.city_id),
});
