// A large file saved as the renderer makes it (a manual backup), through the IPC guard as the
// renderer's frame calls it: the path comes only from the save dialog (a fake here), the pieces
// land in order in a temporary file beside the chosen one, which takes the chosen name only at
// the end; a cancel or a failure leaves no temporary file, and one save at a time.
import type { IpcMainInvokeEvent } from 'electron';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, maxBackupPieceBytes, type ChannelKey } from '../../electron/contract';
import { saveStreamHandlers } from '../../electron/main/ipc/saveStream';
import { ABANDONED_AFTER_MS, createSaveStreams } from '../../electron/main/saveStream/saveStreams';
import { handleChannel, type ChannelHandler } from '../../electron/main/security/ipcGuard';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const frame = (id: number) =>
  ({ senderFrame: { url: 'app://tulay/index.html' }, sender: { id } }) as IpcMainInvokeEvent;
const appFrame = frame(1);
const request = { suggestedName: 'tulay-backup.tulaybackup', filters: [] };
const bytes = (text: string) => new TextEncoder().encode(text);

let dir: string;
let folder: string;
let target: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tulay-save-stream-'));
  folder = join(dir, 'usb');
  await mkdir(folder);
  target = join(folder, 'chosen.tulaybackup');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

function registered(pick: () => Promise<string | null> = () => Promise.resolve(target)) {
  let clock = 0;
  const streams = createSaveStreams({ now: () => clock });
  const askPath = vi.fn(pick);
  const handlers = saveStreamHandlers(streams, askPath);
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  };
  for (const [key, handler] of Object.entries(handlers)) {
    handleChannel(ipcMain, key as ChannelKey, handler as ChannelHandler<ChannelKey>, {
      devOrigin: null,
    });
  }
  const call =
    (event: IpcMainInvokeEvent) =>
    (key: keyof typeof handlers, ...args: unknown[]) =>
      listeners.get(contract[key].channel)!(event, ...args);
  const advance = (ms: number) => (clock += ms);
  return { invoke: call(appFrame), from: call, askPath, advance };
}

async function begin(invoke: ReturnType<typeof registered>['invoke']) {
  const begun = (await invoke('beginSaveStream', request)) as { status: string; writeId: string };
  expect(begun.status).toBe('started');
  return begun.writeId;
}

describe('saving a file as it is made', () => {
  it('writes the pieces in order and gives the file its name only at the end', async () => {
    const { invoke, askPath } = registered();
    const writeId = await begin(invoke);
    expect(askPath).toHaveBeenCalledWith(appFrame, request.suggestedName, []);
    for (const piece of ['TULAYBAK', '-one', '-two', '-three']) {
      await expect(invoke('appendSaveStream', writeId, bytes(piece))).resolves.toEqual({
        status: 'written',
      });
    }
    // Until it is finished, only a hidden temporary file in the chosen folder.
    const during = await readdir(folder);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.chosen\.tulaybackup\..+\.partial$/);
    await expect(invoke('finishSaveStream', writeId)).resolves.toEqual({
      status: 'saved',
      path: target,
    });
    expect(await readdir(folder)).toEqual(['chosen.tulaybackup']);
    expect(await readFile(target, 'utf8')).toBe('TULAYBAK-one-two-three');
    // Done: the id is spent.
    await expect(invoke('appendSaveStream', writeId, bytes('x'))).rejects.toThrow(/No file/);
  });

  it('leaves an existing file as it was, and no temporary file, when the save is abandoned', async () => {
    await writeFile(target, 'last week');
    const { invoke } = registered();
    const writeId = await begin(invoke);
    await invoke('appendSaveStream', writeId, bytes('half a backup'));
    await expect(invoke('abortSaveStream', writeId)).resolves.toBeNull();
    expect(await readdir(folder)).toEqual(['chosen.tulaybackup']);
    expect(await readFile(target, 'utf8')).toBe('last week');
    await expect(invoke('finishSaveStream', writeId)).rejects.toThrow(/No file/);
  });

  it('reports a folder that is gone in a word, and leaves nothing behind', async () => {
    const { invoke } = registered(() => Promise.resolve(join(dir, 'unplugged', 'x.tulaybackup')));
    await expect(invoke('beginSaveStream', request)).resolves.toEqual({
      status: 'failed',
      reason: 'folderMissing',
    });
    // The failure freed the way for the next save.
    const second = registered();
    await begin(second.invoke);
  });

  it('removes the temporary file when the folder disappears before the end', async () => {
    const { invoke } = registered();
    const writeId = await begin(invoke);
    await invoke('appendSaveStream', writeId, bytes('TULAYBAK'));
    await rm(folder, { recursive: true });
    const finished = await invoke('finishSaveStream', writeId);
    expect(finished).toMatchObject({ status: 'failed' });
    await expect(readdir(folder)).rejects.toThrow();
    await mkdir(folder);
    await begin(invoke);
  });

  it('reports a cancelled dialog as null, with nothing written', async () => {
    const { invoke } = registered(() => Promise.resolve(null));
    await expect(invoke('beginSaveStream', request)).resolves.toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('takes no path from the renderer, only a bare suggested name', async () => {
    const { invoke, askPath } = registered();
    const hostile: unknown[] = [
      { ...request, path: '/etc/passwd' },
      { ...request, suggestedName: '../../etc/passwd' },
      { ...request, suggestedName: 'C:\\Windows\\evil.dll' },
      { ...request, data: 'the whole file' },
      null,
    ];
    for (const argument of hostile) {
      await expect(invoke('beginSaveStream', argument)).rejects.toThrow(/invalid arguments/);
    }
    expect(askPath).not.toHaveBeenCalled();
  });

  it('refuses pieces that are not bytes, too large, or for another write', async () => {
    const { invoke } = registered();
    const writeId = await begin(invoke);
    const hostile: unknown[][] = [
      [writeId, 'text, not bytes'],
      [writeId, new Uint8Array(0)],
      [writeId, new Uint8Array(maxBackupPieceBytes + 1)],
      ['../../etc/passwd', new Uint8Array(4)],
      [writeId],
    ];
    for (const args of hostile) {
      await expect(invoke('appendSaveStream', ...args)).rejects.toThrow(/invalid arguments/);
    }
    await expect(invoke('appendSaveStream', crypto.randomUUID(), bytes('x'))).rejects.toThrow(
      /No file/,
    );
    await invoke('appendSaveStream', writeId, bytes('whole'));
    await invoke('finishSaveStream', writeId);
    expect(await readFile(target, 'utf8')).toBe('whole');
  });

  it('refuses a second save while one is being written, before any dialog', async () => {
    const { invoke, askPath } = registered();
    const writeId = await begin(invoke);
    await expect(invoke('beginSaveStream', request)).rejects.toThrow(/Another file/);
    expect(askPath).toHaveBeenCalledTimes(1);
    await invoke('appendSaveStream', writeId, bytes('first'));
    await invoke('finishSaveStream', writeId);
    expect(await readFile(target, 'utf8')).toBe('first');
    await begin(invoke);
  });

  it('lets only the window that began the save add to it', async () => {
    const { invoke, from } = registered();
    const writeId = await begin(invoke);
    const other = from(frame(2));
    await expect(other('appendSaveStream', writeId, bytes('x'))).rejects.toThrow(/No file/);
    await expect(other('finishSaveStream', writeId)).rejects.toThrow(/No file/);
    await other('abortSaveStream', writeId);
    await invoke('appendSaveStream', writeId, bytes('mine'));
    await invoke('finishSaveStream', writeId);
    expect(await readFile(target, 'utf8')).toBe('mine');
  });

  it('drops a save left behind (a window that reloaded) once it has been idle long enough', async () => {
    const { invoke, advance } = registered();
    const left = await begin(invoke);
    advance(ABANDONED_AFTER_MS - 1);
    await expect(invoke('beginSaveStream', request)).rejects.toThrow(/Another file/);
    advance(1);
    const fresh = await begin(invoke);
    // The abandoned temporary file is gone; only the new one is there.
    expect(await readdir(folder)).toEqual([expect.stringContaining(fresh)]);
    await expect(invoke('appendSaveStream', left, bytes('x'))).rejects.toThrow(/No file/);
  });

  it('leaves no temporary file when Tulay quits in the middle of a save', async () => {
    let clock = 0;
    const streams = createSaveStreams({ now: () => clock++ });
    const begun = await streams.begin(1, request.suggestedName, [], () => Promise.resolve(target));
    expect(begun).toMatchObject({ status: 'started' });
    await streams.append(1, (begun as { writeId: string }).writeId, bytes('half'));
    expect(await readdir(folder)).toHaveLength(1);
    streams.abandon();
    expect(await readdir(folder)).toEqual([]);
    await expect(streams.finish(1, (begun as { writeId: string }).writeId)).rejects.toThrow(
      /No file/,
    );
  });
});
