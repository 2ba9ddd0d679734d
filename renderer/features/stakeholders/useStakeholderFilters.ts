// The shared filters and the chosen view. They live in this page's state, so typing is never
// slowed by the router, and are mirrored into the address (?view=map&country=SA…) so that Back
// from a stakeholder's page returns to the same view with the same filters.
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { NO_FILTERS, type StakeholderFilters } from '../../../domain/stakeholders/filters';

export const VIEWS = ['directory', 'map', 'network'] as const;
export type StakeholderView = (typeof VIEWS)[number];

interface ListState {
  filters: StakeholderFilters;
  view: StakeholderView;
}

function readState(search: string): ListState {
  const params = new URLSearchParams(search);
  const view = VIEWS.find((v) => v === params.get('view')) ?? 'directory';
  return {
    view,
    filters: {
      query: params.get('q') ?? '',
      types: params.get('type')?.split(',').filter(Boolean) ?? [],
      country: params.get('country') || null,
      sector: params.get('sector') || null,
    },
  };
}

function writeState({ filters, view }: ListState): string {
  const params = new URLSearchParams();
  if (view !== 'directory') params.set('view', view);
  if (filters.query) params.set('q', filters.query);
  if (filters.types.length) params.set('type', filters.types.join(','));
  if (filters.country) params.set('country', filters.country);
  if (filters.sector) params.set('sector', filters.sector);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function useStakeholderFilters() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState(() => readState(search));

  const wanted = writeState(state);
  useEffect(() => {
    if (wanted !== search) void navigate({ pathname, search: wanted }, { replace: true });
  }, [wanted, search, pathname, navigate]);

  const setFilters = useCallback(
    (patch: Partial<StakeholderFilters>) =>
      setState((prev) => ({ ...prev, filters: { ...prev.filters, ...patch } })),
    [],
  );
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);
  const setView = useCallback(
    (view: StakeholderView) => setState((prev) => ({ ...prev, view })),
    [],
  );
  return { filters: state.filters, setFilters, clearFilters, view: state.view, setView };
}
