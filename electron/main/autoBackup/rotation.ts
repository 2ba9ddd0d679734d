// Which automatic backups to delete so that the folder keeps the last N. Only files Tulay made
// there itself (its ledger) and named as it names them are ever candidates: a folder on a USB
// drive or a network share holds other people's files, and other backups kept by hand.

/** "tulay-auto-backup-2026-12-05-143012.tulaybackup": local time, so names sort by date. */
const AUTO_BACKUP_NAME = /^tulay-auto-backup-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.tulaybackup$/;

export function isAutoBackupName(name: string): boolean {
  return AUTO_BACKUP_NAME.test(name);
}

const two = (value: number) => String(value).padStart(2, '0');

/** The name of an automatic backup made at `at` (local time of this computer). */
export function autoBackupName(at: Date): string {
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `tulay-auto-backup-${day}-${time}.tulaybackup`;
}

/**
 * The files to delete: of those present in the folder that Tulay made and named, all but the
 * `keep` newest. Anything else in the folder is never returned.
 */
export function backupsToDelete(
  present: readonly string[],
  made: ReadonlySet<string>,
  keep: number,
): string[] {
  const ours = present
    .filter((name) => made.has(name) && isAutoBackupName(name))
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  return ours.slice(Math.max(keep, 1));
}
