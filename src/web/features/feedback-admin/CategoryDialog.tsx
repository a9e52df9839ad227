// Adding or editing a category: name, deadline, duplicate hint, on/off, and its extra questions
// (Open311 attributes: a code, the question, the kind of answer, the choices for a list).
import { useState } from 'react';
import { type CategoryAttribute, attributeDatatypes } from '../../../common/feedback.js';
import { ApiError } from '../../app/api.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';
import { StepDialog } from '../feedback/StepDialog.js';
import { type CategoryInput, type FieldReportCategory, createCategory, updateCategory } from './api.js';

interface AttributeDraft {
  original: CategoryAttribute | undefined;
  code: string;
  description: string;
  datatype: CategoryAttribute['datatype'];
  required: boolean;
  /** One choice a line: "key | Name". */
  values: string;
}

const toDraft = (attribute: CategoryAttribute): AttributeDraft => ({
  original: attribute,
  code: attribute.code,
  description: attribute.description,
  datatype: attribute.datatype,
  required: attribute.required,
  values: attribute.values.map((value) => `${value.key} | ${value.name}`).join('\n'),
});

const isList = (datatype: CategoryAttribute['datatype']) => datatype.endsWith('valuelist');

function toAttribute(draft: AttributeDraft, order: number): CategoryAttribute {
  const values = isList(draft.datatype)
    ? draft.values
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const [key = '', ...name] = line.split('|');
          return { key: key.trim(), name: name.join('|').trim() || key.trim() };
        })
    : [];
  return {
    variable: draft.original?.variable ?? true,
    datatypeDescription: draft.original?.datatypeDescription ?? null,
    code: draft.code.trim(),
    description: draft.description.trim(),
    datatype: draft.datatype,
    required: draft.required,
    order,
    values,
  };
}

type CategoryValues = Record<'code' | 'name' | 'group' | 'description' | 'keywords' | 'slaDays' | 'duplicateRadiusM' | 'duplicateDays' | 'sortOrder', string>;

function categoryInput(values: CategoryValues, active: boolean, attributes: AttributeDraft[]): CategoryInput {
  const optional = (value: string) => value.trim() || null;
  return {
    code: values.code.trim().toUpperCase(),
    name: values.name.trim(),
    group: optional(values.group),
    description: optional(values.description),
    keywords: optional(values.keywords),
    slaDays: Number(values.slaDays),
    duplicateRadiusM: Number(values.duplicateRadiusM),
    duplicateDays: Number(values.duplicateDays),
    sortOrder: Number(values.sortOrder),
    active,
    attributes: attributes.map((draft, index) => toAttribute(draft, index + 1)),
  };
}

export function CategoryDialog({ category, onClose, onSaved }: { category: FieldReportCategory | undefined; onClose: () => void; onSaved: (saved: FieldReportCategory) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<CategoryValues>({
    code: category?.code ?? '',
    name: category?.name ?? '',
    group: category?.group ?? '',
    description: category?.description ?? '',
    keywords: category?.keywords ?? '',
    slaDays: String(category?.slaDays ?? 5),
    duplicateRadiusM: String(category?.duplicateRadiusM ?? 100),
    duplicateDays: String(category?.duplicateDays ?? 30),
    sortOrder: String(category?.sortOrder ?? 100),
  });
  const [active, setActive] = useState(category?.active ?? true);
  const [attributes, setAttributes] = useState<AttributeDraft[]>(() => (category?.attributes ?? []).map(toDraft));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  async function save() {
    const input = categoryInput(values, active, attributes);
    try {
      onSaved(category ? await updateCategory(category.id, input) : await createCategory(input));
    } catch (caught) {
      // The dialog shows the message; each field shows its own part.
      setFieldErrors(caught instanceof ApiError ? caught.fields : {});
      throw caught;
    }
  }
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const setAttribute = (index: number, patch: Partial<AttributeDraft>) => setAttributes((previous) => previous.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const title = category ? t('fbAdmin.categories.editTitle', { name: category.name }) : t('fbAdmin.categories.add');

  const attributeError = Object.entries(fieldErrors).find(([name]) => name.startsWith('attributes'))?.[1];
  return (
    <StepDialog
      title={title}
      subject={category ? category.code : t('fbAdmin.categories.newSubject')}
      submitLabel={t('action.save')}
      canSubmit={values.code.trim() !== '' && values.name.trim().length >= 2}
      onClose={onClose}
      onSubmit={save}
    >
      <div className="work-form-row">
        <Field label={t('fbAdmin.categories.code')} hint={t('fbAdmin.categories.codeHint')} error={fieldErrors.code}>
          {(control) => <input {...control} type="text" required maxLength={20} pattern="[A-Za-z0-9][A-Za-z0-9_\-]{0,19}" value={values.code} onChange={set('code')} />}
        </Field>
        <Field label={t('fbAdmin.categories.name')} error={fieldErrors.name}>
          {(control) => <input {...control} type="text" required minLength={2} maxLength={120} value={values.name} onChange={set('name')} />}
        </Field>
      </div>
      <div className="work-form-row">
        <Field label={t('fbAdmin.categories.sla')} hint={t('fbAdmin.categories.slaHint')} error={fieldErrors.slaDays}>
          {(control) => <input {...control} type="number" required min={1} max={60} value={values.slaDays} onChange={set('slaDays')} />}
        </Field>
        <Field label={t('fbAdmin.categories.group')} error={fieldErrors.group}>
          {(control) => <input {...control} type="text" maxLength={80} value={values.group} onChange={set('group')} />}
        </Field>
      </div>
      <Field label={t('fbAdmin.categories.description')} error={fieldErrors.description}>
        {(control) => <textarea {...control} rows={2} maxLength={500} value={values.description} onChange={set('description')} />}
      </Field>
      <Field label={t('fbAdmin.categories.keywords')} hint={t('fbAdmin.categories.keywordsHint')} error={fieldErrors.keywords}>
        {(control) => <input {...control} type="text" maxLength={300} value={values.keywords} onChange={set('keywords')} />}
      </Field>
      <div className="work-form-row">
        <Field label={t('fbAdmin.categories.radius')} error={fieldErrors.duplicateRadiusM}>
          {(control) => <input {...control} type="number" required min={10} max={5000} value={values.duplicateRadiusM} onChange={set('duplicateRadiusM')} />}
        </Field>
        <Field label={t('fbAdmin.categories.days')} error={fieldErrors.duplicateDays}>
          {(control) => <input {...control} type="number" required min={1} max={365} value={values.duplicateDays} onChange={set('duplicateDays')} />}
        </Field>
        <Field label={t('fbAdmin.categories.order')} error={fieldErrors.sortOrder}>
          {(control) => <input {...control} type="number" required min={0} max={10000} value={values.sortOrder} onChange={set('sortOrder')} />}
        </Field>
      </div>
      <label className="choice">
        <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} /> {t('fbAdmin.categories.activeLabel')}
      </label>

      <fieldset className="work-fieldset">
        <legend>{t('fbAdmin.categories.attributes')}</legend>
        <p className="field-hint">{t('fbAdmin.categories.attributesHint')}</p>
        {attributeError && <p className="field-error">{attributeError}</p>}
        {attributes.map((draft, index) => (
          <fieldset key={index} className="work-fieldset">
            <legend>{t('fbAdmin.categories.attribute', { number: index + 1 })}</legend>
            <div className="work-form-row">
              <Field label={t('fbAdmin.categories.attributeCode')} hint={t('fbAdmin.categories.attributeCodeHint')}>
                {(control) => <input {...control} type="text" required maxLength={40} value={draft.code} onChange={(event) => setAttribute(index, { code: event.target.value })} />}
              </Field>
              <Field label={t('fbAdmin.categories.attributeType')}>
                {(control) => (
                  <select {...control} value={draft.datatype} onChange={(event) => setAttribute(index, { datatype: event.target.value as CategoryAttribute['datatype'] })}>
                    {attributeDatatypes.map((datatype) => (
                      <option key={datatype} value={datatype}>
                        {t(`fbAdmin.datatype.${datatype}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field label={t('fbAdmin.categories.attributeQuestion')}>
              {(control) => <input {...control} type="text" required maxLength={300} value={draft.description} onChange={(event) => setAttribute(index, { description: event.target.value })} />}
            </Field>
            {isList(draft.datatype) && (
              <Field label={t('fbAdmin.categories.attributeValues')} hint={t('fbAdmin.categories.attributeValuesHint')}>
                {(control) => <textarea {...control} rows={3} required value={draft.values} onChange={(event) => setAttribute(index, { values: event.target.value })} />}
              </Field>
            )}
            <div className="row-actions">
              <label className="choice">
                <input type="checkbox" checked={draft.required} onChange={(event) => setAttribute(index, { required: event.target.checked })} /> {t('fbAdmin.categories.attributeRequired')}
              </label>
              <button type="button" className="button button-small" onClick={() => setAttributes((previous) => previous.filter((_, at) => at !== index))}>
                {t('fbAdmin.categories.attributeRemove', { number: index + 1 })}
              </button>
            </div>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() => setAttributes((previous) => [...previous, { original: undefined, code: '', description: '', datatype: 'string', required: false, values: '' }])}
        >
          {t('fbAdmin.categories.attributeAdd')}
        </button>
      </fieldset>
    </StepDialog>
  );
}
