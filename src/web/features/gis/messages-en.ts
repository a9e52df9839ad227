// English for features/gis/messages.ts, in a chunk loaded only when English is chosen.
import type { vi } from './messages.js';

export const en: Record<keyof typeof vi, string> = {
  'gis.outlinesPickHint': 'Tap the map where it is; the lines are the ward boundaries.',
  'gis.outlinesHint': 'The lines are the ward boundaries; coloured dots are reports.',
  'gis.tilesNote': 'Base map: {host}.',

  'gis.chart.label': 'Map of the wards by {measure}',
  'gis.chart.centresApproximate': 'Each ward is a point at its approximate centre (no boundaries imported).',
  'gis.chart.outlines': 'Ward boundaries from the imported file.',
  'gis.chart.tableCaption': '{measure} by ward',
  'gis.chart.ward': 'Ward',
  'gis.chart.noData': 'No data',
  'gis.chart.markers': '{count} points on the map',
  'gis.chart.loading': 'Loading the map…',

  'gis.nav': 'Ward boundaries',
  'gis.title': 'Ward boundaries',
  'gis.intro':
    'Import a GeoJSON file (FeatureCollection, WGS 84) with exactly one Polygon or MultiPolygon per ward, told by its code property (e.g. VT-P07) or its name (e.g. "Phường 7"). The whole file is checked; if anything is wrong nothing is stored. A new import replaces the previous one whole.',
  'gis.current': 'Boundaries in use from {file}, imported on {date} ({count} wards).',
  'gis.none': 'No boundaries imported: the wards are points at their approximate centres.',
  'gis.file': 'GeoJSON file (at most 5 MB)',
  'gis.import': 'Import boundaries',
  'gis.importing': 'Checking…',
  'gis.imported': 'Imported the boundaries of {count} wards from {file}.',
  'gis.errors': 'The file was not imported; to fix:',
  'gis.matches': 'Matched features',
  'gis.feature': 'Feature',
  'gis.matchedBy': 'Matched by',
  'gis.matchedBy.code': 'code',
  'gis.matchedBy.name': 'name',
  'gis.revert': 'Remove the boundaries, back to points',
  'gis.revertConfirm': 'Remove the imported boundaries? The wards become points at their approximate centres again, and reports get the ward of the nearest centre.',
  'gis.reverted': 'Boundaries removed; the wards are points again.',
  'gis.preview': 'Preview on the map',
  'gis.previewMeasure': 'Has a boundary',
  'gis.yes': 'Yes',
  'gis.no': 'Not yet',
};
