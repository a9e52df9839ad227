// Who may enter, submit, approve, return and reopen which unit's report.
import { type Actor, definePolicy, isRole, withinJurisdiction, withinOwnCity } from '../../lib/policy.js';
import type { SubmissionStatus } from '../../../common/reporting.js';

export interface SubmissionResource {
  unitId: number;
  status: SubmissionStatus;
  submittedBy: number | null;
}

const editable = (status: SubmissionStatus) => status === 'draft' || status === 'returned';
const entersFor = (actor: Actor, unitId: number) => actor.unitId === unitId && isRole(actor, 'officer', 'coordinator');
const decides = (actor: Actor, submission: SubmissionResource) =>
  isRole(actor, 'coordinator', 'leader') &&
  withinOwnCity(actor, submission.unitId) &&
  submission.status === 'submitted' &&
  // Nobody approves (or returns) what they submitted themselves.
  submission.submittedBy !== actor.id;

export const submissionPolicy = definePolicy({
  read: (actor: Actor, submission: SubmissionResource) =>
    isRole(actor, 'officer') ? actor.unitId === submission.unitId : withinJurisdiction(actor, submission.unitId),
  /** Whether they are one who enters this unit's figures at all, whatever the report's state: asked before the state, so a viewer gets 403, not 409. */
  enter: (actor: Actor, submission: SubmissionResource) => entersFor(actor, submission.unitId),
  edit: (actor: Actor, submission: SubmissionResource) => entersFor(actor, submission.unitId) && editable(submission.status),
  submit: (actor: Actor, submission: SubmissionResource) => entersFor(actor, submission.unitId) && editable(submission.status),
  approve: decides,
  return: decides,
  reopen: (actor: Actor, submission: SubmissionResource) =>
    isRole(actor, 'coordinator') && withinJurisdiction(actor, submission.unitId) && submission.status === 'approved',
});

export const calendarPolicy = definePolicy({
  update: (actor: Actor, cityId: number) => isRole(actor, 'coordinator') && withinJurisdiction(actor, cityId),
});

/** The consolidation screens: approval queue, completeness, reminders. */
export const consolidationPolicy = definePolicy({
  view: (actor: Actor, cityId: number) => isRole(actor, 'coordinator', 'leader', 'admin', 'viewer') && withinJurisdiction(actor, cityId),
  remind: (actor: Actor, cityId: number) => isRole(actor, 'coordinator') && withinJurisdiction(actor, cityId),
});
