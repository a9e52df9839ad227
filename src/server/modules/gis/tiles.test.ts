import { describe, expect, it } from 'vitest';
import { tileImageSources } from './tiles.js';

describe('map tile sources', () => {
  it('lets pages load images from the tile server named by MAP_TILE_URL', () => {
    expect(tileImageSources('https://tiles.vungtau.gov.vn/osm/{z}/{x}/{y}.png')).toEqual(['https://tiles.vungtau.gov.vn']);
    expect(tileImageSources('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.openstreetmap.org']);
    expect(tileImageSources('http://10.1.2.3:8080/{z}/{x}/{y}.png')).toEqual(['http://10.1.2.3:8080']);
    // Served by the app itself, or none configured: 'self' covers it.
    expect(tileImageSources('/tiles/{z}/{x}/{y}.png')).toEqual([]);
    expect(tileImageSources(undefined)).toEqual([]);
  });
});
