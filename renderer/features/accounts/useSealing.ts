// The records saved before encryption at rest, sealed once after sign-in (SealingGate): the state
// to show, and a retry after a failure.
import { useCallback, useEffect, useState } from 'react';
import { needsSealing, sealExistingRecords, useDatabase, type SealProgress } from '../../db';

export type SealState =
  | { phase: 'checking' }
  | { phase: 'done' }
  | { phase: 'failed' }
  | ({ phase: 'sealing' } & SealProgress);

export function useSealing(): { state: SealState; retry: () => void } {
  const db = useDatabase();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SealState>({ phase: 'checking' });
  useEffect(() => {
    let live = true;
    const run = async () => {
      if (await needsSealing(db))
        await sealExistingRecords(db, (progress) => {
          if (live) setState({ phase: 'sealing', ...progress });
        });
      if (live) setState({ phase: 'done' });
    };
    run().catch((error: unknown) => {
      // A lock half-way ends the session (and this screen); the next sign-in carries on.
      console.error(error);
      if (live) setState({ phase: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [db, attempt]);
  const retry = useCallback(() => {
    setState({ phase: 'checking' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
