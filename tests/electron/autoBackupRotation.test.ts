import { describe, expect, it } from 'vitest';
import {
  autoBackupName,
  backupsToDelete,
  isAutoBackupName,
} from '../../electron/main/autoBackup/rotation';

const day = (n: number) =>
  `tulay-auto-backup-2026-12-${String(n).padStart(2, '0')}-083000.tulaybackup`;

describe('automatic backup rotation', () => {
  it('names a backup by local date and time, so that names sort by age', () => {
    expect(autoBackupName(new Date(2026, 0, 5, 7, 4, 9))).toBe(
      'tulay-auto-backup-2026-01-05-070409.tulaybackup',
    );
    expect(isAutoBackupName(autoBackupName(new Date()))).toBe(true);
  });

  it('keeps the newest N of its own backups and deletes the older ones', () => {
    const present = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(day);
    const made = new Set(present);
    expect(backupsToDelete(present, made, 7).sort()).toEqual([day(1), day(2)]);
    expect(backupsToDelete(present, made, 9)).toEqual([]);
    expect(backupsToDelete(present, made, 1).sort()).toEqual(present.slice(0, 8).sort());
  });

  it('never deletes a file it did not make, even one named like its own', () => {
    const present = [
      day(1),
      day(2),
      day(3),
      'tulay-backup-2026-11-01-0900.tulaybackup', // a manual backup copied here by hand
      'tulay-replaced-2026-11-02-0900.tulaybackup',
      'notes.txt',
    ];
    // day(1) was made by another PC (not in this one's ledger).
    const made = new Set([day(2), day(3), 'notes.txt', 'tulay-backup-2026-11-01-0900.tulaybackup']);
    expect(backupsToDelete(present, made, 1)).toEqual([day(2)]);
  });

  it('ignores ledger entries that are gone from the folder, and keeps at least one', () => {
    const made = new Set([day(1), day(2), day(3)]);
    expect(backupsToDelete([day(3)], made, 2)).toEqual([]);
    expect(backupsToDelete([day(2), day(3)], made, 0)).toEqual([day(2)]);
  });

  it.each([
    '../tulay-auto-backup-2026-12-01-083000.tulaybackup',
    'tulay-auto-backup-2026-12-01.tulaybackup',
    'x.tulaybackup',
  ])('does not take %j for one of its backups', (name) => {
    expect(isAutoBackupName(name)).toBe(false);
  });
});
