// Runs an export and keeps what the officer sees of it: the progress while rows are built, then
// while the file is written, then where the file went or why it failed (never swallowed). The
// officer can cancel at any point before the file is saved; nothing is saved or audited then.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorText } from '../useErrorText';

export type ExportRunState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; writing: boolean }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

export type ReportProgress = (done: number, total: number) => void;

/** What an export's work is given: where to report, and the signal that stops it. */
export interface ExportTask {
  progress: ReportProgress;
  /** The rows are built: the file itself is being written. */
  writing: () => void;
  signal: AbortSignal;
}

export { yieldToPage } from './spreadsheetFile';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function useExportRun() {
  const [state, setState] = useState<ExportRunState>({ kind: 'idle' });
  const describeError = useErrorText();
  const running = useRef<AbortController | null>(null);
  // Leaving the page stops an export still running (and its worker).
  useEffect(() => () => running.current?.abort(), []);
  const run = useCallback(
    async (work: (task: ExportTask) => Promise<string | null>) => {
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setState({ kind: 'running', done: 0, total: 0, writing: false });
      const task: ExportTask = {
        signal: controller.signal,
        progress: (done, total) => setState({ kind: 'running', done, total, writing: false }),
        writing: () => setState((s) => (s.kind === 'running' ? { ...s, writing: true } : s)),
      };
      try {
        const path = await work(task);
        setState(path === null ? { kind: 'idle' } : { kind: 'saved', path });
      } catch (error) {
        setState(
          isAbort(error) ? { kind: 'cancelled' } : { kind: 'failed', reason: describeError(error) },
        );
      } finally {
        running.current = null;
      }
    },
    [describeError],
  );
  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, run, cancel };
}
