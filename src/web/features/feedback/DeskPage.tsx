// Xử lý phản ánh: the coordinator's triage queue (assign to a unit, reject with a public reason,
// merge into another code) and a unit's list (accept, post an update, resolve with a public answer
// and "after" photos, send back with a reason); a leader extends a deadline once. The buttons are
// the actions the server says the user may take on each report.
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { type FieldReportStatus, fieldReportStatuses } from '../../../common/feedback.js';
import type { Unit } from '../../../common/units.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { deskReportPath, feedbackAdminPaths, feedbackSetupRoles } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { fetchUnits } from '../units/api.js';
import { type StaffFieldReport, type StaffQueue, fetchStaffReports, reportSteps } from './api.js';
import { FeedbackStatus, PhotoStrip, TimeLeft } from './parts.js';
import { StepDialog } from './StepDialog.js';

export type Step = 'assign' | 'reject' | 'merge' | 'accept' | 'update' | 'resolve' | 'transferBack' | 'extend';

export function DeskPage() {
  const { t } = useI18n();
  usePageTitle(t('desk.title'));
  const { user } = useSession();
  const directs = user?.role === 'coordinator' || user?.role === 'leader';
  const [queue, setQueue] = useState<StaffQueue>(directs ? 'triage' : 'all');
  const [status, setStatus] = useState<FieldReportStatus | ''>('');
  const load = useCallback(() => fetchStaffReports(queue, status || undefined), [queue, status]);
  const reports = useResource(load);
  const units = useResource(fetchUnits);
  const [done, setDone] = useState<string>();

  return (
    <div className="fb-desk">
      <div className="page-header-row">
        <h1>{t('desk.title')}</h1>
        {user && feedbackSetupRoles.includes(user.role) && (
          <Link to={feedbackAdminPaths.categories} className="button">
            {t('fbAdmin.setupLink')}
          </Link>
        )}
      </div>
      <form className="fb-filters" aria-label={t('desk.filters')} onSubmit={(event) => event.preventDefault()}>
        {directs && (
          <label>
            {t('desk.queue')}
            <select value={queue} onChange={(event) => setQueue(event.target.value as StaffQueue)}>
              <option value="triage">{t('desk.queueTriage')}</option>
              <option value="all">{t('desk.queueAll')}</option>
            </select>
          </label>
        )}
        {queue === 'all' && (
          <label>
            {t('feedback.status')}
            <select value={status} onChange={(event) => setStatus(event.target.value as FieldReportStatus | '')}>
              <option value="">{t('feedback.all')}</option>
              {fieldReportStatuses.map((item) => (
                <option key={item} value={item}>
                  {t(`feedbackStatus.${item}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </form>
      <SuccessNotice message={done} />
      <ResourceView resource={reports}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{queue === 'triage' ? t('desk.noneTriage') : t('desk.none')}</p>
          ) : (
            <>
              <p className="result-count">{t('feedback.count', { count: list.length })}</p>
              <ul className="fb-list">
                {list.map((report) => (
                  <DeskRow
                    key={report.id}
                    report={report}
                    units={units.data ?? []}
                    onDone={(message) => {
                      setDone(message);
                      reports.reload();
                    }}
                  />
                ))}
              </ul>
            </>
          )
        }
      </ResourceView>
    </div>
  );
}

const stepOrder: Step[] = ['assign', 'accept', 'update', 'resolve', 'extend', 'merge', 'transferBack', 'reject'];

/** The buttons a report's `actions` allow: triage opens the coordinator's three steps. */
function stepsFor(actions: string[]): Step[] {
  const allowed = new Set<Step>();
  if (actions.includes('triage')) ['assign', 'reject', 'merge'].forEach((step) => allowed.add(step as Step));
  for (const action of ['accept', 'update', 'resolve', 'transferBack', 'extend'] as const) if (actions.includes(action)) allowed.add(action);
  return stepOrder.filter((step) => allowed.has(step));
}

function DeskRow({ report, units, onDone }: { report: StaffFieldReport; units: Unit[]; onDone: (message: string) => void }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState<Step>();
  const rowTone = report.timing.overdue ? 'fb-item fb-item-overdue' : 'fb-item';
  const who = report.reporter.anonymous
    ? t('desk.anonymous')
    : [report.reporter.name, report.reporter.phone, report.reporter.email].filter(Boolean).join(' · ') || t('desk.noContact');
  const finish = (message: string) => {
    setOpen(undefined);
    onDone(message);
  };

  return (
    <li className={rowTone} aria-labelledby={`fb-row-${report.id}`}>
      <p className="fb-item-head" id={`fb-row-${report.id}`}>
        <Link to={deskReportPath(report.id)}>{report.code}</Link> <FeedbackStatus status={report.status} />
        {report.timing.overdue && <span className="badge fb-overdue-flag">{t('feedback.overdue')}</span>}
      </p>
      <p className="fb-item-category">{report.category.name}</p>
      {report.description && <p className="fb-excerpt">{report.description}</p>}
      <p className="muted">
        {[report.ward?.name, report.address].filter(Boolean).join(' · ')} · {formatDate(new Date(report.receivedAt), language)}
      </p>
      <p className="muted">
        {t('feedback.unit')}: {report.unit?.name ?? t('feedback.unitPending')} · {t('desk.reporter')}: {who}
        {report.supporters > 0 && ` · ${t('feedback.supporters', { count: report.supporters })}`}
      </p>
      <p>
        <TimeLeft timing={report.timing} />
      </p>
      <PhotoStrip photos={report.photos} label={t('feedback.photosBefore')} />
      <StepButtons report={report} onOpen={setOpen} />
      {open && <StepForm step={open} report={report} units={units} onClose={() => setOpen(undefined)} onDone={finish} />}
    </li>
  );
}

/** A button for each step the report's `actions` allow, named with the report's code. */
export function StepButtons({ report, onOpen }: { report: StaffFieldReport; onOpen: (step: Step) => void }) {
  const { t } = useI18n();
  const steps = stepsFor(report.actions);
  if (steps.length === 0) return null;
  return (
    <div className="row-actions fb-actions">
      {steps.map((step) => (
        <button
          key={step}
          type="button"
          className={step === 'reject' ? 'button button-small button-danger' : step === 'accept' || step === 'resolve' || step === 'assign' ? 'button button-small button-primary' : 'button button-small'}
          onClick={() => onOpen(step)}
          aria-label={`${t(`desk.step.${step}`)} ${report.code}`}
        >
          {t(`desk.step.${step}`)}
        </button>
      ))}
    </div>
  );
}

export function StepForm({ step, report, units, onClose, onDone }: { step: Step; report: StaffFieldReport; units: Unit[]; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [unitId, setUnitId] = useState(report.unit ? String(report.unit.id) : report.ward ? String(report.ward.id) : '');
  const [days, setDays] = useState('3');
  const [photos, setPhotos] = useState<File[]>([]);
  const subject = `${report.code} · ${report.category.name}`;
  const title = t(`desk.step.${step}`);
  const done = () => onDone(t('desk.done', { code: report.code, step: title }));
  const common = { title, subject, submitLabel: title, onClose };

  switch (step) {
    case 'accept':
      return (
        <StepDialog {...common} canSubmit onSubmit={async () => void (await reportSteps.accept(report.id), done())}>
          <p>{t('desk.acceptIntro')}</p>
        </StepDialog>
      );
    case 'assign':
      return (
        <StepDialog {...common} canSubmit={unitId !== ''} onSubmit={async () => void (await reportSteps.assign(report.id, { unitId: Number(unitId), ...(text.trim() ? { note: text.trim() } : {}) }), done())}>
          <Field label={t('desk.unit')}>
            {(control) => (
              <select {...control} required value={unitId} onChange={(event) => setUnitId(event.target.value)}>
                <option value="" />
                {units
                  .filter((unit) => unit.kind !== 'province' && unit.kind !== 'committee' && unit.kind !== 'group')
                  .map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label={t('desk.note')}>{(control) => <textarea {...control} rows={2} maxLength={1000} value={text} onChange={(event) => setText(event.target.value)} />}</Field>
        </StepDialog>
      );
    case 'reject':
    case 'transferBack':
      return (
        <StepDialog
          {...common}
          danger={step === 'reject'}
          canSubmit={text.trim().length >= 3}
          onSubmit={async () => void (step === 'reject' ? await reportSteps.reject(report.id, text.trim()) : await reportSteps.transferBack(report.id, text.trim()), done())}
        >
          <Field label={step === 'reject' ? t('desk.rejectReason') : t('desk.reason')} hint={step === 'reject' ? t('desk.rejectHint') : t('desk.transferHint')}>
            {(control) => <textarea {...control} rows={3} required minLength={3} maxLength={1000} value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
        </StepDialog>
      );
    case 'merge':
      return (
        <StepDialog {...common} canSubmit={text.trim().length >= 4} onSubmit={async () => void (await reportSteps.merge(report.id, text.trim().toUpperCase()), done())}>
          <Field label={t('desk.mergeInto')} hint={t('desk.mergeHint')}>
            {(control) => <input {...control} type="text" required maxLength={20} value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
        </StepDialog>
      );
    case 'update':
      return (
        <StepDialog {...common} canSubmit={text.trim() !== ''} onSubmit={async () => void (await reportSteps.update(report.id, text.trim()), done())}>
          <Field label={t('desk.publicNote')} hint={t('desk.publicHint')}>
            {(control) => <textarea {...control} rows={3} required maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
        </StepDialog>
      );
    case 'resolve':
      return (
        <StepDialog {...common} canSubmit={text.trim().length >= 10} onSubmit={async () => void (await reportSteps.resolve(report.id, text.trim(), photos), done())}>
          <Field label={t('desk.answer')} hint={t('desk.answerHint')}>
            {(control) => <textarea {...control} rows={4} required minLength={10} maxLength={4000} value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
          <Field label={t('desk.afterPhotos')}>
            {(control) => <input {...control} type="file" accept="image/jpeg,image/png,image/webp,image/heic" multiple onChange={(event) => setPhotos(Array.from(event.target.files ?? []).slice(0, 5))} />}
          </Field>
        </StepDialog>
      );
    case 'extend':
      return (
        <StepDialog {...common} canSubmit={Number(days) >= 1 && text.trim().length >= 3} onSubmit={async () => void (await reportSteps.extend(report.id, Number(days), text.trim()), done())}>
          <p>{t('desk.extendIntro')}</p>
          <Field label={t('desk.extendDays')}>
            {(control) => <input {...control} type="number" min={1} max={60} required value={days} onChange={(event) => setDays(event.target.value)} />}
          </Field>
          <Field label={t('desk.reason')}>
            {(control) => <textarea {...control} rows={3} required minLength={3} maxLength={1000} value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
        </StepDialog>
      );
  }
}
