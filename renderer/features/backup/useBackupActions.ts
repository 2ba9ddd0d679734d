// "Back up now" and "Restore" from the Settings panel: what each is doing, and what went wrong
// in words the officer can act on. A restore over data saves a copy of that data first; if that
// copy is not saved (the save dialog cancelled, the disk full), nothing is replaced.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteContext } from '../../db';
import { platform, SaveFailedError } from '../../platform';
import { useErrorText } from '../../ui/useErrorText';
import { useLockDesk } from '../accounts';
import { holdsData, restoreBackup, writeBackup } from './backupDatabase';
import { BackupError } from './backupFormat';
import {
  BACKUP_EXTENSION,
  backupFileName,
  recordBackup,
  recordBackupMade,
  recordRestore,
} from './backupSettings';

export type BackupPhase =
  | 'idle'
  | 'backingUp'
  | 'backedUp'
  | 'checking'
  | 'savingCopy'
  | 'replacing'
  | 'restored'
  | 'failed';

export interface BackupState {
  phase: BackupPhase;
  progress?: { done: number; total: number };
  /** Where the file went (a path, or a download's name). */
  savedTo?: string;
  /** Where the copy of the replaced data went. */
  copySavedTo?: string;
  records?: number;
  error?: string;
}

/**
 * A restore reads files up to this size: it reads them a chunk at a time, twice, never whole (a
 * 100,000-case desk makes about 710 MB). The desktop opens at most `maxOpenBytes` (256 MB) for
 * now: its open dialog hands the file over IPC in one piece (docs/backup.md).
 */
export const MAX_BACKUP_BYTES = 4 * 1024 * 1024 * 1024;

class CopyNotSaved extends Error {
  constructor() {
    super('The copy of the current data was not saved');
    this.name = 'CopyNotSaved';
  }
}

/** Why the desktop could not write the file, in words (SaveFailedError). */
const saveProblems = {
  folderMissing: 'problems.save.folderMissing',
  diskFull: 'problems.save.diskFull',
  notWritable: 'problems.save.notWritable',
} as const;

export function useBackupActions() {
  const ctx = useWriteContext();
  const { t } = useTranslation('backup');
  const reasonOf = useErrorText();
  const lock = useLockDesk();
  const [state, setState] = useState<BackupState>({ phase: 'idle' });
  const filters = useMemo(() => [{ name: t('fileType'), extensions: [BACKUP_EXTENSION] }], [t]);

  const describe = useCallback(
    (error: unknown) => {
      if (error instanceof BackupError) return t(`problems.${error.problem}`);
      if (error instanceof CopyNotSaved) return t('problems.copyNotSaved');
      if (error instanceof SaveFailedError && error.reason in saveProblems) {
        return t(saveProblems[error.reason as keyof typeof saveProblems]);
      }
      return t('problems.other', { reason: reasonOf(error) });
    },
    [t, reasonOf],
  );

  const backUp = useCallback(
    async (passphrase: string) => {
      setState({ phase: 'backingUp', progress: { done: 0, total: 0 } });
      try {
        const now = new Date();
        let records = 0;
        // The desktop asks where first, then writes the file as it is made.
        const savedTo = await platform.saveStream(backupFileName(now), filters, async (write) => {
          records = await writeBackup(ctx.db, passphrase, write, {
            now,
            onProgress: (done, total) =>
              setState({ phase: 'backingUp', progress: { done, total } }),
          });
        });
        if (savedTo === null) {
          setState({ phase: 'idle' });
          return;
        }
        await recordBackupMade(ctx, {
          at: now.toISOString(),
          records,
          kind: 'manual',
          place: savedTo,
        });
        setState({ phase: 'backedUp', savedTo, records });
      } catch (error) {
        setState({ phase: 'failed', error: describe(error) });
      }
    },
    [ctx, describe, filters],
  );

  const restore = useCallback(
    async (file: Blob, passphrase: string) => {
      setState({ phase: 'checking' });
      let copySavedTo: string | undefined;
      try {
        const result = await restoreBackup(ctx.db, file, passphrase, {
          saveSafetyCopy: async () => {
            setState({ phase: 'savingCopy' });
            const now = new Date();
            const saved = await platform.saveStream(
              backupFileName(now, 'replaced'),
              filters,
              async (write) => {
                await writeBackup(ctx.db, passphrase, write, { now });
              },
            );
            if (saved === null) throw new CopyNotSaved();
            copySavedTo = saved;
            setState({ phase: 'replacing', copySavedTo });
          },
          onProgress: (done, total) =>
            setState({ phase: 'replacing', copySavedTo, progress: { done, total } }),
        });
        const at = new Date().toISOString();
        // The desk now holds what that file held: it is its latest backup.
        await recordBackup(ctx, { at: result.createdAt, records: result.records });
        await recordRestore(ctx, { at, backupMadeAt: result.createdAt, records: result.records });
        setState({ phase: 'restored', records: result.records, copySavedTo });
        // The records are now sealed with the restored desk's keys, which only its keyring's
        // passphrases lead to: back to the sign-in screen, which says so (docs/backup.md).
        if (result.keysChanged) await lock('restored');
      } catch (error) {
        setState({ phase: 'failed', error: describe(error), copySavedTo });
      }
    },
    [ctx, describe, filters, lock],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  const replacesData = useCallback(() => holdsData(ctx.db), [ctx]);

  return { state, backUp, restore, reset, filters, replacesData };
}
