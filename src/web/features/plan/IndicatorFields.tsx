// One indicator's fields as the coordinator edits them: what the document says (text, target as
// written), how it is measured and who reports it, its labels, baseline and links. The server's
// message for a field appears under it.
import { useState } from 'react';
import { type IndicatorInput, dtiCriteria, indicatorDirections, indicatorKinds, measureTypes, reportingScopes, targetComparators } from '../../../common/plan.js';
import type { Unit } from '../../../common/units.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';

interface IndicatorFieldsProps {
  indicator: IndicatorInput;
  onChange: (indicator: IndicatorInput) => void;
  /** The server's messages for this indicator, by field path ("target.value"). */
  errors: Record<string, string>;
  /** The plan's offices, for the reporting unit. */
  offices: readonly Unit[];
}

/** A decimal typed the Vietnamese way ("98,27") or not; what is being typed stays as typed until it leaves the field. */
function NumberInput({ value, onChange, ...control }: { value: number | null; onChange: (value: number | null) => void; id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) {
  const { language } = useI18n();
  const shown = value === null ? '' : language === 'vi' ? String(value).replace('.', ',') : String(value);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...control}
      type="text"
      inputMode="decimal"
      value={draft ?? shown}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => {
        if (draft === null) return;
        const text = draft.trim().replace(',', '.');
        const number = text === '' ? null : Number(text);
        // Something that is not a number is sent as none: the server then says a target needs one.
        onChange(number === null || Number.isFinite(number) ? number : null);
        setDraft(null);
      }}
    />
  );
}

/** One of a fixed set of choices, each shown by its label. */
function ChoiceField<T extends string>({ label, error, value, options, labelOf, onChange }: { label: string; error: string | undefined; value: T; options: readonly T[]; labelOf: (option: T) => string; onChange: (option: T) => void }) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(options.find((option) => option === event.target.value) ?? value)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {labelOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** "— none —" and the plan's offices, by code. */
export function OfficeOptions({ offices }: { offices: readonly Unit[] }) {
  const { t } = useI18n();
  return (
    <>
      <option value="">{t('plans.field.noUnit')}</option>
      {offices.map((unit) => (
        <option key={unit.code} value={unit.code}>
          {unit.name}
        </option>
      ))}
    </>
  );
}

export function IndicatorFields({ indicator, onChange, errors, offices }: IndicatorFieldsProps) {
  const { t } = useI18n();
  const set = (changes: Partial<IndicatorInput>) => onChange({ ...indicator, ...changes });
  const setTarget = (changes: Partial<IndicatorInput['target']>) => set({ target: { ...indicator.target, ...changes } });
  const text = (value: string) => (value.trim() === '' ? null : value);
  const single = indicator.reportingScope === 'department' || indicator.reportingScope === 'city';
  return (
    <div className="field-grid">
      <Field label={t('plans.field.code')} error={errors.code}>
        {(control) => <input {...control} value={indicator.code} onChange={(event) => set({ code: event.target.value })} />}
      </Field>
      <div className="field-wide">
        <Field label={t('plans.field.text')} error={errors.text}>
          {(control) => <textarea {...control} rows={2} value={indicator.text} onChange={(event) => set({ text: event.target.value })} />}
        </Field>
      </div>
      <ChoiceField label={t('plans.field.kind')} error={errors.kind} value={indicator.kind} options={indicatorKinds} labelOf={(kind) => t(`indicatorKind.${kind}`)} onChange={(kind) => set({ kind })} />
      <ChoiceField label={t('plans.field.direction')} error={errors.direction} value={indicator.direction} options={indicatorDirections} labelOf={(direction) => t(`plans.direction.${direction}`)} onChange={(direction) => set({ direction })} />
      <Field label={t('plans.field.targetText')} hint={t('plans.field.targetTextHint')} error={errors['target.text']}>
        {(control) => <input {...control} value={indicator.target.text} onChange={(event) => setTarget({ text: event.target.value })} />}
      </Field>
      {indicator.kind === 'milestone' ? (
        <Field label={t('plans.field.dueDate')} error={errors['target.dueDate'] ?? errors['target.value']}>
          {(control) => <input {...control} type="date" value={indicator.target.dueDate ?? ''} onChange={(event) => setTarget({ dueDate: event.target.value || null, value: null })} />}
        </Field>
      ) : (
        <>
          <Field label={t('plans.field.targetValue')} error={errors['target.value'] ?? errors['target.dueDate']}>
            {(control) => <NumberInput {...control} value={indicator.target.value} onChange={(value) => setTarget({ value, dueDate: null })} />}
          </Field>
          <ChoiceField label={t('plans.field.comparator')} error={errors['target.comparator']} value={indicator.target.comparator} options={targetComparators} labelOf={(comparator) => t(`plans.comparator.${comparator}`)} onChange={(comparator) => setTarget({ comparator })} />
        </>
      )}
      <Field label={t('plans.field.measureUnit')} error={errors.measureUnit}>
        {(control) => <input {...control} value={indicator.measureUnit} onChange={(event) => set({ measureUnit: event.target.value })} />}
      </Field>
      <ChoiceField label={t('plans.field.measureType')} error={errors.measureType} value={indicator.measureType} options={measureTypes} labelOf={(type) => t(`plans.measureType.${type}`)} onChange={(measureType) => set({ measureType })} />
      <ChoiceField label={t('plans.field.scope')} error={errors.reportingScope} value={indicator.reportingScope} options={reportingScopes} labelOf={(scope) => t(`plans.scope.${scope}`)} onChange={(reportingScope) => set({ reportingScope })} />
      {(single || indicator.reportingUnitCode !== null) && (
        <Field label={t('plans.field.reportingUnit')} error={errors.reportingUnitCode}>
          {(control) => (
            <select {...control} value={indicator.reportingUnitCode ?? ''} onChange={(event) => set({ reportingUnitCode: event.target.value || null })}>
              <OfficeOptions offices={offices} />
            </select>
          )}
        </Field>
      )}
      {(indicator.kind === 'ratio' || indicator.numeratorLabel !== null || indicator.denominatorLabel !== null) && (
        <>
          <div className="field-wide">
            <Field label={t('plans.field.numeratorLabel')} error={errors.numeratorLabel}>
              {(control) => <input {...control} value={indicator.numeratorLabel ?? ''} onChange={(event) => set({ numeratorLabel: text(event.target.value) })} />}
            </Field>
          </div>
          <div className="field-wide">
            <Field label={t('plans.field.denominatorLabel')} error={errors.denominatorLabel}>
              {(control) => <input {...control} value={indicator.denominatorLabel ?? ''} onChange={(event) => set({ denominatorLabel: text(event.target.value) })} />}
            </Field>
          </div>
        </>
      )}
      <div className="field-wide">
        <Field label={t('plans.field.note')} error={errors.note}>
          {(control) => <textarea {...control} rows={2} value={indicator.note ?? ''} onChange={(event) => set({ note: text(event.target.value) })} />}
        </Field>
      </div>
      <p className="field-wide muted" data-testid="baseline">
        {t('plans.field.baseline')}: {indicator.baseline ? `${indicator.baseline.text} (${indicator.baseline.year})` : t('plans.field.baselineEmpty')}
        {errors['baseline.year'] && <span className="field-error"> {errors['baseline.year']}</span>}
      </p>
      <Field label={t('plans.field.continues')} error={errors.continuesCode}>
        {(control) => <input {...control} value={indicator.continuesCode ?? ''} onChange={(event) => set({ continuesCode: text(event.target.value) })} />}
      </Field>
      <Field label={t('plans.field.province')} error={errors.provinceIndicatorCode}>
        {(control) => <input {...control} value={indicator.provinceIndicatorCode ?? ''} onChange={(event) => set({ provinceIndicatorCode: text(event.target.value) })} />}
      </Field>
      <Field label={t('plans.field.dti')} error={errors.dtiCriterion}>
        {(control) => (
          <select {...control} value={indicator.dtiCriterion ?? ''} onChange={(event) => set({ dtiCriterion: event.target.value || null })}>
            <option value="">{t('plans.field.none')}</option>
            {dtiCriteria.map((criterion) => (
              <option key={criterion.code} value={criterion.code}>
                {criterion.code} · {criterion.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
