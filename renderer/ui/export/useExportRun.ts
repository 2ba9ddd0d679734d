// Runs an export and keeps what the officer sees of it: the progress while rows are built, then
// where the file went or why it failed (never swallowed).
import { useCallback, useRef, useState } from 'react';
import { useErrorText } from '../useErrorText';

export type ExportRunState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'saved'; path: string }
  | { kind: 'failed'; reason: string };

export type ReportProgress = (done: number, total: number) => void;

export function useExportRun() {
  const [state, setState] = useState<ExportRunState>({ kind: 'idle' });
  const describeError = useErrorText();
  const busy = useRef(false);
  const run = useCallback(
    async (work: (progress: ReportProgress) => Promise<string | null>) => {
      if (busy.current) return;
      busy.current = true;
      setState({ kind: 'running', done: 0, total: 0 });
      try {
        const path = await work((done, total) => setState({ kind: 'running', done, total }));
        setState(path === null ? { kind: 'idle' } : { kind: 'saved', path });
      } catch (error) {
        setState({ kind: 'failed', reason: describeError(error) });
      } finally {
        busy.current = false;
      }
    },
    [describeError],
  );
  return { state, run };
}

/** Yields to the page, so that typing and the progress bar stay live between chunks. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
