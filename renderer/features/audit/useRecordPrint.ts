// Records a print in the audit trail, for a print view's onPrint (renderer/ui/print/PrintView).
import { useCallback } from 'react';
import type { RecordTable } from '../../../domain/records';
import type { PrintedDocument } from '../../../domain/records/internal';
import { recordPrint, useWriteContext } from '../../db';

export function useRecordPrint() {
  const ctx = useWriteContext();
  return useCallback(
    (printed: PrintedDocument, table: RecordTable, recordId?: string, recordIds?: string[]) =>
      recordPrint(ctx, printed, table, recordId, recordIds),
    [ctx],
  );
}
