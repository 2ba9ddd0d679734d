// The desk that is set up on this computer, for every screen after the first-run set-up.
import { createContext, useContext, type ReactNode } from 'react';
import type { DeskState } from './useDesk';

const DeskContext = createContext<DeskState | null>(null);

export function DeskProvider({ desk, children }: { desk: DeskState; children: ReactNode }) {
  return <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>;
}

export function useDesk(): DeskState {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk() needs a <DeskProvider> above it');
  return desk;
}

/**
 * The desk's municipality, to pre-fill the city of a new person; undefined where no desk is set
 * up around the form (a form shown on its own).
 */
export function useDeskMunicipality(): string | undefined {
  return useContext(DeskContext)?.profile.municipality || undefined;
}
