// Test support for ward geometry: the 17 synthetic ward squares of fixtures/ as a fresh object.
import { readFileSync } from 'node:fs';

export interface BoundaryFile {
  type: string;
  features: { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

/** Synthetic squares (about 440 m) around the seeded approximate ward centres: valid, not real outlines. */
export const syntheticWardsText = readFileSync(new URL('./fixtures/wards-synthetic.geojson', import.meta.url), 'utf8');
export const syntheticWards = () => JSON.parse(syntheticWardsText) as BoundaryFile;
