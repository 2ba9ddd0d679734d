// Main's record of the automatic backups: the folder, how many files to keep, the passphrase
// locked by the operating system's key store (never in clear on disk, never in IndexedDB), and
// the files it made, so that it deletes only those. Kept in userData, written atomically.
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { defaultKeptBackups, maxKeptBackups } from '../../contract';

export const autoBackupSettingsFile = 'auto-backup.json';

const settingsSchema = z.object({
  folder: z.string().min(1).nullable().catch(null),
  keep: z.number().int().min(1).max(maxKeptBackups).catch(defaultKeptBackups),
  /** safeStorage's ciphertext, base64. */
  lockedPassphrase: z.string().min(1).nullable().catch(null),
  /** Full paths of the automatic backups Tulay wrote and has not deleted. */
  made: z.array(z.string()).catch([]),
});

export type AutoBackupSettings = z.output<typeof settingsSchema>;

export const noAutoBackupSettings: AutoBackupSettings = {
  folder: null,
  keep: defaultKeptBackups,
  lockedPassphrase: null,
  made: [],
};

/** The saved settings; none (or an unreadable file) is the same as never set up. */
export async function readAutoBackupSettings(path: string): Promise<AutoBackupSettings> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ...noAutoBackupSettings };
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...noAutoBackupSettings };
  } catch {
    return { ...noAutoBackupSettings };
  }
}

/** Written to a temporary file first, then renamed over: a crash never leaves half a file. */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export function writeAutoBackupSettings(path: string, settings: AutoBackupSettings) {
  return writeFileAtomically(path, JSON.stringify(settings, null, 2));
}
