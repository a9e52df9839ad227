// The ward map (ECharts): each ward coloured by a measure, as its imported outline or, without
// boundaries, as a point at its approximate centre; optional markers (e.g. open field reports, by
// category); a table of the same figures under it for keyboard and screen-reader users.
//
// Load it lazily so ECharts stays out of the first download:
//   const WardMapChart = lazy(() => import('../gis/WardMapChart.js').then((m) => ({ default: m.WardMapChart })));
//
// Props (kept stable; the Operations Center uses them):
//   wards         GET /api/gis/wards → wards
//   values        ward code → the measure's value, or null when there is none
//   measureLabel  what is measured ("Chỉ số DX", "Tỉ lệ đúng hạn"…): names the legend and the table
//   format        a value as shown (e.g. formatNumber from app/format.ts, with "%")
//   markers       points to draw over the wards, coloured by category; href makes them links
//   onSelectWard  called with the ward code when a ward is clicked
import { MapChart, type MapSeriesOption, ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GeoComponent,
  type GeoComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
  VisualMapContinuousComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import { type ComposeOption, registerMap, use as install } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Bbox, GisWard } from '../../../common/gis.js';
import { useI18n } from '../../app/i18n.js';
import { useEChartsInstance } from '../../components/echarts-instance.js';

install([MapChart, ScatterChart, GeoComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);
// Without outlines the geo component still places the points: an empty map over the wards' extent.
const NO_OUTLINES = 'haidang-no-outlines';
registerMap(NO_OUTLINES, { type: 'FeatureCollection', features: [] } as unknown as Parameters<typeof registerMap>[1]);

type WardMapOption = ComposeOption<MapSeriesOption | ScatterSeriesOption | GeoComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export interface WardMapMarker {
  lat: number;
  lng: number;
  label: string;
  category: string;
  href?: string;
}

export interface WardMapChartProps {
  wards: GisWard[];
  values: Record<string, number | null>;
  measureLabel: string;
  format: (value: number) => string;
  markers?: WardMapMarker[];
  onSelectWard?: (code: string) => void;
}

const textStyle = { fontFamily: "'Be Vietnam Pro', system-ui, sans-serif", color: '#1a2433' };
const NO_DATA = '#d5dbe3';
const RAMP = ['#dcebf7', '#1a56a0'];
// Marker colours by category, in order of first appearance; they stay apart from the blue ramp.
const MARKER_COLOURS = ['#d9480f', '#b5179e', '#2b8a3e', '#e67700', '#5f3dc4', '#c92a2a', '#0b7285', '#5c940d'];

let registered = 0;

/** Registers the wards' outlines as an ECharts map (null: none imported, the wards are points). */
function registerOutlines(wards: GisWard[]): string | null {
  const features = wards.flatMap((ward) => (ward.geometry ? [{ type: 'Feature' as const, properties: { code: ward.code, name: ward.name }, geometry: ward.geometry }] : []));
  if (features.length === 0) return null;
  registered += 1;
  const name = `haidang-wards-${registered}`;
  registerMap(name, { type: 'FeatureCollection', features });
  return name;
}

/** The wards' extent, a little wider, as [[west, north], [east, south]] for geo.boundingCoords. */
function extentOf(wards: GisWard[]): [[number, number], [number, number]] {
  const boxes = wards.map((ward): Bbox => ward.bbox ?? [ward.centre.lng, ward.centre.lat, ward.centre.lng, ward.centre.lat]);
  const margin = 0.01;
  return [
    [Math.min(...boxes.map((box) => box[0])) - margin, Math.max(...boxes.map((box) => box[3])) + margin],
    [Math.max(...boxes.map((box) => box[2])) + margin, Math.min(...boxes.map((box) => box[1])) - margin],
  ];
}

const shortName = (name: string) => name.replace(/^(Phường|Xã) /, '');

export function WardMapChart({ wards, values, measureLabel, format, markers = [], onSelectWard }: WardMapChartProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const mapName = useMemo(() => registerOutlines(wards), [wards]);
  // Read by the chart's click handler, which is bound once.
  const handlers = useRef({ onSelectWard, navigate });
  handlers.current = { onSelectWard, navigate };
  const chart = useEChartsInstance(container, (instance) =>
    instance.on('click', (params) => {
      const data = params.data as { code?: string; href?: string } | undefined;
      if (data?.href) void handlers.current.navigate(data.href);
      else if (data?.code) handlers.current.onSelectWard?.(data.code);
    }),
  );

  const option = useMemo<WardMapOption>(() => {
    const numbers = wards.map((ward) => values[ward.code]).filter((value): value is number => typeof value === 'number');
    const lowest = numbers.length > 0 ? Math.min(...numbers) : 0;
    const highest = numbers.length > 0 ? Math.max(...numbers) : 0;
    // One value everywhere sits mid-ramp rather than at its pale end.
    const [min, max] = highest > lowest ? [lowest, highest] : [lowest - 1, highest + 1];
    const valueOf = (ward: GisWard) => values[ward.code] ?? null;
    const describe = (ward: GisWard) => {
      const value = valueOf(ward);
      return `${ward.name}<br/>${measureLabel}: ${value === null ? t('gis.chart.noData') : format(value)}`;
    };
    const byCode = new Map(wards.map((ward) => [ward.code, ward]));
    const categories = [...new Set(markers.map((marker) => marker.category))];
    const centre = wards[0]?.centre.lat ?? 0;
    const series: (MapSeriesOption | ScatterSeriesOption)[] = mapName
      ? [
          {
            type: 'map',
            geoIndex: 0,
            data: wards.map((ward) => ({ name: ward.code, code: ward.code, value: valueOf(ward) ?? Number.NaN })),
            tooltip: { formatter: (params) => { const ward = byCode.get(String((params as { name: string }).name)); return ward ? describe(ward) : ''; } },
          },
        ]
      : [
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            symbolSize: 16,
            label: { show: true, position: 'right', formatter: (params) => shortName(String(params.name)), fontSize: 10, color: '#1a2433' },
            itemStyle: { borderColor: '#1a56a0', borderWidth: 1 },
            data: wards.map((ward) => ({ name: ward.name, code: ward.code, value: [ward.centre.lng, ward.centre.lat, valueOf(ward) ?? Number.NaN] })),
            tooltip: { formatter: (params) => { const ward = byCode.get(String((params.data as { code: string }).code)); return ward ? describe(ward) : ''; } },
          },
        ];
    // One series a category, so the legend names the marker colours.
    categories.forEach((category, index) => {
      series.push({
        type: 'scatter',
        name: category,
        coordinateSystem: 'geo',
        symbol: 'pin',
        symbolSize: 22,
        z: 5,
        itemStyle: { color: MARKER_COLOURS[index % MARKER_COLOURS.length] },
        data: markers.filter((marker) => marker.category === category).map((marker) => ({ name: marker.label, href: marker.href, value: [marker.lng, marker.lat] })),
        tooltip: { formatter: (params) => `${String(params.name)}<br/>${category}` },
      });
    });
    return {
      textStyle,
      animationDuration: 300,
      tooltip: { trigger: 'item' },
      legend: { show: categories.length > 0, data: categories, top: 8, right: 8, orient: 'vertical' },
      geo: {
        map: mapName ?? NO_OUTLINES,
        nameProperty: 'code',
        boundingCoords: extentOf(wards),
        aspectScale: Math.cos((centre * Math.PI) / 180),
        roam: true,
        label: { show: mapName !== null, formatter: (params: { name: string }) => shortName(byCode.get(params.name)?.name ?? params.name), fontSize: 10 },
        itemStyle: { areaColor: NO_DATA, borderColor: '#1a56a0', borderWidth: 1 },
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#f2c94c' } },
        select: { disabled: true },
      },
      visualMap: {
        type: 'continuous',
        seriesIndex: 0,
        dimension: mapName ? undefined : 2,
        min,
        max,
        text: [format(highest), format(lowest)],
        inRange: { color: RAMP },
        outOfRange: { color: NO_DATA },
        left: 'left',
        bottom: 8,
        itemHeight: 100,
        calculable: false,
      },
      series,
    };
  }, [wards, values, measureLabel, format, markers, mapName, t]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [chart, option]);

  const label = t('gis.chart.label', { measure: measureLabel });
  return (
    <div className="gis-map">
      <figure className="fb-map">
        <div ref={container} className="gis-map-chart chart" role="img" aria-label={label} style={{ height: 420 }} data-testid="ward-map-chart" />
        <figcaption className="field-hint">{mapName ? t('gis.chart.outlines') : t('gis.chart.centresApproximate')}</figcaption>
      </figure>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('gis.chart.tableCaption', { measure: measureLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gis.chart.ward')}</th>
              <th scope="col" className="col-number">
                {measureLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {wards.map((ward) => {
              const value = values[ward.code] ?? null;
              return (
                <tr key={ward.code}>
                  <th scope="row">
                    {onSelectWard ? (
                      <button type="button" className="button button-small" onClick={() => onSelectWard(ward.code)}>
                        {ward.name}
                      </button>
                    ) : (
                      ward.name
                    )}
                  </th>
                  <td className="col-number">{value === null ? t('gis.chart.noData') : format(value)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {markers.length > 0 && (
        <details>
          <summary>{t('gis.chart.markers', { count: markers.length })}</summary>
          <ul>
            {markers.map((marker, index) => (
              <li key={`${marker.label}-${index}`}>
                {marker.href ? <Link to={marker.href}>{marker.label}</Link> : marker.label} · {marker.category}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
