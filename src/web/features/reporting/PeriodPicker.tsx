import type { Period } from '../../../common/reporting.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';
import { periodName } from './period.js';

type Month = Pick<Period, 'year' | 'month'>;

interface PeriodPickerProps {
  periods: readonly Month[];
  value: Month;
  onChange: (month: number) => void;
}

/** The months of the plan's year, "Tháng 5/2024". */
export function PeriodPicker({ periods, value, onChange }: PeriodPickerProps) {
  const { t, language } = useI18n();
  return (
    <div className="period-picker">
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
