// Opening a case is a view and printing its summary an export of personal data: the audit
// trail says who and when (docs/architecture.md, the audit trail).
import { useCallback } from 'react';
import type { RecordTable } from '../../../../domain/records';
import { recordAccess, useWriteContext } from '../../../db';

export function useRecordExport() {
  const ctx = useWriteContext();
  return useCallback(
    (table: RecordTable, id: string) => void recordAccess(ctx, 'export', table, id),
    [ctx],
  );
}

export function useRecordView() {
  const ctx = useWriteContext();
  return useCallback(
    (table: RecordTable, id: string) => void recordAccess(ctx, 'view', table, id),
    [ctx],
  );
}
