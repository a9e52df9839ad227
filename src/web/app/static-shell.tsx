// The header bar written into index.html at build time (vite.config.ts), so a phone on a slow link
// sees the app's name as soon as the HTML and CSS arrive, not after the scripts have run (about a
// second). React's first render replaces it with the same bar, tools and menu added.
import { renderToStaticMarkup } from 'react-dom/server';
import { BrandContent } from './Brand.js';
import { coreVi } from './messages.js';
import { paths } from './paths.js';

export function staticShellHtml(): string {
  return renderToStaticMarkup(
    <header className="app-header">
      <div className="app-header-bar">
        <a href={paths.plan} className="brand">
          <BrandContent name={coreVi['app.name']} tagline={coreVi['app.tagline']} />
        </a>
      </div>
    </header>,
  );
}
