// The header bar written into index.html at build time (vite.config.ts), so a phone on a slow link
// sees the app's name as soon as the HTML and CSS arrive, not after the scripts have run (about a
// second). React's first render replaces it with the same bar, tools and menu added.
import { renderToStaticMarkup } from 'react-dom/server';
import { LighthouseMark } from './LighthouseMark.js';
import { coreVi } from './messages.js';
import { paths } from './paths.js';

export function staticShellHtml(): string {
  return renderToStaticMarkup(
    <header className="app-header">
      <div className="app-header-bar">
        <a href={paths.plan} className="brand">
          <LighthouseMark />
          <span>
            <span className="brand-name">{coreVi['app.name']}</span>
            <span className="brand-tagline">{coreVi['app.tagline']}</span>
          </span>
        </a>
      </div>
    </header>,
  );
}
