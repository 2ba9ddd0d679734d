// The conflicts waiting for an officer (Settings → Sync → Needs review, and the header's count),
// and the officer's choice, written through the write path so that it syncs like any edit.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { ConflictEntry } from '../../domain/records/internal';
import { settleConflict, useDatabase, useWriteContext, type ConflictChoice } from '../db';
import { describeConflictRecord, referencedNames } from './conflictRecords';

export interface ConflictToReview extends ConflictEntry {
  /** The record as the officer knows it ('' when this desk does not hold it). */
  recordName: string;
  /** Names of the people, organisations and seminars the two values point at, by id. */
  names: Record<string, string>;
}

/** Conflicts no one has chosen a value for yet, oldest first. */
export function useConflictsToReview(): ConflictToReview[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const open = await db.conflicts.where('state').equals('open').toArray();
    open.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    return Promise.all(
      open.map(async (c) => ({
        ...c,
        recordName: await describeConflictRecord(db, c),
        names: await referencedNames(db, c),
      })),
    );
  }, [db]);
}

/** How many conflicts need review (0 while loading). */
export function useOpenConflictCount(): number {
  const db = useDatabase();
  return useLiveQuery(() => db.conflicts.where('state').equals('open').count(), [db]) ?? 0;
}

export function useSettleConflict() {
  const ctx = useWriteContext();
  return useCallback(
    (conflictId: string, choice: ConflictChoice) => settleConflict(ctx, conflictId, choice),
    [ctx],
  );
}
