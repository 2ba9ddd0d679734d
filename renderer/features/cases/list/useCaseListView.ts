// Everything the case list shows: the rows after search, filters and sort, and the counts.
// Filtering and sorting run on the in-memory summaries; the deferred query keeps typing and
// clicking responsive while a large list is recomputed.
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useUpdateSearchParams } from '../../../ui/useUpdateSearchParams';
import { usePreset } from '../../settings';
import { filterCases, needsPeople, NO_FILTERS, sortCases } from './caseFilters';
import { caseListParams, parseCaseListQuery, type CaseListQuery } from './caseListQuery';
import { useCaseSearch, useOverdueCaseIds } from './useCaseSearch';
import type { CaseSummary } from './caseSummary';
import { useCaseSummaries, useMatchedSummaries } from './useCaseSummaries';
import { usePeopleFacts } from './usePeopleFacts';

const NOTHING = new Set<string>();

/** The summaries read so far, with the search's matches read by id (each case once). */
function withMatches(cases: readonly CaseSummary[], matched: readonly CaseSummary[]) {
  if (matched.length === 0) return cases;
  const seen = new Set(cases.map((c) => c.id));
  return [...cases, ...matched.filter((c) => !seen.has(c.id))];
}

export function useCaseListView() {
  const [params, setParams] = useUpdateSearchParams();
  const query = useMemo(() => parseCaseListQuery(params), [params]);
  const deferred = useDeferredValue(query);
  const summaries = useCaseSummaries();
  const overdueIds = useOverdueCaseIds();
  const search = useCaseSearch(deferred.search);
  const preset = usePreset();
  const statusOrder = useMemo(() => preset.statuses.map((s) => s.id), [preset]);

  // Until every case is read, the search's matches are read by id and shown with the rest.
  const matched = useMatchedSummaries(search.matchIds, summaries.complete);
  const known = useMemo(() => withMatches(summaries.cases, matched), [summaries.cases, matched]);
  const sorted = useMemo(
    () => sortCases(known, deferred.sort, statusOrder),
    [known, deferred.sort, statusOrder],
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
