// The wards on the map, coloured by a measure of the DX module (index, reports on time, field
// reports on time, open field reports); a ward opens its page. ECharts loads with this panel only,
// once it comes near the screen: below the fold on a phone, its first drawing (about 100 ms of
// script on a slow phone) would otherwise hold up the page as it opens.
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { WardMeasures } from '../../../common/dx.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { useNearViewport } from '../../app/near-viewport.js';
import { wardPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { Loading, ResourceView } from '../../components/Feedback.js';
import { fetchGisWards } from '../gis/api.js';
import { formatPercent } from '../reporting/format.js';
import { fetchWardMeasures } from './api.js';

const WardMapChart = lazy(() => import('../gis/WardMapChart.js').then((module) => ({ default: module.WardMapChart })));

export const wardMeasureKeys = ['dxScore', 'completeness', 'onTimeRate', 'openFieldReports'] as const;
export type WardMeasureKey = (typeof wardMeasureKeys)[number];
type MeasuredWard = WardMeasures['wards'][number];

/** Shares (0..1) are shown as percentages. */
const asPercent: Record<WardMeasureKey, boolean> = { dxScore: false, completeness: true, onTimeRate: true, openFieldReports: false };

interface WardMapPanelProps {
  year: number;
  month: number;
  measure: WardMeasureKey;
  /** Changes when the live stream says something changed: the figures are fetched again. */
  updatedAt: Date | null;
}

export function WardMapPanel({ year, month, measure, updatedAt }: WardMapPanelProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const wards = useResource(fetchGisWards);
  const measures = useResource(useCallback(() => fetchWardMeasures(year, month), [year, month]));
  const { reload } = measures;
  useEffect(() => {
    if (updatedAt) reload();
  }, [updatedAt, reload]);
  const format = useCallback(
    (value: number) => (asPercent[measure] ? formatPercent(value * 100, language, 1) : formatNumber(value, language, 1)),
    [measure, language],
  );
  const values = useMemo(
    () => Object.fromEntries((measures.data?.wards ?? []).map((ward: MeasuredWard) => [ward.unitCode, ward[measure]])),
    [measures.data, measure],
  );
  const openWard = useCallback((code: string) => void navigate(wardPath(code, month)), [navigate, month]);
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  return (
    <div ref={box} className="oc-map-box">
      {near && (
        <ResourceView resource={wards}>
          {(data) => (
            <Suspense fallback={<Loading />}>
              <WardMapChart wards={data.wards} values={values} measureLabel={t(`oc.map.${measure}`)} format={format} onSelectWard={openWard} />
            </Suspense>
          )}
        </ResourceView>
      )}
    </div>
  );
}
