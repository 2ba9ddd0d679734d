// What the desk remembers about its backups, in the settings table (written through the write
// path, so each backup and restore leaves its entry in the audit trail): when the last backup
// was made, and the last restore.
import { localDay } from '../../../domain/localDay';
import { uuidv7 } from '../../../domain/ids';
import {
  createRecord,
  recordAccess,
  updateReadRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';
import type { AutoBackupFailure } from '../../platform';

export const BACKUP_SETTING_KEYS = {
  lastBackup: 'lastBackup',
  lastRestore: 'lastRestore',
  autoBackup: 'autoBackup',
} as const;

export interface LastBackup {
  /** When the file was made (ISO). */
  at: string;
  /** Records it holds. */
  records: number;
  /** Made by the officer (Back up now) or by the desktop's daily automatic backup. */
  kind?: 'manual' | 'automatic';
  /** Where it went: a path on the desktop, a download's name in a browser. */
  place?: string;
}

/**
 * How many automatic backups the folder keeps: the default and the most (the renderer may not
 * import values from electron/contract.ts; a test keeps these equal to its own).
 */
export const KEPT_BACKUPS = { default: 7, max: 60 } as const;

/** Why an automatic backup failed: main's reasons, or the saved passphrase could not be read. */
export type AutoBackupProblem = AutoBackupFailure | 'noPassphrase';

/** The last automatic backup tried on this desk, and how it went. */
export interface AutoBackupOutcome {
  at: string;
  outcome: 'saved' | 'failed';
  folder: string | null;
  fileName?: string;
  reason?: AutoBackupProblem;
}

export interface LastRestore {
  at: string;
  /** When the restored file had been made. */
  backupMadeAt: string;
  records: number;
}

/** A reminder shows when the last backup is this many days old or more, or there is none. */
export const BACKUP_DUE_AFTER_DAYS = 7;

// As settings/settingsRepository.ts reads and writes a setting (features do not import each
// other in a circle, and Settings shows this feature's panel).
async function readSetting<T>(db: TulayDatabase, key: string): Promise<T | undefined> {
  const record = await db.settings.get({ key });
  return record && !record.deletedAt ? (record.value as T) : undefined;
}

async function writeSetting(ctx: WriteContext, key: string, value: unknown) {
  await ctx.db.transaction('rw', [ctx.db.settings, ctx.db.audit, ctx.db.outbox], async () => {
    const existing = await ctx.db.settings.get({ key });
    if (existing) await updateReadRecord(ctx, 'settings', existing, { value });
    else await createRecord(ctx, 'settings', { key, value });
  });
}

export function readLastBackup(db: TulayDatabase) {
  return readSetting<LastBackup>(db, BACKUP_SETTING_KEYS.lastBackup);
}

/** Remembers the desk's latest backup (after a restore, the file restored). */
export function recordBackup(ctx: WriteContext, backup: LastBackup) {
  return writeSetting(ctx, BACKUP_SETTING_KEYS.lastBackup, backup);
}

export function readAutoBackupOutcome(db: TulayDatabase) {
  return readSetting<AutoBackupOutcome>(db, BACKUP_SETTING_KEYS.autoBackup);
}

export function recordAutoBackupOutcome(ctx: WriteContext, outcome: AutoBackupOutcome) {
  return writeSetting(ctx, BACKUP_SETTING_KEYS.autoBackup, outcome);
}

/** Whether today (local day) still lacks its automatic backup. */
export function autoBackupIsDue(last: AutoBackupOutcome | undefined, now: Date = new Date()) {
  return !(last?.outcome === 'saved' && localDay(new Date(last.at)) === localDay(now));
}

/** A backup file made: the audit trail names it as such (not as a changed setting). */
export async function recordBackupMade(ctx: WriteContext, backup: LastBackup) {
  await recordAccess(ctx, 'backup', 'settings', uuidv7());
  await recordBackup(ctx, backup);
}

/** The database replaced by a backup: audited as a restore, and remembered. */
export async function recordRestore(ctx: WriteContext, restore: LastRestore) {
  await recordAccess(ctx, 'restore', 'settings', uuidv7());
  await writeSetting(ctx, BACKUP_SETTING_KEYS.lastRestore, restore);
}

/** Whether to remind the officer: no backup yet, or the last one a week old or more (local days). */
export function backupIsDue(last: LastBackup | undefined, now: Date = new Date()): boolean {
  if (!last) return true;
  return localDay(new Date(last.at), BACKUP_DUE_AFTER_DAYS) <= localDay(now);
}

/**
 * "tulay-backup-2026-12-05-1430.tulaybackup", local time, so that names sort by date; a copy of
 * data a restore replaced is "tulay-replaced-…".
 */
export function backupFileName(at: Date = new Date(), kind: 'backup' | 'replaced' = 'backup') {
  const time = `${String(at.getHours()).padStart(2, '0')}${String(at.getMinutes()).padStart(2, '0')}`;
  return `tulay-${kind}-${localDay(at)}-${time}.${BACKUP_EXTENSION}`;
}

export const BACKUP_EXTENSION = 'tulaybackup';
