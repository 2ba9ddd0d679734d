// Remembers the list's address with its filters and view (?view=map&country=SA), so "Back to
// stakeholders" on a stakeholder's page returns to the same view however the page was opened.
import { useEffect } from 'react';
import { useLocation } from 'react-router';

let lastSearch = '';

export function useRememberListAddress() {
  const { search } = useLocation();
  useEffect(() => {
    lastSearch = search;
  }, [search]);
}

export function listAddress(): string {
  return `/stakeholders${lastSearch}`;
}
