// Be Vietnam Pro is fetched once a page's own content is on screen, not with the app's code: its eight
// files would otherwise share a slow link's bandwidth with the page. Text shows in the system font
// meanwhile (font-display: swap). Phones keep their system font (Roboto, San Francisco: both write
// Vietnamese well): on a slow phone the swap re-lays out every page for a tenth of a second and moves
// its text, for a look that matters on the desktop and the wall, not there.
import { useEffect } from 'react';

let requested = false;

/** Wider than a phone held upright (styles.css switches to the phone layout at 640px). */
const wideScreen = () => window.matchMedia('(min-width: 641px)').matches;
let firstData: Promise<unknown> = Promise.resolve();

/** The font also waits for these answers (a page's prefetched data), which its largest paint needs first. */
export function fontsAfter(data: Promise<unknown>): void {
  firstData = data.catch(() => undefined);
}

/** Rendered beside the routed page, inside its Suspense boundary: the effect runs when the page has rendered. */
export function WebFonts() {
  useEffect(() => {
    if (requested || !wideScreen()) return;
    requested = true;
    firstData.then(() => import('../fonts.css')).catch((error: unknown) => {
      // Without the font the app still works in the system font; a later page tries again.
      requested = false;
      console.error(error);
    });
  }, []);
  return null;
}
