// The automatic-backup channels behind the IPC guard, as the renderer's frame calls them: every
// argument is checked before main acts, the folder comes only from the native dialog, and a
// backup sent in pieces lands in that folder. The dialog and the key store are the fakes.
import type { IpcMainInvokeEvent } from 'electron';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, maxBackupPieceBytes, type ChannelKey } from '../../electron/contract';
import { createAutoBackupService } from '../../electron/main/autoBackup/autoBackupService';
import { autoBackupHandlers } from '../../electron/main/ipc/autoBackup';
import { handleChannel, type ChannelHandler } from '../../electron/main/security/ipcGuard';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const appFrame = { senderFrame: { url: 'app://tulay/index.html' } } as IpcMainInvokeEvent;

let dir: string;
let folder: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tulay-auto-backup-ipc-'));
  folder = join(dir, 'share');
  await mkdir(folder);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

function registered(pick: () => Promise<string | null> = () => Promise.resolve(folder)) {
  const service = createAutoBackupService({
    settingsPath: join(dir, 'auto-backup.json'),
    secrets: {
      isAvailable: () => true,
      encryptString: (text) => Buffer.from(text).reverse(),
      decryptString: (data) => Buffer.from(data).reverse().toString(),
    },
  });
  const pickFolder = vi.fn(pick);
  const handlers = autoBackupHandlers(() => service, pickFolder);
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  };
  for (const [key, handler] of Object.entries(handlers)) {
    handleChannel(ipcMain, key as ChannelKey, handler as ChannelHandler<ChannelKey>, {
      devOrigin: null,
    });
  }
  const invoke = (key: keyof typeof handlers, ...args: unknown[]) =>
    listeners.get(contract[key].channel)!(appFrame, ...args);
  return { invoke, pickFolder, listeners };
}

describe('automatic backup channels', () => {
  it('takes the folder from the native dialog only, and reports a cancel as null', async () => {
    const { invoke, pickFolder } = registered();
    await expect(invoke('chooseBackupFolder', '/etc')).rejects.toThrow(/invalid arguments/);
    expect(pickFolder).not.toHaveBeenCalled();
    await expect(invoke('chooseBackupFolder')).resolves.toMatchObject({ folder, enabled: false });
    pickFolder.mockResolvedValueOnce(null);
    await expect(invoke('chooseBackupFolder')).resolves.toBeNull();
    await expect(invoke('autoBackupStatus')).resolves.toMatchObject({ folder });
  });

  it.each([
    [{ keep: 0 }],
    [{ keep: 61 }],
    [{ keep: 1.5 }],
    [{ keep: '7' }],
    [{ keep: 7, passphrase: 'short' }],
    [{ keep: 7, passphrase: 'x'.repeat(1025) }],
    [{ keep: 7, folder: '/etc' }],
    [null],
  ])('refuses the settings %j', async (request) => {
    const { invoke } = registered();
    await invoke('chooseBackupFolder');
    await expect(invoke('configureAutoBackup', request)).rejects.toThrow(/invalid arguments/);
    await expect(invoke('autoBackupStatus')).resolves.toMatchObject({ keep: 7, enabled: false });
  });

  it('refuses pieces that are not bytes, too large, or for a made-up write', async () => {
    const { invoke } = registered();
    await invoke('chooseBackupFolder');
    await invoke('configureAutoBackup', { keep: 7, passphrase: 'a long enough passphrase' });
    const begun = (await invoke('beginAutoBackup')) as { writeId: string };
    const hostile: unknown[][] = [
      [begun.writeId, 'text, not bytes'],
      [begun.writeId, new Uint8Array(0)],
      [begun.writeId, new Uint8Array(maxBackupPieceBytes + 1)],
      ['../../etc/passwd', new Uint8Array(4)],
      [begun.writeId],
    ];
    for (const args of hostile) {
      await expect(invoke('appendAutoBackup', ...args)).rejects.toThrow(/invalid arguments/);
    }
    await expect(invoke('finishAutoBackup', 'not-an-id')).rejects.toThrow(/invalid arguments/);
    await expect(
      invoke('appendAutoBackup', crypto.randomUUID(), new Uint8Array(4)),
    ).rejects.toThrow(/No automatic backup/);
    // The real backup goes through, whole.
    await invoke('appendAutoBackup', begun.writeId, new TextEncoder().encode('TULAYBAK…'));
    const saved = await invoke('finishAutoBackup', begun.writeId);
    expect(saved).toMatchObject({ status: 'saved', folder, deleted: 0 });
    expect(await readdir(folder)).toEqual([(saved as { fileName: string }).fileName]);
  });

  it("gives the saved passphrase back only to Tulay's own page", async () => {
    const { invoke, listeners } = registered();
    await invoke('chooseBackupFolder');
    await invoke('configureAutoBackup', { keep: 7, passphrase: 'a long enough passphrase' });
    await expect(invoke('autoBackupPassphrase')).resolves.toBe('a long enough passphrase');
    const evil = { senderFrame: { url: 'https://evil.com/' } } as IpcMainInvokeEvent;
    await expect(listeners.get(contract.autoBackupPassphrase.channel)!(evil)).rejects.toThrow(
      /refused/,
    );
  });
});
