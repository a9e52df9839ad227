import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { ocPaths } from './app/paths.js';
import { fontsAfter } from './app/WebFonts.js';
import { prefetchOc } from './features/oc/prefetch.js';

// Opened on /oc: its code and first data are fetched now, beside /auth/me, not one after another.
if (window.location.pathname === ocPaths.overview) {
  void import('./features/oc/OcPage.js');
  // The web font waits for them too: on a slow link it would share the bandwidth with the overview.
  fontsAfter(prefetchOc(window.location.search));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
