// /phan-anh/quan-tri/quy-tac-chuyen: which unit a new report goes to, by category and ward. The
// coordinator adds and deletes rules; the most specific rule that matches wins.
import { useState } from 'react';
import type { Unit } from '../../../common/units.js';
import { ApiError } from '../../app/api.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackConfigureRoles } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { DataTable } from '../../components/DataTable.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { StepDialog } from '../feedback/StepDialog.js';
import { fetchUnits } from '../units/api.js';
import { type FieldReportCategory, type RoutingRule, createRule, deleteRule, fetchCategories, fetchRules } from './api.js';
import { AdminHeader } from './AdminTabs.js';
import { actionsColumn } from './columns.js';
import { isWard, routingTargets } from './units.js';

export function RoutingRulesPage() {
  const { t } = useI18n();
  usePageTitle(t('fbAdmin.rules.title'));
  const { user } = useSession();
  const editable = Boolean(user && feedbackConfigureRoles.includes(user.role));
  const rules = useResource(fetchRules);
  const categories = useResource(fetchCategories);
  const units = useResource(fetchUnits);
  const [notice, setNotice] = useState<string>();
  const [removing, setRemoving] = useState<RoutingRule>();
  const describe = (rule: RoutingRule) => `${rule.category?.name ?? t('fbAdmin.rules.anyCategory')} × ${rule.ward?.name ?? t('fbAdmin.rules.anyWard')}`;

  return (
    <>
      <AdminHeader title={t('fbAdmin.rules.title')} intro={t('fbAdmin.rules.intro')} />
      <SuccessNotice message={notice} />
      {editable && categories.data && units.data && (
        <RuleForm
          categories={categories.data}
          units={units.data}
          onAdded={(message) => {
            setNotice(message);
            rules.reload();
          }}
        />
      )}
      <ResourceView resource={rules}>
        {(list) => (
          <DataTable
            caption={t('fbAdmin.rules.title')}
            rows={list}
            rowKey={(rule) => rule.id}
            empty={t('fbAdmin.rules.none')}
            columns={[
              { key: 'category', header: t('fbAdmin.rules.category'), render: (rule) => rule.category?.name ?? <em>{t('fbAdmin.rules.anyCategory')}</em> },
              { key: 'ward', header: t('fbAdmin.rules.ward'), render: (rule) => rule.ward?.name ?? <em>{t('fbAdmin.rules.anyWard')}</em> },
              { key: 'unit', header: t('fbAdmin.rules.unit'), render: (rule) => rule.unit?.name ?? <em>{t('fbAdmin.rules.theWard')}</em> },
              { key: 'note', header: t('fbAdmin.note'), render: (rule) => rule.note ?? '' },
              ...(editable
                ? [
                    actionsColumn<RoutingRule>(t('fbAdmin.actions'), (rule) => (
                        <button type="button" className="button button-small button-danger" aria-label={t('fbAdmin.rules.deleteLabel', { rule: describe(rule) })} onClick={() => setRemoving(rule)}>
                          {t('fbAdmin.delete')}
                        </button>
                      )),
                  ]
                : []),
            ]}
          />
        )}
      </ResourceView>
      {removing && (
        <StepDialog
          title={t('fbAdmin.rules.deleteTitle')}
          subject={describe(removing)}
          submitLabel={t('fbAdmin.delete')}
          danger
          canSubmit
          onClose={() => setRemoving(undefined)}
          onSubmit={async () => {
            await deleteRule(removing.id);
            setRemoving(undefined);
            setNotice(t('fbAdmin.rules.deleted', { rule: describe(removing) }));
            rules.reload();
          }}
        >
          <p>{t('fbAdmin.rules.deleteIntro')}</p>
        </StepDialog>
      )}
    </>
  );
}

function RuleForm({ categories, units, onAdded }: { categories: FieldReportCategory[]; units: Unit[]; onAdded: (message: string) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ categoryId: '', wardId: '', unitId: '', note: '' });
  const idOrNull = (value: string) => (value === '' ? null : Number(value));
  const { busy, error, onSubmit } = useSubmit(async () => {
    await createRule({ categoryId: idOrNull(values.categoryId), wardId: idOrNull(values.wardId), unitId: idOrNull(values.unitId), note: values.note.trim() || null });
    setValues({ categoryId: '', wardId: '', unitId: '', note: '' });
    onAdded(t('fbAdmin.rules.added'));
  });
  const fieldErrors = error instanceof ApiError ? error.fields : {};
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value }));

  return (
    <form className="card form" aria-labelledby="fb-rule-form" onSubmit={onSubmit}>
      <h2 id="fb-rule-form">{t('fbAdmin.rules.add')}</h2>
      <ErrorNotice error={error} />
      <div className="work-form-row">
        <Field label={t('fbAdmin.rules.category')} error={fieldErrors.categoryId}>
          {(control) => (
            <select {...control} value={values.categoryId} onChange={set('categoryId')}>
              <option value="">{t('fbAdmin.rules.anyCategory')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fbAdmin.rules.ward')} error={fieldErrors.wardId}>
          {(control) => (
            <select {...control} value={values.wardId} onChange={set('wardId')}>
              <option value="">{t('fbAdmin.rules.anyWard')}</option>
              {units.filter(isWard).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fbAdmin.rules.unit')} error={fieldErrors.unitId}>
          {(control) => (
            <select {...control} value={values.unitId} onChange={set('unitId')}>
              <option value="">{t('fbAdmin.rules.theWard')}</option>
              {routingTargets(units).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('fbAdmin.noteOptional')} error={fieldErrors.note}>
        {(control) => <input {...control} type="text" maxLength={300} value={values.note} onChange={set('note')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('fbAdmin.rules.addButton')}
        </button>
      </div>
    </form>
  );
}
