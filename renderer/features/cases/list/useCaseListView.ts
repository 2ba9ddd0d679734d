// Everything the case list shows: the rows after search, filters and sort, and the counts.
// Filtering and sorting run on the in-memory summaries; the deferred query keeps typing and
// clicking responsive while a large list is recomputed.
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePreset } from '../../settings';
import { filterCases, sortCases } from './caseFilters';
import { caseListParams, parseCaseListQuery, type CaseListQuery } from './caseListQuery';
import { useCaseSearch, useOverdueCaseIds } from './useCaseSearch';
import { useCaseSummaries } from './useCaseSummaries';

export function useCaseListView() {
  const [params, setParams] = useSearchParams();
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
  const rows = useMemo(
    () => filterCases(sorted, deferred.filters, { matchIds: search.matchIds, overdueIds }),
    [sorted, deferred.filters, search.matchIds, overdueIds],
  );
  const countries = useMemo(() => {
    const seen = new Set<string>();
    for (const c of summaries.cases) if (c.country) seen.add(c.country);
    return [...seen];
  }, [summaries.cases]);

  const update = useCallback(
    (change: Partial<CaseListQuery>) =>
      setParams(caseListParams({ ...query, ...change }), { replace: true }),
    [query, setParams],
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
    searching: search.searching || deferred !== query,
    capped: search.capped,
  };
}
