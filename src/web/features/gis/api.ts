// The ward-geometry API as the web app uses it.
import type { BoundaryImportResult, GisWards } from '../../../common/gis.js';
import { api } from '../../app/api.js';

export type { BoundaryImportResult, GisWard, GisWards } from '../../../common/gis.js';

export const fetchGisWards = () => api.get<GisWards>('/gis/wards');

export function importBoundaryFile(file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<BoundaryImportResult>('/gis/ward-boundaries', form);
}

export const removeBoundaries = () => api.delete('/gis/ward-boundaries');
