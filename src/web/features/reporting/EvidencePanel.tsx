// Files backing a report (minutes, screenshots, spreadsheets): listed for everyone who may read
// the report, uploaded by those who may still edit it.
import { useRef, useState } from 'react';
import type { ReportForm } from '../../../common/reporting.js';
import { formatNumber } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { evidenceUrl, uploadEvidence } from './api.js';
import { formatDateTime } from './format.js';

interface EvidencePanelProps {
  form: ReportForm;
  editable: boolean;
  onUploaded: (form: ReportForm) => void;
}

function formatSize(bytes: number, language: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

export function EvidencePanel({ form, editable, onUploaded }: EvidencePanelProps) {
  const { t, language } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [indicatorCode, setIndicatorCode] = useState('');
  const codes = form.areas.flatMap((area) => area.indicators.map((indicator) => indicator.code));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(async () => {
    const files = [...(fileInput.current?.files ?? [])];
    if (files.length === 0) return;
    onUploaded(await uploadEvidence(form.submission.id, files, indicatorCode || null));
    if (fileInput.current) fileInput.current.value = '';
  });

  return (
    <section className="card side-panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      {form.evidence.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ul className="file-list">
          {form.evidence.map((file) => (
            <li key={file.id}>
              <a href={evidenceUrl(file.id)} download={file.fileName}>
                {file.fileName}
              </a>
              <span className="cell-detail">
                {formatSize(file.size, language)} · {formatDateTime(file.createdAt, language)}
                {file.indicatorCode && ` · ${file.indicatorCode}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="evidence-upload" onSubmit={onSubmit}>
          <ErrorNotice error={error} />
          <Field label={t('evidence.files')} hint={t('evidence.hint')} error={fieldErrors.files}>
            {(control) => <input {...control} ref={fileInput} type="file" name="files" multiple required />}
          </Field>
          <Field label={t('evidence.indicator')} error={fieldErrors.indicatorCode}>
            {(control) => (
              <select {...control} value={indicatorCode} onChange={(event) => setIndicatorCode(event.target.value)}>
                <option value="">{t('evidence.wholeReport')}</option>
                {codes.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('evidence.uploading') : t('evidence.upload')}
          </button>
        </form>
      )}
    </section>
  );
}
