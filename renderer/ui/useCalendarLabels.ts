// The calendar of a date field in the interface language, with the Latin digits the rest of
// the app uses (Mantine's own labels would be English) and the week starting where the desk's
// week starts (Sunday in the Philippines, Monday in Spain).
import type { DayOfWeek } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from './format';

/** A stored day ("2026-12-31") as a Date at noon, clear of any daylight-saving edge. */
const at = (day: string) => new Date(`${day.slice(0, 10)}T12:00:00`);

function firstDayOf(locale: string): DayOfWeek {
  const info = (
    new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }
  ).getWeekInfo?.();
  return ((info?.firstDay ?? 1) % 7) as DayOfWeek;
}

export function useCalendarLabels() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(() => {
    const format = (options: Intl.DateTimeFormatOptions) => {
      const intl = new Intl.DateTimeFormat(locale, options);
      return (day: string) => intl.format(at(day));
    };
    return {
      firstDayOfWeek: firstDayOf(locale),
      monthLabelFormat: format({ month: 'long', year: 'numeric' }),
      weekdayFormat: format({ weekday: 'narrow' }),
      monthsListFormat: format({ month: 'short' }),
      yearLabelFormat: format({ year: 'numeric' }),
    };
  }, [locale]);
}
