// The records saved before encryption at rest, sealed once after sign-in (SealingGate), or those
// of a desk sealed with an older version of the blind index, re-blinded: the state to show, and a retry
// after a failure.
import { useCallback, useEffect, useState } from 'react';
import { pendingSealing, sealExistingRecords, useDatabase, type SealProgress } from '../../db';

/** Sealing records saved in clear, or re-blinding the search tokens of a desk sealed before. */
export type SealKind = 'encrypt' | 'reindex';

export type SealState =
  | { phase: 'checking' }
  | { phase: 'done' }
  | { phase: 'failed'; kind: SealKind }
  | ({ phase: 'sealing'; kind: SealKind } & SealProgress);

export function useSealing(): { state: SealState; retry: () => void } {
  const db = useDatabase();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SealState>({ phase: 'checking' });
  useEffect(() => {
    let live = true;
    let kind: SealKind = 'encrypt';
    const run = async () => {
      const pending = await pendingSealing(db);
      if (pending) {
        kind = pending;
        await sealExistingRecords(db, (progress) => {
          if (live) setState({ phase: 'sealing', kind, ...progress });
        });
      }
      if (live) setState({ phase: 'done' });
    };
    run().catch((error: unknown) => {
      // A lock half-way ends the session (and this screen); the next sign-in carries on.
      console.error(error);
      if (live) setState({ phase: 'failed', kind });
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
