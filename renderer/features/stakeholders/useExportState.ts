// Runs an export and remembers its outcome for ExportStatus; a failure is shown, never swallowed.
import { useCallback, useState } from 'react';
import { useErrorText } from '../../ui/useErrorText';

export type ExportState =
  { kind: 'idle' } | { kind: 'saved'; path: string } | { kind: 'failed'; reason: string };

export function useExportState() {
  const [status, setStatus] = useState<ExportState>({ kind: 'idle' });
  const describeError = useErrorText();
  const run = useCallback(
    async (save: () => Promise<string | null>) => {
      try {
        const path = await save();
        setStatus(path === null ? { kind: 'idle' } : { kind: 'saved', path });
      } catch (error) {
        setStatus({ kind: 'failed', reason: describeError(error) });
      }
    },
    [describeError],
  );
  return { status, run };
}
