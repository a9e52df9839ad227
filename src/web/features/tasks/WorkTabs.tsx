import { NavLink } from 'react-router';

export interface WorkTab {
  to: string;
  label: string;
  /** Active only on this exact address (not on the pages below it). */
  end?: boolean;
}

/** Tabs between the screens of one area (the tasks list, my work, the timeline…), as links. */
export function WorkTabs({ label, tabs }: { label: string; tabs: readonly WorkTab[] }) {
  if (tabs.length < 2) return null;
  return (
    <nav className="work-tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end ?? false}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
