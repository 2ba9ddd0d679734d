// Backup and restore of the whole data set (docs/backup.md), with the product's key derivation
// (PBKDF2-SHA-256, 600,000 iterations): the time to write the encrypted file, the time to verify
// and restore it into an empty database, the file's size, and the renderer's JS heap at its
// highest during each (sampled every 20 ms, no forced collection meanwhile) above where it was
// before, and the live heap at its highest (sampled after a forced collection once a second). Neither step holds the database as one string: a backup is a Blob of ~1 MB parts.
import { Dexie } from 'dexie';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { backupDatabase, restoreBackup } from '../../../renderer/features/backup';
import { openDataset } from '../dataset';
import { heapMb } from '../heap';
import { figure, ms } from '../metric';
import type { Scenario } from '../types';

const passphrase = 'benchmark passphrase';

const usedMb = () =>
  ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
    Number.NaN) / 1_048_576;

const collect = () => (window as unknown as { gc?: () => void }).gc?.();

/**
 * Runs `work`, sampling the heap; returns its time, the highest heap above the start (garbage
 * included: sampled every 20 ms), and the highest live heap above the start (sampled right after
 * a forced collection, once a second: what the work really holds, not what V8 has yet to free).
 */
async function measured<T>(work: () => Promise<T>) {
  const base = heapMb();
  let peak = base;
  let live = base;
  const timer = setInterval(() => (peak = Math.max(peak, usedMb())), 20);
  const collector = setInterval(() => {
    collect();
    live = Math.max(live, usedMb());
  }, 1000);
  const start = performance.now();
  const result = await work();
  const time = performance.now() - start;
  clearInterval(timer);
  clearInterval(collector);
  peak = Math.max(peak, usedMb());
  return { result, time, peakAbove: peak - base, liveAbove: live - base };
}

export const backupRestore: Scenario = {
  id: 'backup',
  title: 'Backup of every table, then restore into an empty database (PBKDF2 600,000)',
  scalesWithCases: true,
  async run(size) {
    const { db } = await openDataset(size);
    const cases = await db.cases.count();
    const backup = await measured(() => backupDatabase(db, passphrase));
    db.close();

    const name = 'tulay-bench-restore';
    await Dexie.delete(name);
    const target = createDatabase(name);
    await openDatabase(target);
    const restore = await measured(() => restoreBackup(target, backup.result, passphrase));
    const restored = await target.cases.count();
    target.close();
    await Dexie.delete(name);
    if (restored !== cases) throw new Error(`restored ${restored} cases of ${cases}`);

    return {
      metrics: {
        'backup time': ms(backup.time),
        'backup peak heap above start': figure(backup.peakAbove, 'MB'),
        'backup peak live heap above start': figure(backup.liveAbove, 'MB'),
        'file size': figure(backup.result.size / 1_048_576, 'MB'),
        'restore time': ms(restore.time),
        'restore peak heap above start': figure(restore.peakAbove, 'MB'),
        'restore peak live heap above start': figure(restore.liveAbove, 'MB'),
      },
      notes: [`${restore.result.records} records restored`],
    };
  },
};
