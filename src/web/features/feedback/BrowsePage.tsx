// Phản ánh công khai: the reports anyone may see, on the ward map and in a list, filtered by
// category, ward and status. The public view carries no personal data.
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type FieldReportStatus, fieldReportStatuses, listedFieldReportStatuses } from '../../../common/feedback.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackAdminPaths, feedbackDeskRoles, feedbackPaths, feedbackSetupRoles, trackingPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { type PublicConfig, type PublicFilter, fetchFeedbackConfig, fetchPublicReports } from './api.js';
import { FeedbackStatus, TimeLeft } from './parts.js';
import { WardMap } from './WardMap.js';

const readNumber = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

export function BrowsePage() {
  const { t } = useI18n();
  usePageTitle(t('feedback.browseTitle'));
  const config = useResource(fetchFeedbackConfig);
  const { user } = useSession();
  return (
    <div className="fb-page fb-page-wide">
      <div className="page-header-row">
        <h1>{t('feedback.browseTitle')}</h1>
        <div className="fb-header-links">
          {user && feedbackDeskRoles.includes(user.role) && (
            <Link className="button" to={feedbackPaths.desk}>
              {t('desk.title')}
            </Link>
          )}
          {user && !feedbackDeskRoles.includes(user.role) && feedbackSetupRoles.includes(user.role) && (
            <Link className="button" to={feedbackAdminPaths.categories}>
              {t('fbAdmin.setupLink')}
            </Link>
          )}
          <Link className="button button-primary" to={feedbackPaths.file}>
            {t('feedback.fileTitle')}
          </Link>
        </div>
      </div>
      <ResourceView resource={config}>{(data) => <Browse config={data} />}</ResourceView>
    </div>
  );
}

function Browse({ config }: { config: PublicConfig }) {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('trang-thai');
  const filter: PublicFilter = {
    category: readNumber(params.get('linh-vuc')),
    ward: readNumber(params.get('phuong')),
    status: fieldReportStatuses.includes(statusParam as FieldReportStatus) ? (statusParam as FieldReportStatus) : undefined,
  };
  const { category, ward, status } = filter;
  const load = useCallback(() => fetchPublicReports({ category, ward, status }), [category, ward, status]);
  const reports = useResource(load);

  function set(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  return (
    <>
      <form className="fb-filters" aria-label={t('feedback.filters')} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('feedback.category')}
          <select value={category ?? ''} onChange={(event) => set('linh-vuc', event.target.value)}>
            <option value="">{t('feedback.all')}</option>
            {config.categories.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('feedback.ward')}
          <select value={ward ?? ''} onChange={(event) => set('phuong', event.target.value)}>
            <option value="">{t('feedback.all')}</option>
            {config.wards.map((item) => (
              <option key={item.unit.id} value={item.unit.id}>
                {item.unit.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('feedback.status')}
          <select value={status ?? ''} onChange={(event) => set('trang-thai', event.target.value)}>
            <option value="">{t('feedback.all')}</option>
            {listedFieldReportStatuses.map((item) => (
              <option key={item} value={item}>
                {t(`feedbackStatus.${item}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ResourceView resource={reports}>
        {(list) => (
          <div className="fb-browse">
            <WardMap
              wards={config.wards}
              tileUrl={config.mapTileUrl}
              label={t('feedback.mapReportsLabel', { count: list.length })}
              selectedWardId={ward}
              markers={list
                .filter((report) => report.lat !== null && report.lng !== null)
                .map((report) => ({
                  key: report.code,
                  lat: report.lat ?? 0,
                  lng: report.lng ?? 0,
                  label: `${report.code} · ${report.category.name} · ${t(`feedbackStatus.${report.status}`)}`,
                  tone: report.status === 'resolved' ? 'closed' : 'open',
                  href: trackingPath(report.code),
                }))}
            />
            <div>
              <p className="result-count" role="status">
                {t('feedback.count', { count: list.length })}
              </p>
              {list.length === 0 ? (
                <p className="empty">{t('feedback.none')}</p>
              ) : (
                <ul className="fb-list">
                  {list.map((report) => (
                    <li key={report.code} className="fb-item">
                      <p className="fb-item-head">
                        <Link to={trackingPath(report.code)}>{report.code}</Link> <FeedbackStatus status={report.status} />
                      </p>
                      <p className="fb-item-category">{report.category.name}</p>
                      {report.description && <p className="fb-excerpt">{report.description}</p>}
                      <p className="muted">
                        {[report.ward?.name, report.address].filter(Boolean).join(' · ')} · {formatDate(new Date(report.receivedAt), language)}
                      </p>
                      <p>
                        <TimeLeft timing={report.timing} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </ResourceView>
    </>
  );
}
