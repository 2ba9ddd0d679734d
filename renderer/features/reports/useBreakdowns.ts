// The report's breakdowns as labelled rows, each linking to the case list filtered to the
// period's new cases of that category, country, client role, sex or age group. A clerk's bar of
// a health, legal or abuse category is a count only: their case list holds no such category
// (domain/cases/caseAccess.ts), so the bar opens nothing; so is a bar of a client role on a desk
// where a role says a legal status.
import { useMemo } from 'react';
import { seesCaseDetails, shownClientRole } from '../../../domain/cases/caseAccess';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../domain/reports/periods';
import type { Breakdown, ReportFigures } from '../../../domain/reports/reportFigures';
import { countryName } from '../../ui/format';
import { useRole } from '../accounts';
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
  const role = useRole();
  return useMemo(() => {
    const rows = (
      breakdown: Breakdown | undefined,
      name: (id: string) => string,
      link?: string,
      opens: (id: string) => boolean = () => true,
    ): BarRow[] =>
      (breakdown ?? []).map(([id, count]) => ({
        id,
        label: name(id),
        count,
        href:
          link && opens(id) ? caseListHref(period, { name: link, value: id }, staff) : undefined,
      }));
    const categoryOpens = (id: string) => seesCaseDetails(role, [id]);
    // A count says nothing of anyone; the list behind it would (a clerk's lacks the roles anyway).
    const roleOpens = (id: string) => shownClientRole(role, id) !== undefined;
    return {
      categories: rows(
        figures?.categories,
        (id) => label('categories', id),
        'category',
        categoryOpens,
      ),
      countries: rows(figures?.countries, (id) => countryName(i18n.language, id), 'country'),
      roles: rows(figures?.roles, (id) => label('clientRoles', id), 'role', roleOpens),
      sexes: rows(figures?.sexes, (id) => tp(`sex.${id as 'female'}`), 'sex'),
      ages: rows(figures?.ages, (id) => t(`age.${id as 'unknown'}`), 'age'),
    };
  }, [figures, period, staff, label, i18n.language, t, tp, role]);
}
