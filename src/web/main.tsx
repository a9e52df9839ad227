import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { ocPaths } from './app/paths.js';
import { fontsAfter } from './app/WebFonts.js';
import { ocFirstPaint, prefetchOc } from './features/oc/prefetch.js';

// Opened on /oc: its code and first data are fetched now, beside /auth/me, not one after another.
if (window.location.pathname === ocPaths.overview) {
  // The web font waits until the overview is on screen: on a slow link it would share the bandwidth with it.
  fontsAfter(ocFirstPaint());
  // In a task of its own: asking for the page's code adds a link per module to the document, which on a
  // slow phone made the start-up task long enough to block input.
  setTimeout(() => {
    void import('./features/oc/OcPage.js');
    void prefetchOc(window.location.search).catch(() => undefined);
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// As a transition, React renders in slices and gives the main thread back between them: on a slow
// phone the first render does not block input for hundreds of milliseconds.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
