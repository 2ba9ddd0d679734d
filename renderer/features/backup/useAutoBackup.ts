// Settings → Backup's automatic part (desktop): the status main keeps (folder, how many files,
// whether the key store can keep the passphrase), the actions on it, and the last outcome.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useWriteContext } from '../../db';
import type { AutoBackupPlatform, AutoBackupStatus } from '../../platform';
import { useErrorText } from '../../ui/useErrorText';
import { readAutoBackupOutcome, type AutoBackupOutcome } from './backupSettings';
import { runAutoBackup } from './runAutoBackup';

export interface AutoBackupWork {
  busy: boolean;
  progress?: { done: number; total: number };
  /** An action that did not go through (not a backup's outcome, which is kept in the database). */
  error?: string;
}

export function useAutoBackup(auto: AutoBackupPlatform) {
  const ctx = useWriteContext();
  const reasonOf = useErrorText();
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [work, setWork] = useState<AutoBackupWork>({ busy: false });
  const outcome: AutoBackupOutcome | null | undefined = useLiveQuery(
    async () => (await readAutoBackupOutcome(ctx.db)) ?? null,
    [ctx.db],
  );

  useEffect(() => {
    let current = true;
    auto.status().then(
      (next) => current && setStatus(next),
      (error: unknown) => current && setWork({ busy: false, error: reasonOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [auto, reasonOf]);

  /** Runs one step against main, keeping the new status or the reason it failed. */
  const step = useCallback(
    async (action: () => Promise<AutoBackupStatus | null>) => {
      setWork({ busy: true });
      try {
        const next = await action();
        if (next) setStatus(next);
        setWork({ busy: false });
        return next;
      } catch (error) {
        setWork({ busy: false, error: reasonOf(error) });
        return null;
      }
    },
    [reasonOf],
  );

  const backUpNow = useCallback(async () => {
    setWork({ busy: true, progress: { done: 0, total: 0 } });
    try {
      await runAutoBackup(ctx, auto, {
        onProgress: (done, total) => setWork({ busy: true, progress: { done, total } }),
      });
      setWork({ busy: false });
    } catch (error) {
      setWork({ busy: false, error: reasonOf(error) });
    }
  }, [auto, ctx, reasonOf]);

  const chooseFolder = useCallback(() => step(() => auto.chooseFolder()), [auto, step]);
  const setKeep = useCallback((keep: number) => step(() => auto.configure({ keep })), [auto, step]);
  const turnOff = useCallback(() => step(() => auto.turnOff()), [auto, step]);
  const turnOn = useCallback(
    async (passphrase: string, keep: number) => {
      const next = await step(() => auto.configure({ keep, passphrase }));
      // The first backup at once: the officer sees the folder works (or why it does not).
      if (next?.enabled) await backUpNow();
    },
    [auto, backUpNow, step],
  );

  return { status, outcome, work, chooseFolder, setKeep, turnOn, turnOff, backUpNow };
}
