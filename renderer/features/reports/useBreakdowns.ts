// The report's breakdowns as labelled rows, each linking to the case list filtered to the
// period's new cases of that category, country, client role, sex or age group.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../domain/reports/periods';
import type { Breakdown, ReportFigures } from '../../../domain/reports/reportFigures';
import { countryName } from '../../ui/format';
import { usePresetLabel } from '../settings';
import type { BarRow } from './BarsWithTable';

/** The case list (#/cases) with the period's opening days, one more filter, and the staff
 *  member's cases only when the report is of one staff member. */
export function caseListHref(
  period: Period,
  filter?: { name: string; value: string },
  staff?: string | null,
) {
  const params = new URLSearchParams();
  if (filter) params.set(filter.name, filter.value);
  params.set('from', period.from);
  params.set('to', period.to);
  if (staff) params.set('assignee', staff);
  return `/cases?${params.toString()}`;
}

export function useBreakdowns(
  figures: ReportFigures | undefined,
  period: Period,
  staff: string | null,
) {
  const { t, i18n } = useTranslation('reports');
  const { t: tp } = useTranslation('people');
  const label = usePresetLabel();
  return useMemo(() => {
    const rows = (
      breakdown: Breakdown | undefined,
      name: (id: string) => string,
      link?: string,
    ): BarRow[] =>
      (breakdown ?? []).map(([id, count]) => ({
        id,
        label: name(id),
        count,
        href: link ? caseListHref(period, { name: link, value: id }, staff) : undefined,
      }));
    return {
      categories: rows(figures?.categories, (id) => label('categories', id), 'category'),
      countries: rows(figures?.countries, (id) => countryName(i18n.language, id), 'country'),
      roles: rows(figures?.roles, (id) => label('clientRoles', id), 'role'),
      sexes: rows(figures?.sexes, (id) => tp(`sex.${id as 'female'}`), 'sex'),
      ages: rows(figures?.ages, (id) => t(`age.${id as 'unknown'}`), 'age'),
    };
  }, [figures, period, staff, label, i18n.language, t, tp]);
}
