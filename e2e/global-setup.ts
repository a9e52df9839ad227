import { ensureWebBuild } from '../src/server/web-build.js';

/** Builds dist/web once for all browser tests, when it is missing or older than its sources. */
export default async function setup(): Promise<void> {
  await ensureWebBuild();
}
