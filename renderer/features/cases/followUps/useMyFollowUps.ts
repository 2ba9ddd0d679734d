// My follow-ups, live, and the action that marks one done.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDatabase, useWriteContext } from '../../../db';
import { useRole } from '../../accounts';
import { useDesk } from '../../settings';
import { completeFollowUp, type CaseEvent } from '../caseEventRepository';
import { myFollowUps } from './followUpReads';

export function useMyFollowUps() {
  const db = useDatabase();
  const { staffId } = useDesk();
  const role = useRole();
  return useLiveQuery(() => myFollowUps(db, staffId, role), [db, staffId, role]);
}

export function useCompleteFollowUp() {
  const ctx = useWriteContext();
  return useCallback((event: CaseEvent) => completeFollowUp(ctx, event), [ctx]);
}
