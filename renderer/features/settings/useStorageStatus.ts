// Usage, quota and persistence of the browser storage that holds Tulay's data.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { lastPersistenceAnswer, onPersistenceAnswer } from './storagePersistence';

export interface StorageStatus {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

async function readStorageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  const estimate = storage?.estimate ? await storage.estimate() : {};
  const persisted = storage?.persisted ? await storage.persisted() : undefined;
  return { usage: estimate.usage, quota: estimate.quota, persisted };
}

export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [generation, setGeneration] = useState(0);
  const answer = useSyncExternalStore(onPersistenceAnswer, lastPersistenceAnswer);

  useEffect(() => {
    let live = true;
    void readStorageStatus().then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, [answer, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { status, answer, refresh };
}
