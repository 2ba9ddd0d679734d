// One automatic backup into the folder the officer chose (desktop): the passphrase main keeps,
// the same file as "Back up now", written by main in that folder, and the outcome remembered so
// that Settings can say when it last worked, where, or what went wrong.
import type { WriteContext } from '../../db';
import type { AutoBackupPlatform } from '../../platform';
import { backupDatabase, type BackupOptions } from './backupDatabase';
import {
  recordAutoBackupOutcome,
  recordBackupMade,
  type AutoBackupOutcome,
} from './backupSettings';

export type AutoBackupRun = 'off' | AutoBackupOutcome;

/** Backs up now if automatic backups are on; 'off' when they are not. */
export async function runAutoBackup(
  ctx: WriteContext,
  auto: AutoBackupPlatform,
  options: Pick<BackupOptions, 'testIterations' | 'onProgress'> & { now?: Date } = {},
): Promise<AutoBackupRun> {
  const status = await auto.status();
  if (!status.enabled) return 'off';
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const fail = async (reason: AutoBackupOutcome['reason']) => {
    const outcome: AutoBackupOutcome = { at, outcome: 'failed', folder: status.folder, reason };
    await recordAutoBackupOutcome(ctx, outcome);
    return outcome;
  };
  const passphrase = await auto.passphrase();
  if (passphrase === null) return fail('noPassphrase');
  let records = 0;
  const blob = await backupDatabase(ctx.db, passphrase, {
    now,
    testIterations: options.testIterations,
    onProgress: (done, total) => {
      records = done;
      options.onProgress?.(done, total);
    },
  });
  const written = await auto.write(blob);
  if (written.status === 'failed') return fail(written.reason);
  const outcome: AutoBackupOutcome = {
    at,
    outcome: 'saved',
    folder: written.folder,
    fileName: written.fileName,
  };
  await recordAutoBackupOutcome(ctx, outcome);
  await recordBackupMade(ctx, { at, records, kind: 'automatic', place: written.folder });
  return outcome;
}
