// The public reports on the wards' map (the feedback feature's map), loaded as its own chunk when
// the visitor scrolls to it. Public reports carry no personal data. The markers are not links here
// (links inside the map's image would be hidden from screen readers); the list page has them.
import { useCallback } from 'react';
import { useI18n } from '../../app/i18n.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { fetchFeedbackConfig, fetchPublicReports } from '../feedback/api.js';
import { WardMap } from '../feedback/WardMap.js';

const loadMap = () => Promise.all([fetchFeedbackConfig(), fetchPublicReports({})]);

export function PublicMap() {
  const { t } = useI18n();
  const resource = useResource(useCallback(loadMap, []));
  return (
    <ResourceView resource={resource}>
      {([config, reports]) => (
        <WardMap
          wards={config.wards}
          tileUrl={config.mapTileUrl}
          label={t('feedback.mapReportsLabel', { count: reports.length })}
          markers={reports.flatMap((report) =>
            report.lat === null || report.lng === null
              ? []
              : [
                  {
                    key: report.code,
                    lat: report.lat,
                    lng: report.lng,
                    label: `${report.code} · ${report.category.name} · ${t(`feedbackStatus.${report.status}`)}`,
                    tone: report.status === 'resolved' ? ('closed' as const) : ('open' as const),
                  },
                ],
          )}
        />
      )}
    </ResourceView>
  );
}
