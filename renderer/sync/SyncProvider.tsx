// One SyncService for the window, started with the desk and stopped with it.
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { SyncService, type SyncStatus } from './syncService';
import { useNewSyncService } from './useSyncSettings';

const SyncContext = createContext<SyncService | null>(null);

export function SyncProvider({ children }: { children: ReactNode }) {
  const service = useNewSyncService((db) => new SyncService(db));
  useEffect(() => {
    service.start().catch((error: unknown) => {
      console.error('[tulay] sync could not start', error);
    });
    return () => service.stop();
  }, [service]);
  return <SyncContext.Provider value={service}>{children}</SyncContext.Provider>;
}

export function useSyncService(): SyncService {
  const service = useContext(SyncContext);
  if (!service) throw new Error('useSyncService outside SyncProvider');
  return service;
}

export function useSyncStatus(): SyncStatus {
  const service = useSyncService();
  return useSyncExternalStore(service.subscribe, service.getStatus);
}
