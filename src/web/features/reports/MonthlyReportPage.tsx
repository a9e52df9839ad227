// /bao-cao/tong-hop: the coordinator's consolidated monthly report, downloaded as Word, Excel or PDF
// for a month of the plan's year. The files are plain links: the browser saves them under the
// Vietnamese name the server gives.
import type { MonthlyReportFormat } from '../../../common/public.js';
import { monthlyReportFormats } from '../../../common/public.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { ResourceView } from '../../components/Feedback.js';
import { periodPhrase, pickPeriod, todayInVietnam, useChosenMonth } from '../reporting/period.js';
import { PeriodPicker } from '../reporting/PeriodPicker.js';
import { ReportingTabs } from '../reporting/ReportingTabs.js';
import { type ReportingYear, useReportingYear } from '../reporting/use-reporting-year.js';
import { YearNotice } from '../reporting/YearNotice.js';
import './reports.css';

const formatLabels = { docx: 'monthlyReport.docx', xlsx: 'monthlyReport.xlsx', pdf: 'monthlyReport.pdf' } as const satisfies Record<MonthlyReportFormat, string>;

const monthlyReportUrl = (year: number, month: number, format: MonthlyReportFormat) => `/api/reports/monthly?year=${year}&month=${month}&format=${format}`;

export function MonthlyReportPage() {
  const { t } = useI18n();
  usePageTitle(t('monthlyReport.title'));
  const year = useReportingYear();
  return (
    <>
      <ReportingTabs />
      <header className="page-header">
        <h1>{t('monthlyReport.title')}</h1>
      </header>
      <ResourceView resource={year}>{(data) => <Downloads year={data} />}</ResourceView>
    </>
  );
}

function Downloads({ year }: { year: ReportingYear }) {
  const { t, language } = useI18n();
  const [month, setMonth] = useChosenMonth();
  const period = pickPeriod(year.periods, month);
  if (!period) return null;
  const started = period.dataFrom <= todayInVietnam();
  return (
    <section className="card monthly-report" aria-labelledby="monthly-report-downloads">
      <YearNotice year={year} />
      <PeriodPicker periods={year.periods} value={period} onChange={setMonth} years={year.years} />
      <p>{t('monthlyReport.lead', { period: periodPhrase(period, language), date: formatDate(period.consolidationDueDate, language) })}</p>
      <h2 id="monthly-report-downloads">{t('monthlyReport.download')}</h2>
      {started ? (
        <ul className="download-list">
          {monthlyReportFormats.map((format) => (
            <li key={format}>
              <a className="button" href={monthlyReportUrl(year.year, period.month, format)} download>
                {t(formatLabels[format])}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('monthlyReport.notStarted')}</p>
      )}
    </section>
  );
}
