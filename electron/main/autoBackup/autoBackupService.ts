// Automatic backups in the folder the officer chose. The renderer makes the encrypted file (it
// holds the database) and hands it over in pieces; main writes them to a temporary file in that
// folder, renames it into place once complete, then deletes the oldest of the backups it made
// there beyond the last N. See docs/backup.md.
import { randomUUID } from 'node:crypto';
import { lstat, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type {
  AppendAutoBackupResult,
  AutoBackupStatus,
  BeginAutoBackupResult,
  ConfigureAutoBackupRequest,
  FinishAutoBackupResult,
} from '../../contract';
import {
  readAutoBackupSettings,
  writeAutoBackupSettings,
  type AutoBackupSettings,
} from './autoBackupSettings';
import { failureReason } from './failureReason';
import { autoBackupName, backupsToDelete } from './rotation';

/** The operating system's key store, as Electron's safeStorage offers it. */
export interface SecretStore {
  /** false when there is no protected store (then automatic backup is not offered). */
  isAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

export interface AutoBackupDeps {
  /** Where main keeps its settings (in userData). */
  settingsPath: string;
  secrets: SecretStore;
  now?: () => Date;
}

interface Write {
  handle: FileHandle;
  temporary: string;
  target: string;
  folder: string;
  fileName: string;
}

export type AutoBackupService = ReturnType<typeof createAutoBackupService>;

export function createAutoBackupService({
  settingsPath,
  secrets,
  now = () => new Date(),
}: AutoBackupDeps) {
  const writes = new Map<string, Write>();
  const read = () => readAutoBackupSettings(settingsPath);
  const save = (settings: AutoBackupSettings) => writeAutoBackupSettings(settingsPath, settings);

  const statusOf = (settings: AutoBackupSettings): AutoBackupStatus => {
    const available = secrets.isAvailable();
    return {
      available,
      folder: settings.folder,
      keep: settings.keep,
      enabled: available && settings.folder !== null && settings.lockedPassphrase !== null,
    };
  };

  async function discard(id: string) {
    const write = writes.get(id);
    if (!write) return;
    writes.delete(id);
    await write.handle.close().catch(() => {});
    await rm(write.temporary, { force: true }).catch(() => {});
  }

  /** Deletes the oldest backups Tulay made in the folder beyond `keep`; returns how many. */
  async function rotate(folder: string): Promise<number> {
    const settings = await read();
    const made = new Set(settings.made);
    const present = await readdir(folder);
    const ours = new Set(
      [...made].filter((path) => dirname(path) === folder).map((path) => basename(path)),
    );
    let deleted = 0;
    for (const name of backupsToDelete(present, ours, settings.keep)) {
      const path = join(folder, name);
      // Never follow a link out of the folder, never remove a directory.
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile()) continue;
      await rm(path);
      made.delete(path);
      deleted += 1;
    }
    // Files someone removed by hand leave the ledger too.
    const stillThere = new Set(present);
    const kept = [...made].filter(
      (path) => dirname(path) !== folder || stillThere.has(basename(path)),
    );
    await save({ ...settings, made: kept });
    return deleted;
  }

  return {
    async status() {
      return statusOf(await read());
    },

    /** Remembers the folder the officer picked in the native dialog. */
    async setFolder(folder: string) {
      const settings = { ...(await read()), folder };
      await save(settings);
      return statusOf(settings);
    },

    async configure(request: ConfigureAutoBackupRequest) {
      const settings = { ...(await read()), keep: request.keep };
      if (request.passphrase !== undefined) {
        if (!secrets.isAvailable()) {
          throw new Error('The passphrase cannot be kept: no protected key store on this computer');
        }
        if (settings.folder === null) throw new Error('Choose the backup folder first');
        settings.lockedPassphrase = secrets.encryptString(request.passphrase).toString('base64');
      }
      await save(settings);
      return statusOf(settings);
    },

    /** Forgets the folder and the passphrase; the files already written stay where they are. */
    async turnOff() {
      const settings = { ...(await read()), folder: null, lockedPassphrase: null };
      await save(settings);
      return statusOf(settings);
    },

    async passphrase(): Promise<string | null> {
      const { lockedPassphrase } = await read();
      if (lockedPassphrase === null || !secrets.isAvailable()) return null;
      try {
        return secrets.decryptString(Buffer.from(lockedPassphrase, 'base64'));
      } catch {
        return null;
      }
    },

    async begin(): Promise<BeginAutoBackupResult> {
      const settings = await read();
      if (!secrets.isAvailable()) return { status: 'failed', reason: 'unavailable' };
      const { folder } = settings;
      if (folder === null || settings.lockedPassphrase === null) {
        return { status: 'failed', reason: 'noFolder' };
      }
      // One backup at a time: one left open by a renderer that reloaded is dropped.
      for (const id of [...writes.keys()]) await discard(id);
      const writeId = randomUUID();
      const fileName = autoBackupName(now());
      const temporary = join(folder, `.${fileName}.${writeId}.partial`);
      try {
        if (!(await stat(folder)).isDirectory())
          return { status: 'failed', reason: 'folderMissing' };
        const handle = await open(temporary, 'wx');
        writes.set(writeId, {
          handle,
          temporary,
          target: join(folder, fileName),
          folder,
          fileName,
        });
        return { status: 'started', writeId, fileName };
      } catch (error) {
        return { status: 'failed', reason: failureReason(error) };
      }
    },

    async append(writeId: string, data: Uint8Array): Promise<AppendAutoBackupResult> {
      const write = writes.get(writeId);
      if (!write) throw new Error('No automatic backup is being written under that id');
      try {
        await write.handle.writeFile(data);
        return { status: 'written' };
      } catch (error) {
        await discard(writeId);
        return { status: 'failed', reason: failureReason(error) };
      }
    },

    async finish(writeId: string): Promise<FinishAutoBackupResult> {
      const write = writes.get(writeId);
      if (!write) throw new Error('No automatic backup is being written under that id');
      try {
        // On disk before it takes the real name: a power cut leaves a .partial, never half a backup.
        await write.handle.sync();
        await write.handle.close();
        await rename(write.temporary, write.target);
        writes.delete(writeId);
      } catch (error) {
        await discard(writeId);
        return { status: 'failed', reason: failureReason(error) };
      }
      // The backup is saved. It joins the ledger first, so that it is rotated out in its turn;
      // an old file that cannot be deleted now is tried again next time.
      const deleted = await read()
        .then((settings) =>
          save({ ...settings, made: [...new Set([...settings.made, write.target])] }),
        )
        .then(() => rotate(write.folder))
        .catch(() => 0);
      return { status: 'saved', folder: write.folder, fileName: write.fileName, deleted };
    },

    async abort(writeId: string): Promise<null> {
      await discard(writeId);
      return null;
    },
  };
}
