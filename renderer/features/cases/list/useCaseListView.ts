// Everything the case list shows: the rows after search, filters and sort, and the counts.
// Filtering and sorting run on the in-memory summaries; the deferred query keeps typing and
// clicking responsive while a large list is recomputed.
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useUpdateSearchParams } from '../../../ui/useUpdateSearchParams';
import { usePreset } from '../../settings';
import { filterCases, needsPeople, NO_FILTERS, sortCases } from './caseFilters';
import { caseListParams, parseCaseListQuery, type CaseListQuery } from './caseListQuery';
import { useCaseSearch, useOverdueCaseIds } from './useCaseSearch';
import { useCaseSummaries } from './useCaseSummaries';
import { usePeopleFacts } from './usePeopleFacts';

const NOTHING = new Set<string>();

export function useCaseListView() {
  const [params, setParams] = useUpdateSearchParams();
  const query = useMemo(() => parseCaseListQuery(params), [params]);
  const deferred = useDeferredValue(query);
  const summaries = useCaseSummaries();
  const overdueIds = useOverdueCaseIds();
  const search = useCaseSearch(deferred.search);
  const preset = usePreset();
  const statusOrder = useMemo(() => preset.statuses.map((s) => s.id), [preset]);

  const sorted = useMemo(
    () => sortCases(summaries.cases, deferred.sort, statusOrder),
    [summaries.cases, deferred.sort, statusOrder],
  );
  // The sex and age filters need the people of the cases: they narrow what the others leave.
  const { sexes, ages } = deferred.filters;
  const withPeople = needsPeople(deferred.filters);
  const narrowed = useMemo(
    () =>
      filterCases(
        sorted,
        { ...deferred.filters, sexes: [], ages: [] },
        { matchIds: search.matchIds, overdueIds },
      ),
    [sorted, deferred.filters, search.matchIds, overdueIds],
  );
  const people = usePeopleFacts(narrowed, withPeople);
  const rows = useMemo(() => {
    if (!withPeople) return narrowed;
    if (!people) return [];
    const filters = { ...NO_FILTERS, sexes, ages };
    return filterCases(narrowed, filters, { matchIds: null, overdueIds: NOTHING, people });
  }, [narrowed, withPeople, people, sexes, ages]);
  const countries = useMemo(() => {
    const seen = new Set<string>();
    for (const c of summaries.cases) if (c.country) seen.add(c.country);
    return [...seen];
  }, [summaries.cases]);

  const update = useCallback(
    (change: Partial<CaseListQuery>) =>
      setParams((current) => caseListParams({ ...parseCaseListQuery(current), ...change })),
    [setParams],
  );

  return {
    query,
    update,
    rows,
    countries,
    overdueIds,
    total: summaries.cases.length,
    ready: summaries.ready,
    complete: summaries.complete,
    loaded: summaries.loaded,
    failure: summaries.failure,
    searching: search.searching || deferred !== query || (withPeople && !people),
    capped: search.capped,
  };
}
