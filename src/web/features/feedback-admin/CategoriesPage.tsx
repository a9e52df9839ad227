// /phan-anh/quan-tri/linh-vuc: the field-report categories, their deadline in working days, the
// duplicate hint and the extra questions (Open311 attributes). The coordinator adds and edits them;
// a category is switched off rather than deleted, as filed reports keep it.
import { useState } from 'react';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackConfigureRoles } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { DataTable } from '../../components/DataTable.js';
import { ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { type FieldReportCategory, fetchCategories } from './api.js';
import { AdminHeader } from './AdminTabs.js';
import { actionsColumn } from './columns.js';
import { CategoryDialog } from './CategoryDialog.js';

export function CategoriesPage() {
  const { t, language } = useI18n();
  usePageTitle(t('fbAdmin.categories.title'));
  const { user } = useSession();
  const editable = Boolean(user && feedbackConfigureRoles.includes(user.role));
  const categories = useResource(fetchCategories);
  const [editing, setEditing] = useState<FieldReportCategory | 'new'>();
  const [notice, setNotice] = useState<string>();

  return (
    <>
      <AdminHeader title={t('fbAdmin.categories.title')} intro={t('fbAdmin.categories.intro')} />
      {editable && (
        <p>
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {t('fbAdmin.categories.add')}
          </button>
        </p>
      )}
      <SuccessNotice message={notice} />
      <ResourceView resource={categories}>
        {(list) => (
          <DataTable
            caption={t('fbAdmin.categories.title')}
            rows={list}
            rowKey={(category) => category.id}
            empty={t('fbAdmin.categories.none')}
            columns={[
              { key: 'code', header: t('fbAdmin.categories.code'), className: 'col-code', render: (category) => category.code },
              { key: 'name', header: t('fbAdmin.categories.name'), render: (category) => category.name },
              { key: 'group', header: t('fbAdmin.categories.group'), render: (category) => category.group ?? '' },
              {
                key: 'sla',
                header: t('fbAdmin.categories.sla'),
                className: 'col-number',
                render: (category) => t('fbAdmin.categories.slaValue', { days: formatNumber(category.slaDays, language) }),
              },
              { key: 'attributes', header: t('fbAdmin.categories.attributes'), className: 'col-number', render: (category) => formatNumber(category.attributes.length, language) },
              {
                key: 'active',
                header: t('fbAdmin.categories.state'),
                render: (category) => <span className={category.active ? 'badge badge-active' : 'badge'}>{category.active ? t('fbAdmin.categories.active') : t('fbAdmin.categories.inactive')}</span>,
              },
              ...(editable
                ? [
                    actionsColumn<FieldReportCategory>(t('fbAdmin.actions'), (category) => (
                        <button type="button" className="button button-small" aria-label={t('fbAdmin.editLabel', { name: category.name })} onClick={() => setEditing(category)}>
                          {t('fbAdmin.edit')}
                        </button>
                      )),
                  ]
                : []),
            ]}
          />
        )}
      </ResourceView>
      {editing && (
        <CategoryDialog
          category={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            setNotice(t('fbAdmin.categories.saved', { name: saved.name }));
            categories.reload();
          }}
        />
      )}
    </>
  );
}
