import type { Attachment } from '../../../common/tasks.js';
import { formatNumber } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';

function formatSize(bytes: number, language: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

/** Evidence files or minutes, as download links with their size. */
export function AttachmentList({ files }: { files: readonly Attachment[] }) {
  const { t, language } = useI18n();
  if (files.length === 0) return null;
  return (
    <ul className="work-files" aria-label={t('work.files')}>
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.url} download={file.fileName}>
            {file.fileName}
          </a>
          <span className="muted"> · {formatSize(file.size, language)}</span>
        </li>
      ))}
    </ul>
  );
}
