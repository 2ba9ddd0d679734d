// Hands the open database and the staff member who writes to the features' hooks and
// repositories. Components never take the database from here directly (lint enforces it).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TulayDatabase } from './database';
import type { WriteContext } from './writeRecord';

const DatabaseContext = createContext<TulayDatabase | null>(null);
const ActorContext = createContext<string | null>(null);

export function DatabaseProvider({ db, children }: { db: TulayDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

/** Names the staff member that every write below it is recorded under. */
export function ActorProvider({ actor, children }: { actor: string; children: ReactNode }) {
  return <ActorContext.Provider value={actor}>{children}</ActorContext.Provider>;
}

export function useDatabase(): TulayDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs a <DatabaseProvider> above it');
  return db;
}

export function useWriteContext(): WriteContext {
  const db = useDatabase();
  const actor = useContext(ActorContext);
  if (!actor) throw new Error('useWriteContext() needs an <ActorProvider> above it');
  return useMemo(() => ({ db, actor }), [db, actor]);
}
