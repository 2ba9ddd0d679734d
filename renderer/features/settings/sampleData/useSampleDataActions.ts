// Loading and removing sample data from the Settings panel: progress, cancel, the time it took,
// and errors in words a person can act on. A failed load keeps the chunks already written; a
// failed removal removes nothing.
import { useCallback, useRef, useState } from 'react';
import { useWriteContext } from '../../../db';
import { useDesk } from '../DeskContext';
import { loadSampleData, type SampleProgress } from './loadSampleData';
import { removeSampleData } from './removeSampleData';
import { useErrorText } from '../../../ui/useErrorText';

export type SamplePhase =
  | 'idle'
  | 'loading'
  | 'loaded'
  | 'cancelled'
  | 'loadFailed'
  | 'removing'
  | 'removed'
  | 'removeFailed';

export interface SampleDataState {
  phase: SamplePhase;
  progress: SampleProgress | null;
  /** Cases written by the last load, and how long it took. */
  cases?: number;
  seconds?: number;
  /** Records removed so far, or in all. */
  removed?: number;
  error?: string;
}

export function useSampleDataActions() {
  const ctx = useWriteContext();
  const { profile } = useDesk();
  const reasonOf = useErrorText();
  const [state, setState] = useState<SampleDataState>({ phase: 'idle', progress: null });
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (cases: number) => {
      const abort = new AbortController();
      controller.current = abort;
      const started = performance.now();
      setState({ phase: 'loading', progress: { done: 0, total: cases } });
      const onProgress = (progress: SampleProgress) =>
        setState((s) => ({ ...s, progress, cases: progress.done }));
      try {
        const result = await loadSampleData(ctx, profile, {
          cases,
          onProgress,
          signal: abort.signal,
        });
        const seconds = (performance.now() - started) / 1000;
        const phase = result.cancelled ? 'cancelled' : 'loaded';
        setState((s) => ({ ...s, phase, cases: result.cases, seconds }));
      } catch (error) {
        setState((s) => ({ ...s, phase: 'loadFailed', error: reasonOf(error) }));
      } finally {
        controller.current = null;
      }
    },
    [ctx, profile, reasonOf],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  const remove = useCallback(async () => {
    setState({ phase: 'removing', progress: null, removed: 0 });
    try {
      const removed = await removeSampleData(ctx, {
        onProgress: (count) => setState((s) => ({ ...s, removed: count })),
      });
      setState({ phase: 'removed', progress: null, removed });
    } catch (error) {
      setState((s) => ({ ...s, phase: 'removeFailed', error: reasonOf(error) }));
    }
  }, [ctx, reasonOf]);

  return { state, load, cancel, remove };
}
