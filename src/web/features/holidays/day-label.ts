import { type IsoDate, weekday } from '../../../common/vietnam-time.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';

type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** "Thứ Bảy 06/02/2027", "Sat 6 Feb 2027": a holiday is read by its day of the week. */
export function useDayLabel() {
  const { t, language } = useI18n();
  return (date: IsoDate) => `${t(`holidays.weekday.${weekday(date) as Weekday}`)} ${formatDate(date, language)}`;
}
