// English for features/reports/messages.ts, in a chunk loaded only when English is chosen.
import type { vi } from './messages.js';

export const en: Record<keyof typeof vi, string> = {
  'monthlyReport.tab': 'Monthly report',
  'monthlyReport.title': 'Consolidated monthly report',
  'monthlyReport.lead':
    'The report on the digital transformation plan for {period}, made from the units\' figures: indicator results (approved figures; those awaiting approval marked "tạm tính"), who reported on time, tasks and directives behind schedule, field reports. Due from the culture and information office by the end of {date}. The report itself is in Vietnamese.',
  'monthlyReport.download': 'Download',
  'monthlyReport.docx': 'Word (DOCX) – to edit and sign',
  'monthlyReport.xlsx': 'Excel (XLSX) – the figures',
  'monthlyReport.pdf': 'PDF – to read and print',
  'monthlyReport.notStarted': 'This period has not started; there is nothing to report yet.',
};
