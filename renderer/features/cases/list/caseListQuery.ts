// The case list's search, filters and sort live in the address (#/cases?status=new&…), so
// Back from a case returns to the same list, and a filtered list can be bookmarked.
import { AGE_GROUPS, type AgeGroup } from '../../../../domain/reports/contributions';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  URGENCIES,
  type CaseFilters,
  type CaseSort,
  type SortKey,
} from './caseFilters';
import type { Urgency } from './caseSummary';

export interface CaseListQuery {
  search: string;
  filters: CaseFilters;
  sort: CaseSort;
}

const SORT_KEYS: readonly SortKey[] = ['openedAt', 'reference', 'status', 'urgency'];
const AGES: readonly string[] = [...AGE_GROUPS, 'unknown'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '').split(',').filter(Boolean);

export function parseCaseListQuery(params: URLSearchParams): CaseListQuery {
  const sortKey = params.get('sort') as SortKey | null;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    search: params.get('q') ?? '',
    filters: {
      statuses: list(params, 'status'),
      categories: list(params, 'category'),
      urgencies: list(params, 'urgency').filter((u): u is Urgency =>
        (URGENCIES as readonly string[]).includes(u),
      ),
      countries: list(params, 'country'),
      assignees: list(params, 'assignee'),
      roles: list(params, 'role'),
      sexes: list(params, 'sex'),
      ages: list(params, 'age').filter((a): a is AgeGroup => AGES.includes(a)),
      openedFrom: DATE.test(from) ? from : '',
      openedTo: DATE.test(to) ? to : '',
      overdueOnly: params.get('overdue') === '1',
    },
    sort:
      sortKey && SORT_KEYS.includes(sortKey)
        ? { key: sortKey, descending: params.get('dir') !== 'asc' }
        : DEFAULT_SORT,
  };
}

export function caseListParams({ search, filters, sort }: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => value && params.set(name, value);
  set('q', search);
  set('status', filters.statuses.join(','));
  set('category', filters.categories.join(','));
  set('urgency', filters.urgencies.join(','));
  set('country', filters.countries.join(','));
  set('assignee', filters.assignees.join(','));
  set('role', filters.roles.join(','));
  set('sex', filters.sexes.join(','));
  set('age', filters.ages.join(','));
  set('from', filters.openedFrom);
  set('to', filters.openedTo);
  if (filters.overdueOnly) params.set('overdue', '1');
  if (sort.key !== DEFAULT_SORT.key || sort.descending !== DEFAULT_SORT.descending) {
    params.set('sort', sort.key);
    params.set('dir', sort.descending ? 'desc' : 'asc');
  }
  return params;
}

export { NO_FILTERS };
