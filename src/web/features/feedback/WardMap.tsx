// The wards drawn from their approximate centres, without a base map (works on a closed network):
// a click picks a point, reports show as markers. Keyboard users pick the ward from the list beside it.
import type { MouseEvent } from 'react';
import { useI18n } from '../../app/i18n.js';
import type { WardLocation } from './api.js';

export interface MapPoint {
  lat: number;
  lng: number;
}

export interface MapMarker extends MapPoint {
  key: string;
  label: string;
  tone: 'open' | 'closed';
  href?: string;
}

const WIDTH = 360;
const PAD = 24;

/** An equirectangular view over the wards' centres, wide enough to click around them. */
function projection(wards: WardLocation[]) {
  const lats = wards.map((ward) => ward.lat);
  const lngs = wards.map((ward) => ward.lng);
  const margin = 0.006;
  const minLat = Math.min(...lats) - margin;
  const maxLat = Math.max(...lats) + margin;
  const minLng = Math.min(...lngs) - margin;
  const maxLng = Math.max(...lngs) + margin;
  const xScale = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const spanX = (maxLng - minLng) * xScale;
  const spanY = maxLat - minLat;
  const scale = (WIDTH - 2 * PAD) / spanX;
  const height = Math.round(spanY * scale + 2 * PAD);
  return {
    height,
    toXY: (point: MapPoint) => ({ x: PAD + (point.lng - minLng) * xScale * scale, y: PAD + (maxLat - point.lat) * scale }),
    toPoint: (x: number, y: number): MapPoint => ({ lng: minLng + (x - PAD) / (xScale * scale), lat: maxLat - (y - PAD) / scale }),
  };
}

/** The ward whose centre is nearest (what the server does too when no boundary is imported). */
export function nearestWard(wards: WardLocation[], point: MapPoint): WardLocation | undefined {
  let best: WardLocation | undefined;
  let bestDistance = Infinity;
  for (const ward of wards) {
    const dLat = ward.lat - point.lat;
    const dLng = (ward.lng - point.lng) * Math.cos((point.lat * Math.PI) / 180);
    const distance = dLat * dLat + dLng * dLng;
    if (distance < bestDistance) {
      best = ward;
      bestDistance = distance;
    }
  }
  return best;
}

const shortName = (name: string) => name.replace(/^(Phường|Xã) /, '');

interface WardMapProps {
  wards: WardLocation[];
  label: string;
  picked?: MapPoint | undefined;
  selectedWardId?: number | undefined;
  onPick?: ((point: MapPoint) => void) | undefined;
  markers?: MapMarker[] | undefined;
}

export function WardMap({ wards, label, picked, selectedWardId, onPick, markers = [] }: WardMapProps) {
  const { t } = useI18n();
  if (wards.length === 0) return null;
  const { height, toXY, toPoint } = projection(wards);

  function pick(event: MouseEvent<SVGSVGElement>) {
    if (!onPick) return;
    const svg = event.currentTarget;
    const box = svg.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const y = ((event.clientY - box.top) / box.height) * height;
    onPick(toPoint(x, y));
  }

  const pin = picked && toXY(picked);
  return (
    <figure className="fb-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={label}
        className={onPick ? 'fb-map-svg fb-map-pickable' : 'fb-map-svg'}
        onClick={pick}
        data-testid="ward-map"
      >
        <rect x="0" y="0" width={WIDTH} height={height} className="fb-map-ground" />
        {wards.map((ward) => {
          const { x, y } = toXY(ward);
          const selected = ward.unit.id === selectedWardId;
          return (
            <g key={ward.unit.id} className={selected ? 'fb-map-ward fb-map-ward-selected' : 'fb-map-ward'}>
              <circle cx={x} cy={y} r={selected ? 6 : 4} />
              <text x={x + 7} y={y + 4}>
                {shortName(ward.unit.name)}
              </text>
            </g>
          );
        })}
        {markers.map((marker) => {
          const { x, y } = toXY(marker);
          const dot = <circle cx={x} cy={y} r={5} className={`fb-map-marker fb-map-marker-${marker.tone}`} />;
          return marker.href ? (
            <a key={marker.key} href={marker.href} aria-label={marker.label}>
              <title>{marker.label}</title>
              {dot}
            </a>
          ) : (
            <g key={marker.key}>
              <title>{marker.label}</title>
              {dot}
            </g>
          );
        })}
        {pin && (
          <g className="fb-map-pin" aria-hidden="true">
            <path d={`M${pin.x} ${pin.y} l-7 -14 a8 8 0 1 1 14 0 z`} />
            <circle cx={pin.x} cy={pin.y - 17} r={3} fill="#fff" />
          </g>
        )}
      </svg>
      <figcaption className="field-hint">{onPick ? t('feedback.mapPickHint') : t('feedback.mapHint')}</figcaption>
    </figure>
  );
}
