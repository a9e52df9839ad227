// The wards in SVG, in Web Mercator: their outlines once boundaries are imported, else points at
// their approximate centres; under them the city's map tiles when a tile URL is configured, and
// nothing on a closed network without one. A click picks a point, reports show as markers.
// Keyboard users pick the ward from the list beside it.
import type { MouseEvent } from 'react';
import { type LatLng, type WardGeometry, geometryContains, wardGeometrySchema } from '../../../common/gis.js';
import { useI18n } from '../../app/i18n.js';
import type { WardLocation } from './api.js';

export type MapPoint = LatLng;

export interface MapMarker extends MapPoint {
  key: string;
  label: string;
  tone: 'open' | 'closed';
  href?: string;
}

const WIDTH = 360;
const PAD = 24;
const TILE_PX = 256;

/** Web Mercator, in units of the whole world (0…1 across and down), as map tiles are cut. */
const mercator = (point: MapPoint) => {
  const sin = Math.sin((point.lat * Math.PI) / 180);
  return { x: (point.lng + 180) / 360, y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI) };
};
const inverseMercator = (x: number, y: number): MapPoint => ({
  lng: x * 360 - 180,
  lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI,
});

const outlineOf = (ward: WardLocation): WardGeometry | null => {
  const parsed = wardGeometrySchema.safeParse(ward.boundary);
  return parsed.success ? parsed.data : null;
};

const positionsOf = (geometry: WardGeometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2);

/** A view over the wards (centres and outlines), wide enough to click around them. */
function projection(wards: WardLocation[]) {
  const points = wards.flatMap((ward) => {
    const outline = outlineOf(ward);
    return [mercator(ward), ...(outline ? positionsOf(outline).map(([lng = 0, lat = 0]) => mercator({ lat, lng })) : [])];
  });
  const margin = 0.006 / 360;
  const minX = Math.min(...points.map((point) => point.x)) - margin;
  const maxX = Math.max(...points.map((point) => point.x)) + margin;
  const minY = Math.min(...points.map((point) => point.y)) - margin;
  const maxY = Math.max(...points.map((point) => point.y)) + margin;
  const scale = (WIDTH - 2 * PAD) / (maxX - minX);
  const height = Math.round((maxY - minY) * scale + 2 * PAD);
  const toXY = (point: MapPoint) => {
    const world = mercator(point);
    return { x: PAD + (world.x - minX) * scale, y: PAD + (world.y - minY) * scale };
  };
  const toPoint = (x: number, y: number) => inverseMercator(minX + (x - PAD) / scale, minY + (y - PAD) / scale);
  return { height, scale, origin: { x: minX - PAD / scale, y: minY - PAD / scale }, toXY, toPoint };
}

/** The tiles that cover the view, at the zoom whose tiles are drawn about 128–256 units wide. */
function tilesFor(url: string, view: ReturnType<typeof projection>) {
  const zoom = Math.min(19, Math.max(0, Math.round(Math.log2(view.scale / TILE_PX)) + 1));
  const count = 2 ** zoom;
  const size = view.scale / count;
  const first = { x: Math.floor(view.origin.x * count), y: Math.floor(view.origin.y * count) };
  const last = { x: Math.floor((view.origin.x + WIDTH / view.scale) * count), y: Math.floor((view.origin.y + view.height / view.scale) * count) };
  const tiles = [];
  for (let x = first.x; x <= last.x; x += 1) {
    for (let y = first.y; y <= last.y; y += 1) {
      const href = url.replace('{z}', String(zoom)).replace('{x}', String(x)).replace('{y}', String(y)).replace('{s}', 'abc'.charAt((x + y) % 3));
      tiles.push({ key: `${zoom}/${x}/${y}`, href, x: (x / count - view.origin.x) * view.scale, y: (y / count - view.origin.y) * view.scale, size });
    }
  }
  return tiles;
}

/** The ward the point is in: inside an imported outline, else the nearest centre (as the server decides). */
export function wardAt(wards: WardLocation[], point: MapPoint): WardLocation | undefined {
  const inside = wards.find((ward) => {
    const outline = outlineOf(ward);
    return outline !== null && geometryContains(outline, point);
  });
  if (inside) return inside;
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
  /** An OpenStreetMap-style tile URL ({z}/{x}/{y}, optionally {s}); without one the wards are drawn alone. */
  tileUrl?: string | null | undefined;
  picked?: MapPoint | undefined;
  selectedWardId?: number | undefined;
  onPick?: ((point: MapPoint) => void) | undefined;
  markers?: MapMarker[] | undefined;
}

export function WardMap({ wards, label, tileUrl, picked, selectedWardId, onPick, markers = [] }: WardMapProps) {
  const { t } = useI18n();
  if (wards.length === 0) return null;
  const view = projection(wards);
  const { height, toXY, toPoint } = view;
  const svgPosition = ([lng = 0, lat = 0]: number[]) => {
    const { x, y } = toXY({ lat, lng });
    return `${x.toFixed(1)} ${y.toFixed(1)}`;
  };
  const path = (geometry: WardGeometry) =>
    (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
      .flat()
      .map((ring) => `M${ring.map(svgPosition).join('L')}Z`)
      .join('');
  const outlined = wards.some((ward) => outlineOf(ward) !== null);

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
        {tileUrl && (
          <g data-testid="map-tiles">
            {tilesFor(tileUrl, view).map((tile) => (
              <image key={tile.key} href={tile.href} x={tile.x} y={tile.y} width={tile.size} height={tile.size} preserveAspectRatio="none" />
            ))}
          </g>
        )}
        {wards.map((ward) => {
          const outline = outlineOf(ward);
          const selected = ward.unit.id === selectedWardId;
          return outline ? (
            <path key={ward.unit.id} data-ward={ward.unit.code} d={path(outline)} fillRule="evenodd" className={selected ? 'fb-map-outline fb-map-outline-selected' : 'fb-map-outline'} />
          ) : null;
        })}
        {wards.map((ward) => {
          const { x, y } = toXY(ward);
          const selected = ward.unit.id === selectedWardId;
          return (
            <g key={ward.unit.id} className={selected ? 'fb-map-ward fb-map-ward-selected' : 'fb-map-ward'}>
              {!outlined && <circle cx={x} cy={y} r={selected ? 6 : 4} />}
              <text x={outlined ? x : x + 7} y={y + 4} textAnchor={outlined ? 'middle' : 'start'}>
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
      <figcaption className="field-hint">
        {outlined ? t(onPick ? 'gis.outlinesPickHint' : 'gis.outlinesHint') : t(onPick ? 'feedback.mapPickHint' : 'feedback.mapHint')}
        {tileUrl && ` ${t('gis.tilesNote', { host: tileHost(tileUrl) })}`}
      </figcaption>
    </figure>
  );
}

/** Where the tiles come from, named under the map as their licences ask. */
const tileHost = (url: string) => {
  try {
    return new URL(url.replace(/[{}]/g, '')).host;
  } catch {
    return url;
  }
};
