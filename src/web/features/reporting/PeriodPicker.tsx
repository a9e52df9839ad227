import type { Period } from '../../../common/reporting.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';
import { periodName, useChosenYear } from './period.js';

type Month = Pick<Period, 'year' | 'month'>;

interface PeriodPickerProps {
  periods: readonly Month[];
  value: Month;
  onChange: (month: number) => void;
  /** The years with an issued plan: with more than one, the picker switches year too (?nam=). */
  years?: readonly number[];
}

/** The months of the plan's year, "Tháng 5/2024", and the plan year when there is a choice. */
export function PeriodPicker({ periods, value, onChange, years = [] }: PeriodPickerProps) {
  const { t, language } = useI18n();
  return (
    <div className="period-picker">
      {years.length > 1 && <YearSelect years={years} value={value.year} />}
      <Field label={t('period.picker')}>
        {(control) => (
          <select {...control} value={value.month} onChange={(event) => onChange(Number(event.target.value))}>
            {periods.map((period) => (
              <option key={period.month} value={period.month}>
                {periodName(period, language)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/** The plan years to switch between (?nam=). */
export function YearSelect({ years, value }: { years: readonly number[]; value: number }) {
  const { t } = useI18n();
  const choose = useChosenYear();
  return (
    <Field label={t('planYear.label')}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => choose(Number(event.target.value))}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
