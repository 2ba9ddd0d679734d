import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../electron/contract';
import { handleChannel, isTrustedSender } from '../../electron/main/security/ipcGuard';

describe('isTrustedSender', () => {
  it("accepts Tulay's own pages", () => {
    expect(isTrustedSender('app://tulay/index.html')).toBe(true);
    expect(isTrustedSender('app://tulay/index.html#/cases/42')).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://tulay:1/index.html'],
    ['credentials', 'app://x@tulay/index.html'],
    ['https with our host name', 'https://tulay/index.html'],
    ['a web page', 'https://evil.com/'],
    ['a local file', 'file:///home/desk/evil.html'],
    ['about:blank', 'about:blank'],
    ['data:', 'data:text/html,hi'],
    ['the dev server when not in dev', 'http://localhost:5173/'],
    ['no frame', '(no frame)'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('accepts the dev server, and only it, when running under electron-vite dev', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', dev)).toBe(false);
  });

  it('ignores a dev server that is not on this machine', () => {
    expect(isTrustedSender('http://evil.com:5173/', 'http://evil.com:5173')).toBe(false);
  });
});

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function guardedSaveFile(devOrigin: string | null = null) {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  };
  const handler = vi.fn(() => Promise.resolve('/home/desk/Documents/cases.csv'));
  handleChannel(ipcMain, 'saveFile', handler, { devOrigin });
  const listener = listeners.get(contract.saveFile.channel);
  if (!listener) throw new Error('saveFile was not registered on its contract channel');
  const invoke = (frameUrl: string | null, ...args: unknown[]) =>
    listener(
      { senderFrame: frameUrl === null ? null : { url: frameUrl } } as IpcMainInvokeEvent,
      ...args,
    );
  return { handler, invoke };
}

const goodRequest = {
  suggestedName: 'cases.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  data: 'a,b\n',
};

describe('handleChannel', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the handler with parsed arguments from a trusted frame', async () => {
    const { handler, invoke } = guardedSaveFile();
    await expect(invoke('app://tulay/index.html', goodRequest)).resolves.toBe(
      '/home/desk/Documents/cases.csv',
    );
    expect(handler).toHaveBeenCalledWith(expect.anything(), goodRequest);
  });

  it('refuses a call from another frame before looking at the arguments', async () => {
    const { handler, invoke } = guardedSaveFile();
    await expect(invoke('https://evil.com/', goodRequest)).rejects.toThrow(/refused/);
    await expect(invoke(null, goodRequest)).rejects.toThrow(/refused/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['no arguments', []],
    ['an extra argument', [goodRequest, 'more']],
    ['a path instead of a file name', [{ ...goodRequest, suggestedName: '../../.bashrc' }]],
    ['an absolute path', [{ ...goodRequest, suggestedName: '/etc/cron.d/x' }]],
    ['a Windows path', [{ ...goodRequest, suggestedName: 'C:\\Windows\\x.bat' }]],
    ['an unknown field', [{ ...goodRequest, defaultPath: '/etc' }]],
    ['data of the wrong type', [{ ...goodRequest, data: { length: 1 } }]],
    [
      'an extension with a dot',
      [{ ...goodRequest, filters: [{ name: 'x', extensions: ['.csv'] }] }],
    ],
    ['a prototype-polluting payload', [JSON.parse('{"__proto__":{"polluted":true}}') as unknown]],
  ])('rejects %s without running the handler', async (_name, args: unknown[]) => {
    const { handler, invoke } = guardedSaveFile();
    await expect(invoke('app://tulay/index.html', ...args)).rejects.toThrow(
      /tulay:save-file: invalid arguments/,
    );
    expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts bytes as well as text to save', async () => {
    const { handler, invoke } = guardedSaveFile();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    await invoke('app://tulay/index.html', { ...goodRequest, data: bytes });
    expect(handler).toHaveBeenCalledWith(expect.anything(), { ...goodRequest, data: bytes });
  });

  it('refuses a result that breaks the contract, so main cannot leak more than promised', async () => {
    const listeners = new Map<string, Listener>();
    const ipcMain = {
      handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
    };
    const leaky = () =>
      Promise.resolve({
        name: 'Tulay',
        version: '1.0.0',
        platform: 'linux',
        versions: { electron: '45.5.0', chrome: '142.0.0.0' },
        userData: '/home/desk/.config/Tulay',
      });
    handleChannel(ipcMain, 'appInfo', leaky as never, { devOrigin: null });
    const listener = listeners.get(contract.appInfo.channel)!;
    await expect(
      listener({ senderFrame: { url: 'app://tulay/index.html' } } as IpcMainInvokeEvent),
    ).rejects.toThrow(/userData/);
  });
});
