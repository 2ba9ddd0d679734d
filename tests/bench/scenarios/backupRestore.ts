// Backup and restore of the whole data set (docs/backup.md), with the product's key derivation
// (PBKDF2-SHA-256, 600,000 iterations): the time to write the encrypted file, the time to verify
// and restore it into an empty database (one that seals nothing, then a desk that seals at rest),
// the file's size, the records restored per second, and the renderer's JS heap at its
// highest during each (sampled every 20 ms, no forced collection meanwhile) above where it was
// before, and the live heap at its highest (sampled after a forced collection once a second). Neither step holds the database as one string: a backup is a Blob of ~1 MB parts.
import { Dexie } from 'dexie';
import { createDatabase, openDatabase, unlockDatabase } from '../../../renderer/db';
import type { FieldKeys } from '../../../renderer/db/fieldCipher';
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
  title:
    'Backup of every table, then restore into an empty database, and into an empty desk that seals at rest (PBKDF2 600,000)',
  scalesWithCases: true,
  async run(size) {
    const { db } = await openDataset(size);
    const cases = await db.cases.count();
    const backup = await measured(() => backupDatabase(db, passphrase));
    db.close();

    // Into an empty database that seals nothing (as the figures before encryption at rest), then
    // into an empty desk that seals at rest, as a new PC set up after the old one was lost: the
    // data set's backup carries no keys, so every record is sealed under the new desk's.
    const restoreInto = async (name: string, keys: FieldKeys | null) => {
      await Dexie.delete(name);
      const target = createDatabase(name);
      if (keys) unlockDatabase(target, keys);
      await openDatabase(target);
      const restore = await measured(() => restoreBackup(target, backup.result, passphrase));
      const restored = await target.cases.count();
      target.close();
      await Dexie.delete(name);
      if (restored !== cases) throw new Error(`restored ${restored} cases of ${cases}`);
      return restore;
    };
    const restore = await restoreInto('tulay-bench-restore', null);
    const sealed = await restoreInto('tulay-bench-restore-sealed', {
      data: crypto.getRandomValues(new Uint8Array(32)),
      index: crypto.getRandomValues(new Uint8Array(32)),
    });
    const perSecond = (run: typeof restore) => run.result.records / (run.time / 1000);

    return {
      metrics: {
        'backup time': ms(backup.time),
        'backup peak heap above start': figure(backup.peakAbove, 'MB'),
        'backup peak live heap above start': figure(backup.liveAbove, 'MB'),
        'file size': figure(backup.result.size / 1_048_576, 'MB'),
        'restore time': ms(restore.time),
        'restore peak heap above start': figure(restore.peakAbove, 'MB'),
        'restore peak live heap above start': figure(restore.liveAbove, 'MB'),
        'restore records/s': figure(perSecond(restore), 'records/s'),
        'restore time, sealing desk': ms(sealed.time),
        'restore peak heap above start, sealing desk': figure(sealed.peakAbove, 'MB'),
        'restore peak live heap above start, sealing desk': figure(sealed.liveAbove, 'MB'),
        'restore records/s, sealing desk': figure(perSecond(sealed), 'records/s'),
      },
      notes: [
        `${restore.result.records} records restored`,
        `${sealed.result.records} records restored and sealed (staff and keyring kept)`,
      ],
    };
  },
};
