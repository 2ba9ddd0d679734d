import type { SyncProblemKind } from './client';

/** The translation key saying a problem in plain words (sync namespace). */
export const problemKey = (kind: SyncProblemKind) => `problems.${kind}` as const;
export const shortProblemKey = (kind: SyncProblemKind) => `short.${kind}` as const;
