import { useI18n } from '../../app/i18n.js';
import { boardRoles, workPaths } from '../../app/paths.js';
import { useSession } from '../auth/session.js';
import { WorkTabs } from '../tasks/WorkTabs.js';

/** The directive register and, for those who follow the whole city, the leader's board. */
export function DirectivesTabs() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <WorkTabs
      label={t('directives.tabs')}
      tabs={[
        { to: workPaths.directives, label: t('directives.tab.register'), end: true },
        ...(user && boardRoles.includes(user.role) ? [{ to: workPaths.board, label: t('board.pageTitle') }] : []),
      ]}
    />
  );
}
