import { useI18n } from '../../app/i18n.js';
import { workPaths } from '../../app/paths.js';
import { WorkTabs } from './WorkTabs.js';

/** The list, my unit's work and the timeline. */
export function TasksTabs() {
  const { t } = useI18n();
  return (
    <WorkTabs
      label={t('tasks.tabs')}
      tabs={[
        { to: workPaths.tasks, label: t('tasks.tab.all'), end: true },
        { to: workPaths.myWork, label: t('tasks.tab.mine') },
        { to: workPaths.timeline, label: t('tasks.tab.timeline') },
      ]}
    />
  );
}
