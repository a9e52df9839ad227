// Filling a draft from outside: a filled-in Excel template (every problem listed with its place, nothing
// saved on any), or the issued document's text read into a proposal that the editor then shows.
import { useState } from 'react';
import type { PlanContent, PlanDetail, PlanProposalView } from '../../../common/plan.js';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { importPlanWorkbook, planWorkbookUrl, proposeFromText, templateUrl } from './api.js';

export function WorkbookImportDialog({ plan, onDone, onClose }: { plan: PlanDetail; onDone: (plan: PlanDetail) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () => {
      const form = new FormData();
      if (file) form.append('file', file);
      onDone(await importPlanWorkbook(plan.id, form));
    },
    { keepBusy: true },
  );
  const problems = Object.values(fieldErrors);
  return (
    <Dialog title={t('plans.importXlsxTitle')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <p className="muted">{t('plans.importXlsxIntro')}</p>
        <p>
          <a href={planWorkbookUrl(plan.id)} download>
            {t('plans.downloadXlsx')}
          </a>
          {' · '}
          <a href={templateUrl(plan.year, plan.unit.kind === 'province' ? plan.unit.code : undefined)} download>
            {t('plans.template')}
          </a>
        </p>
        <ErrorNotice error={error} />
        {problems.length > 1 && (
          <section aria-label={t('plans.importErrors')}>
            <ul className="import-errors">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </section>
        )}
        <Field label={t('plans.importFile')}>
          {(control) => <input {...control} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
        </Field>
        <FormActions onCancel={onClose} disabled={busy || !file} submitLabel={t('plans.importSubmit')} />
      </form>
    </Dialog>
  );
}

export interface TextImport {
  proposal: PlanProposalView;
  content: PlanContent;
}

export function TextImportDialog({ plan, onProposal, onClose }: { plan: PlanDetail; onProposal: (result: TextImport) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () => {
      const form = new FormData();
      form.append('text', text);
      if (file) form.append('file', file);
      onProposal(await proposeFromText(plan.id, form));
    },
    { keepBusy: true },
  );
  return (
    <Dialog title={t('plans.importTextTitle')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <p className="muted">{t('plans.importTextIntro')}</p>
        <ErrorNotice error={Object.keys(fieldErrors).length > 0 ? undefined : error} />
        <Field label={t('plans.importText.text')} error={fieldErrors.text}>
          {(control) => <textarea {...control} rows={10} value={text} onChange={(event) => setText(event.target.value)} />}
        </Field>
        <Field label={t('plans.importText.file')} error={fieldErrors.file}>
          {(control) => <input {...control} type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
        </Field>
        <FormActions onCancel={onClose} disabled={busy || (text.trim() === '' && !file)} submitLabel={t('plans.importText.submit')} />
      </form>
    </Dialog>
  );
}
