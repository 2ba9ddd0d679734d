// Backup and restore of the whole data set (docs/backup.md), with the product's key derivation
// (PBKDF2-SHA-256, 600,000 iterations): the time to write the encrypted file, the time to verify
// and restore it into an empty database, the file's size, and the renderer's JS heap at its
// highest during each (sampled every 20 ms, no forced collection meanwhile) above where it was
// before. Neither step holds the database as one string: a backup is a Blob of ~1 MB parts.
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

/** Runs `work`, sampling the heap; returns its time and the highest heap above the start. */
async function measured<T>(work: () => Promise<T>) {
  const base = heapMb();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, usedMb())), 20);
  const start = performance.now();
  const result = await work();
  const time = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, usedMb());
  return { result, time, peakAbove: peak - base };
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
        'file size': figure(backup.result.size / 1_048_576, 'MB'),
        'restore time': ms(restore.time),
        'restore peak heap above start': figure(restore.peakAbove, 'MB'),
      },
      notes: [`${restore.result.records} records restored`],
    };
  },
};
