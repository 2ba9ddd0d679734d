// Opens the database once and reports every state the screen must show.
import { useEffect, useState } from 'react';
import {
  createDatabase,
  DatabaseOpenError,
  lockDatabase,
  openDatabase,
  type DatabaseProblem,
  type TulayDatabase,
} from '../db';

export type OpenState =
  | { status: 'opening' }
  | { status: 'blocked' }
  | { status: 'open'; db: TulayDatabase }
  | { status: 'failed'; problem: DatabaseProblem | 'versionChanged'; detail: string };

export function useOpenedDatabase(name?: string): OpenState {
  const [state, setState] = useState<OpenState>({ status: 'opening' });
  useEffect(() => {
    const db = createDatabase(name);
    // Personal fields stay sealed, unreadable and unwritable, until someone signs in.
    lockDatabase(db);
    let live = true;
    openDatabase(db, {
      onBlocked: () => live && setState({ status: 'blocked' }),
      onVersionChange: () =>
        live && setState({ status: 'failed', problem: 'versionChanged', detail: '' }),
    }).then(
      () => {
        if (!live) return;
        // The in-memory search index is built after sign-in (features/accounts), not before.
        setState({ status: 'open', db });
      },
      (error: unknown) => {
        if (!live) return;
        const failure =
          error instanceof DatabaseOpenError
            ? error
            : new DatabaseOpenError('unavailable', String(error));
        setState({ status: 'failed', problem: failure.problem, detail: failure.detail });
      },
    );
    return () => {
      live = false;
      db.close();
    };
  }, [name]);
  return state;
}
