// The state of Settings → Retention: the preview (what a run would do), the run with its
// progress and Stop, and its summary. A preview is made again after every run.
import { useCallback, useRef, useState } from 'react';
import { getPreset, isClosingStatus } from '../../../domain/presets';
import type { PresetId } from '../../../domain/records';
import { localDay } from '../../../domain/localDay';
import type { RetentionPeriods } from '../../../domain/retention/periods';
import { useWriteContext } from '../../db';
import {
  findDueCases,
  planRetention,
  runRetention,
  type RetentionPlan,
  type RetentionResult,
} from './retentionRepository';

export type RetentionState =
  | { phase: 'idle' }
  | { phase: 'previewing' }
  | { phase: 'preview'; plan: RetentionPlan; periodsKey: string }
  | { phase: 'running'; plan: RetentionPlan; done: number; stopping: boolean }
  | { phase: 'done'; result: RetentionResult }
  | { phase: 'failed' };

export function useRetentionRun(periods: RetentionPeriods, presetId: PresetId) {
  const ctx = useWriteContext();
  const [state, setState] = useState<RetentionState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const periodsKey = JSON.stringify(periods);
  const isClosing = useCallback(
    (status: string) => isClosingStatus(getPreset(presetId), status),
    [presetId],
  );

  const preview = useCallback(async () => {
    setState({ phase: 'previewing' });
    try {
      const due = await findDueCases(ctx.db, periods, isClosing, localDay());
      setState({ phase: 'preview', plan: await planRetention(ctx.db, due), periodsKey });
    } catch (error) {
      console.error(error);
      setState({ phase: 'failed' });
    }
  }, [ctx.db, periods, periodsKey, isClosing]);

  const run = useCallback(
    async (plan: RetentionPlan) => {
      const controller = new AbortController();
      abort.current = controller;
      setState({ phase: 'running', plan, done: 0, stopping: false });
      try {
        const result = await runRetention(ctx, plan, {
          periods,
          isClosing,
          today: localDay(),
          signal: controller.signal,
          onProgress: (done) => setState((s) => (s.phase === 'running' ? { ...s, done } : s)),
        });
        setState({ phase: 'done', result });
      } catch (error) {
        console.error(error);
        setState({ phase: 'failed' });
      } finally {
        abort.current = null;
      }
    },
    [ctx, periods, isClosing],
  );

  const stop = useCallback(() => {
    abort.current?.abort();
    setState((s) => (s.phase === 'running' ? { ...s, stopping: true } : s));
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  // A preview made under other periods no longer says what a run would do.
  const shown: RetentionState =
    state.phase === 'preview' && state.periodsKey !== periodsKey ? { phase: 'idle' } : state;
  return { state: shown, preview, run, stop, reset };
}
