// The app's mark and name, drawn by the header (Layout) and written into index.html at build time
// (static-shell.tsx): one markup for both, so the bar React draws replaces the static one in place.
import type { ReactNode } from 'react';

/** The lighthouse (hải đăng) beside the app's name. */
function LighthouseMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M13 9h6l2 19H11z" fill="currentColor" />
      <path d="M12.2 16h7.6l.3 3h-8.2zM11.6 22h8.8l.3 3h-9.4z" fill="#c8102e" />
      <path d="M12 6h8v3h-8zM14 3h4v3h-4z" fill="currentColor" />
      <path d="M20 6.5 30 3v7zM12 6.5 2 3v7z" fill="#f5c400" opacity=".85" />
      <path d="M6 28h20v2H6z" fill="currentColor" />
    </svg>
  );
}

/** The mark, the name and the tagline, inside the brand link. */
export function BrandContent({ name, tagline }: { name: string; tagline: ReactNode }) {
  return (
    <>
      <LighthouseMark />
      <span>
        <span className="brand-name">{name}</span>
        <span className="brand-tagline">{tagline}</span>
      </span>
    </>
  );
}
