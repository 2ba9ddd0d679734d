// The address's query, with a change built on the address as it is when the change is made.
// React Router's own setter builds on the query of the last render, and its navigations render
// in a transition: two changes made before the next render (a click on "Clear filters", then
// the search box emptied) would each start from the same old query, and the second would put
// back what the first had cleared. A data router's location is updated at once by a navigation
// without loaders, so it is read at the moment of the change.
import { useCallback, useContext } from 'react';
import { UNSAFE_DataRouterContext, useSearchParams } from 'react-router';

export function useUpdateSearchParams() {
  const [params, setParams] = useSearchParams();
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  const router = dataRouter?.router;
  const update = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams) => {
      const current = router ? new URLSearchParams(router.state.location.search) : params;
      setParams(change(current), { replace: true });
    },
    [router, params, setParams],
  );
  return [params, update] as const;
}
