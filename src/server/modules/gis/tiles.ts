// The map-tile server a page may load images from: the origin of MAP_TILE_URL for the
// Content-Security-Policy, with an {s} subdomain as a wildcard. A relative URL is the app's own.
export function tileImageSources(mapTileUrl: string | undefined): string[] {
  const origin = mapTileUrl?.match(/^https?:\/\/[^/]+/)?.[0];
  return origin ? [origin.replace('{s}', '*')] : [];
}
