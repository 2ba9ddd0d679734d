// The automatic backups in main, on a real temporary folder: the passphrase kept only locked by
// the key store, files written under a temporary name and renamed when complete, the last N kept,
// and what the officer is told when the folder is gone. The key store is the one fake (a true
// boundary: Electron's safeStorage cannot run here).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAutoBackupService,
  type SecretStore,
} from '../../electron/main/autoBackup/autoBackupService';
import { writeFileAtomically } from '../../electron/main/autoBackup/autoBackupSettings';
import { failureReason } from '../../electron/main/autoBackup/failureReason';

const passphrase = 'Mabuhay ang Legazpi 2026';

function fakeKeyStore(available = true): SecretStore & { available: boolean } {
  return {
    available,
    isAvailable() {
      return this.available;
    },
    encryptString: (text) => Buffer.from(`locked:${Buffer.from(text).toString('hex')}`),
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('locked:')) throw new Error('not ours');
      return Buffer.from(text.slice(7), 'hex').toString();
    },
  };
}

let dir: string;
let folder: string;
let settingsPath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tulay-auto-backup-'));
  folder = join(dir, 'usb');
  await mkdir(folder);
  settingsPath = join(dir, 'userData-auto-backup.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function service(
  clock: { now: Date } = { now: new Date(2026, 11, 5, 9, 0, 0) },
  keys = fakeKeyStore(),
) {
  return createAutoBackupService({ settingsPath, secrets: keys, now: () => clock.now });
}

async function turnedOn(clock?: { now: Date }, keep = 7) {
  const auto = service(clock);
  await auto.setFolder(folder);
  await auto.configure({ keep, passphrase });
  return auto;
}

async function backUp(auto: ReturnType<typeof service>, pieces: string[]) {
  const begun = await auto.begin();
  if (begun.status !== 'started') throw new Error(`not started: ${begun.reason}`);
  for (const piece of pieces) {
    expect(await auto.append(begun.writeId, Buffer.from(piece))).toEqual({ status: 'written' });
  }
  return auto.finish(begun.writeId);
}

describe('automatic backups in main', () => {
  it('keeps the passphrase only locked by the key store, and gives it back', async () => {
    const auto = await turnedOn();
    expect(await auto.status()).toEqual({ available: true, folder, keep: 7, enabled: true });
    const onDisk = await readFile(settingsPath, 'utf8');
    expect(onDisk).not.toContain(passphrase);
    expect(await auto.passphrase()).toBe(passphrase);
    // Settings restarted from disk (a new run of the app) still know it.
    expect(await service().passphrase()).toBe(passphrase);
  });

  it('offers nothing without a protected key store, and never writes the passphrase', async () => {
    const keys = fakeKeyStore(false);
    const auto = service(undefined, keys);
    await auto.setFolder(folder);
    await expect(auto.configure({ keep: 7, passphrase })).rejects.toThrow(/key store/);
    expect(await auto.status()).toMatchObject({ available: false, enabled: false });
    expect(await auto.begin()).toEqual({ status: 'failed', reason: 'unavailable' });
    expect(await readFile(settingsPath, 'utf8')).not.toContain(passphrase);
    expect(await auto.passphrase()).toBeNull();
  });

  it('writes under a temporary name and gives the file its name only when complete', async () => {
    const auto = await turnedOn();
    const begun = await auto.begin();
    if (begun.status !== 'started') throw new Error('not started');
    await auto.append(begun.writeId, Buffer.from('TULAYBAK first piece|'));
    // Half-way: nothing under a backup's name yet, only the hidden partial file.
    const during = await readdir(folder);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.tulay-auto-backup-.*\.partial$/);
    await auto.append(begun.writeId, Buffer.from('second piece'));
    const done = await auto.finish(begun.writeId);
    expect(done).toEqual({
      status: 'saved',
      folder,
      fileName: 'tulay-auto-backup-2026-12-05-090000.tulaybackup',
      deleted: 0,
    });
    expect(await readdir(folder)).toEqual(['tulay-auto-backup-2026-12-05-090000.tulaybackup']);
    expect(await readFile(join(folder, begun.fileName), 'utf8')).toBe(
      'TULAYBAK first piece|second piece',
    );
  });

  it('keeps the last N of its backups and leaves every other file in the folder alone', async () => {
    const clock = { now: new Date(2026, 11, 1, 9, 0, 0) };
    await writeFile(join(folder, 'tulay-backup-2026-11-01-0900.tulaybackup'), 'by hand');
    await writeFile(join(folder, 'tulay-auto-backup-2026-10-01-090000.tulaybackup'), 'other PC');
    await writeFile(join(folder, 'minutes.docx'), 'meeting');
    const auto = await turnedOn(clock, 3);
    const deleted: number[] = [];
    for (let day = 1; day <= 5; day++) {
      clock.now = new Date(2026, 11, day, 9, 0, 0);
      const result = await backUp(auto, [`day ${day}`]);
      if (result.status !== 'saved') throw new Error(result.reason);
      deleted.push(result.deleted);
    }
    expect(deleted).toEqual([0, 0, 0, 1, 1]);
    expect((await readdir(folder)).sort()).toEqual([
      'minutes.docx',
      'tulay-auto-backup-2026-10-01-090000.tulaybackup',
      'tulay-auto-backup-2026-12-03-090000.tulaybackup',
      'tulay-auto-backup-2026-12-04-090000.tulaybackup',
      'tulay-auto-backup-2026-12-05-090000.tulaybackup',
      'tulay-backup-2026-11-01-0900.tulaybackup',
    ]);
  });

  it('says the folder is missing when the USB drive is gone, and leaves nothing behind', async () => {
    const auto = await turnedOn();
    await rm(folder, { recursive: true });
    expect(await auto.begin()).toEqual({ status: 'failed', reason: 'folderMissing' });
  });

  it('drops an unfinished backup on abort, and refuses to go on with it', async () => {
    const auto = await turnedOn();
    const begun = await auto.begin();
    if (begun.status !== 'started') throw new Error('not started');
    await auto.append(begun.writeId, Buffer.from('half'));
    await auto.abort(begun.writeId);
    expect(await readdir(folder)).toEqual([]);
    await expect(auto.finish(begun.writeId)).rejects.toThrow(/No automatic backup/);
  });

  it('does not back up before a folder and passphrase are set, nor after it is turned off', async () => {
    const auto = service();
    expect(await auto.begin()).toEqual({ status: 'failed', reason: 'noFolder' });
    await auto.setFolder(folder);
    await auto.configure({ keep: 7, passphrase });
    const off = await auto.turnOff();
    expect(off).toMatchObject({ enabled: false, folder: null });
    expect(await auto.passphrase()).toBeNull();
    expect(await auto.begin()).toEqual({ status: 'failed', reason: 'noFolder' });
  });

  it('puts file system errors into the words the officer is shown', () => {
    expect(failureReason(Object.assign(new Error(), { code: 'ENOSPC' }))).toBe('diskFull');
    expect(failureReason(Object.assign(new Error(), { code: 'ENOENT' }))).toBe('folderMissing');
    expect(failureReason(Object.assign(new Error(), { code: 'EROFS' }))).toBe('notWritable');
    expect(failureReason(Object.assign(new Error(), { code: 'EACCES' }))).toBe('notWritable');
    expect(failureReason(new Error('strange'))).toBe('other');
  });

  it('replaces its settings file whole, never leaving a temporary one', async () => {
    const path = join(dir, 'settings.json');
    await writeFileAtomically(path, 'first');
    await writeFileAtomically(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect((await readdir(dir)).filter((name) => name.startsWith('settings'))).toEqual([
      'settings.json',
    ]);
  });
});
