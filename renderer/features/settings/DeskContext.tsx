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
