// The desktop's daily automatic backup: once the app is idle after it starts, and again when a
// desk left open passes midnight, it backs up if today has no automatic backup yet. One try per
// day per run of the app: a failure (the USB drive not plugged in) is shown in Settings, where
// "Back up to the folder now" tries again.
import { useEffect } from 'react';
import { localDay } from '../../../domain/localDay';
import { useWriteContext } from '../../db';
import { platform } from '../../platform';
import { autoBackupIsDue, readAutoBackupOutcome, recordAutoBackupOutcome } from './backupSettings';
import { runAutoBackup } from './runAutoBackup';

/** How often a desk left open checks whether the day has changed. */
const CHECK_EVERY_MS = 15 * 60 * 1000;
/** The longest the backup waits for an idle moment. */
const IDLE_TIMEOUT_MS = 60 * 1000;

export function useAutoBackupSchedule() {
  const ctx = useWriteContext();
  useEffect(() => {
    const auto = platform.autoBackup;
    if (!auto) return;
    let stopped = false;
    let running = false;
    let triedOn: string | null = null;

    const tryToday = async () => {
      const today = localDay(new Date());
      if (stopped || running || triedOn === today) return;
      running = true;
      triedOn = today;
      try {
        if (autoBackupIsDue(await readAutoBackupOutcome(ctx.db))) await runAutoBackup(ctx, auto);
      } catch (error) {
        console.error('[tulay] automatic backup failed', error);
        await recordAutoBackupOutcome(ctx, {
          at: new Date().toISOString(),
          outcome: 'failed',
          folder: (await auto.status().catch(() => null))?.folder ?? null,
          reason: 'other',
        }).catch(() => {});
      } finally {
        running = false;
      }
    };
    const whenIdle = () => {
      const id = requestIdleCallback(() => void tryToday(), { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(id);
    };
    let cancelIdle = whenIdle();
    const timer = setInterval(() => {
      cancelIdle();
      cancelIdle = whenIdle();
    }, CHECK_EVERY_MS);
    return () => {
      stopped = true;
      cancelIdle();
      clearInterval(timer);
    };
  }, [ctx]);
}
