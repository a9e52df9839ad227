// Be Vietnam Pro is fetched once a page's own content is on screen, not with the app's code: on a
// phone's slow link its eight files would otherwise share the bandwidth with the page. Text shows in
// the system font meanwhile, as it already did while the files downloaded (font-display: swap).
import { useEffect } from 'react';

let requested = false;
let firstData: Promise<unknown> = Promise.resolve();

/** The font also waits for these answers (a page's prefetched data), which its largest paint needs first. */
export function fontsAfter(data: Promise<unknown>): void {
  firstData = data.catch(() => undefined);
}

/** Rendered beside the routed page, inside its Suspense boundary: the effect runs when the page has rendered. */
export function WebFonts() {
  useEffect(() => {
    if (requested) return;
    requested = true;
    firstData.then(() => import('../fonts.css')).catch((error: unknown) => {
      // Without the font the app still works in the system font; a later page tries again.
      requested = false;
      console.error(error);
    });
  }, []);
  return null;
}
