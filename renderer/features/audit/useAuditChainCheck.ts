// Runs a check of the audit trail's hash chain: the whole trail on demand (Settings), or its end
// at start (AuditChainWarning), and keeps the result for the screen.
import { useCallback, useState } from 'react';
import type { ChainReport } from '../../../domain/audit/chain';
import { checkAuditChain, checkRecentAuditChain, useDatabase } from '../../db';

export type AuditCheck =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; report: ChainReport }
  | { state: 'failed'; error: unknown };

export function useAuditChainCheck(scope: 'all' | 'recent') {
  const db = useDatabase();
  const [check, setCheck] = useState<AuditCheck>({ state: 'idle' });
  const run = useCallback(async () => {
    setCheck({ state: 'checking' });
    try {
      const report = await (scope === 'all' ? checkAuditChain(db) : checkRecentAuditChain(db));
      setCheck({ state: 'done', report });
    } catch (error) {
      setCheck({ state: 'failed', error });
    }
  }, [db, scope]);
  return { check, run };
}
