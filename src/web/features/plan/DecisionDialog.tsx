// Issuing a plan (ban hành) or an amendment: the document's number, date and signer and its signed PDF;
// an amendment also says from which month it applies, why, and whether it knowingly reaches back.
import { useState } from 'react';
import type { PlanContent, PlanDetail } from '../../../common/plan.js';
import { ApiError } from '../../app/api.js';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { todayInVietnam } from '../reporting/period.js';
import { amendPlan, issuePlan } from './api.js';

interface DecisionDialogProps {
  plan: PlanDetail;
  /** The amended content; none when issuing a draft. */
  amendment?: PlanContent;
  onDone: (plan: PlanDetail) => void;
  /** The server's messages about the content (an amendment's), for the editor to show. */
  onContentErrors: (errors: Record<string, string>) => void;
  onClose: () => void;
}

const decisionFields = ['decisionNumber', 'decisionDate', 'signer', 'effectiveMonth', 'reason', 'retroactive', 'document'];

export function DecisionDialog({ plan, amendment, onDone, onContentErrors, onClose }: DecisionDialogProps) {
  const { t } = useI18n();
  const [values, setValues] = useState({ decisionNumber: '', decisionDate: todayInVietnam(), signer: '', effectiveMonth: String(Math.min(12, Number(todayInVietnam().slice(5, 7)))), reason: '', retroactive: false });
  const [file, setFile] = useState<File | null>(null);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () => {
      const form = new FormData();
      form.append('decisionNumber', values.decisionNumber);
      form.append('decisionDate', values.decisionDate);
      form.append('signer', values.signer);
      if (amendment) {
        form.append('effectiveMonth', values.effectiveMonth);
        form.append('reason', values.reason);
        form.append('retroactive', String(values.retroactive));
        form.append('content', JSON.stringify(amendment));
      }
      if (file) form.append('document', file);
      try {
        onDone(amendment ? await amendPlan(plan.id, form) : await issuePlan(plan.id, form));
      } catch (caught) {
        // Problems in the plan itself belong to the editor behind the dialog.
        if (caught instanceof ApiError) onContentErrors(Object.fromEntries(Object.entries(caught.fields).filter(([field]) => !decisionFields.includes(field))));
        throw caught;
      }
    },
    { keepBusy: true },
  );
  const months = Array.from({ length: 12 }, (_, index) => index + 1);
  const onlyContent = Object.keys(fieldErrors).every((field) => !decisionFields.includes(field));
  return (
    <Dialog title={t(amendment ? 'plans.amendTitle' : 'plans.issueTitle', { year: plan.year })} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <p className="muted">{t('plans.issueIntro', { year: plan.year })}</p>
        {onlyContent && <ErrorNotice error={error} />}
        <Field label={t('plans.decisionNumber')} hint={t('plans.decisionNumberHint')} error={fieldErrors.decisionNumber}>
          {(control) => <input {...control} required value={values.decisionNumber} onChange={set('decisionNumber')} />}
        </Field>
        <Field label={t('plans.decisionDate')} error={fieldErrors.decisionDate}>
          {(control) => <input {...control} type="date" required value={values.decisionDate} onChange={set('decisionDate')} />}
        </Field>
        <Field label={t('plans.signer')} hint={t('plans.signerHint')} error={fieldErrors.signer}>
          {(control) => <input {...control} required value={values.signer} onChange={set('signer')} />}
        </Field>
        {amendment && (
          <>
            <Field label={t('plans.effectiveMonth')} hint={t('plans.effectiveHint')} error={fieldErrors.effectiveMonth}>
              {(control) => (
                <select {...control} value={values.effectiveMonth} onChange={set('effectiveMonth')}>
                  {months.map((month) => (
                    <option key={month} value={month}>
                      {t('plans.monthOption', { month, year: plan.year })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('plans.reason')} error={fieldErrors.reason}>
              {(control) => <textarea {...control} required rows={3} value={values.reason} onChange={set('reason')} />}
            </Field>
            <label className="work-check">
              <input type="checkbox" checked={values.retroactive} onChange={(event) => setValues((previous) => ({ ...previous, retroactive: event.target.checked }))} />
              {t('plans.retroactive')}
            </label>
          </>
        )}
        <Field label={t('plans.document')} error={fieldErrors.document}>
          {(control) => <input {...control} type="file" accept="application/pdf,.pdf" required onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
        </Field>
        <FormActions onCancel={onClose} disabled={busy} submitLabel={t('plans.issueSubmit')} />
      </form>
    </Dialog>
  );
}
