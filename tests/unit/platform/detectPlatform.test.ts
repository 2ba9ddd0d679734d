import { describe, expect, it, vi } from 'vitest';
import type { TulayBridge } from '../../../electron/contract';
import { acceptAttribute, detectPlatform, FileTooLargeError } from '../../../renderer/platform';

const appInfo = {
  name: 'Tulay',
  version: '1.2.3',
  platform: 'win32',
  versions: { electron: '45.5.0', chrome: '142.0.0.0' },
};

const status = { available: true, folder: '/media/usb', keep: 7, enabled: true };
const writeId = '0193a5b0-7c1e-7000-8000-000000000001';
const fileName = 'tulay-auto-backup-2026-12-05-090000.tulaybackup';

function fakeBridge(overrides: Partial<TulayBridge> = {}): TulayBridge {
  return {
    saveFile: vi.fn(() => Promise.resolve('/home/desk/Documents/cases.csv')),
    beginSaveStream: vi.fn(() => Promise.resolve(null)),
    appendSaveStream: vi.fn(() => Promise.resolve({ status: 'written' as const })),
    finishSaveStream: vi.fn(() => Promise.resolve({ status: 'saved' as const, path: '/x' })),
    abortSaveStream: vi.fn(() => Promise.resolve(null)),
    openFile: vi.fn(() => Promise.resolve(null)),
    printToPdf: vi.fn(() => Promise.resolve('/home/desk/Documents/report.pdf')),
    appInfo: vi.fn(() => Promise.resolve(appInfo)),
    setLanguage: vi.fn(() => Promise.resolve(null)),
    setLocked: vi.fn(() => Promise.resolve(null)),
    allowCatalogue: vi.fn(() => Promise.resolve({ allowed: true, reload: true })),
    autoBackupStatus: vi.fn(() => Promise.resolve(status)),
    chooseBackupFolder: vi.fn(() => Promise.resolve(status)),
    configureAutoBackup: vi.fn(() => Promise.resolve(status)),
    turnOffAutoBackup: vi.fn(() => Promise.resolve(status)),
    autoBackupPassphrase: vi.fn(() => Promise.resolve(null)),
    beginAutoBackup: vi.fn(() =>
      Promise.resolve({ status: 'started' as const, writeId, fileName }),
    ),
    appendAutoBackup: vi.fn(() => Promise.resolve({ status: 'written' as const })),
    finishAutoBackup: vi.fn(() =>
      Promise.resolve({ status: 'saved' as const, folder: '/media/usb', fileName, deleted: 0 }),
    ),
    abortAutoBackup: vi.fn(() => Promise.resolve(null)),
    ...overrides,
  };
}

describe('detectPlatform', () => {
  it('uses the desktop bridge when the preload exposed window.tulay', async () => {
    const platform = detectPlatform({ tulay: fakeBridge() });
    expect(platform.isDesktop).toBe(true);
    await expect(platform.appInfo()).resolves.toEqual({
      name: 'Tulay',
      version: '1.2.3',
      platform: 'win32',
      electronVersion: '45.5.0',
      chromeVersion: '142.0.0.0',
    });
  });

  it('asks the desktop shell to allow the catalogue address saved in Settings → Sync', async () => {
    const bridge = fakeBridge();
    await expect(
      detectPlatform({ tulay: bridge }).allowCatalogue('https://catalogue.tulay.ph'),
    ).resolves.toEqual({ allowed: true, reload: true });
    expect(bridge.allowCatalogue).toHaveBeenCalledWith('https://catalogue.tulay.ph');
    // A browser has no policy to widen.
    await expect(detectPlatform({}).allowCatalogue('http://x.org')).resolves.toEqual({
      allowed: true,
      reload: false,
    });
  });

  it('tells the desktop shell the language chosen in Tulay, for its menu', async () => {
    const bridge = fakeBridge();
    await detectPlatform({ tulay: bridge }).setLanguage('ar');
    expect(bridge.setLanguage).toHaveBeenCalledWith('ar');
  });

  it('falls back to the browser without the bridge', () => {
    expect(detectPlatform({}).isDesktop).toBe(false);
  });

  it('passes a save request through and reports where the file went', async () => {
    const bridge = fakeBridge();
    const request = { suggestedName: 'cases.csv', filters: [], data: 'a,b\n' };
    await expect(detectPlatform({ tulay: bridge }).saveFile(request)).resolves.toBe(
      '/home/desk/Documents/cases.csv',
    );
    expect(bridge.saveFile).toHaveBeenCalledWith(request);
  });

  it('returns an opened file, or null when the person cancelled', async () => {
    const data = new Uint8Array([1, 2, 3]);
    const opened = fakeBridge({
      openFile: () => Promise.resolve({ status: 'opened', name: 'a.csv', data }),
    });
    const request = { filters: [], maxBytes: 10 };
    await expect(detectPlatform({ tulay: opened }).openFile(request)).resolves.toEqual({
      name: 'a.csv',
      data,
    });
    await expect(detectPlatform({ tulay: fakeBridge() }).openFile(request)).resolves.toBeNull();
  });

  it('turns a too-large file into an error that names the file and the limit', async () => {
    const tooLarge = fakeBridge({
      openFile: () =>
        Promise.resolve({
          status: 'too-large',
          name: 'big.xlsx',
          size: 5_000,
          maxBytes: 1_000,
        }),
    });
    const error = await detectPlatform({ tulay: tooLarge })
      .openFile({ filters: [], maxBytes: 1_000 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ fileName: 'big.xlsx', size: 5_000, maxBytes: 1_000 });
  });
});

describe('acceptAttribute', () => {
  it('lists each extension once, with its dot', () => {
    const filters = [
      { name: 'Spreadsheets', extensions: ['csv', 'XLSX'] },
      { name: 'CSV', extensions: ['csv'] },
    ];
    expect(acceptAttribute(filters)).toBe('.csv,.xlsx');
  });

  it('accepts anything when a filter allows "*" or there is no filter', () => {
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }])).toBe('');
    expect(acceptAttribute([])).toBe('');
  });

  it('has no automatic backup in a browser', () => {
    expect(detectPlatform({}).autoBackup).toBeNull();
  });

  it('sends an automatic backup to main in pieces, never as one copy of the file', async () => {
    const bridge = fakeBridge();
    const blob = new Blob([new Uint8Array(20 * 1024 * 1024).fill(7)]);
    const result = await detectPlatform({ tulay: bridge }).autoBackup!.write(blob);
    expect(result).toMatchObject({ status: 'saved', fileName });
    const pieces = vi.mocked(bridge.appendAutoBackup).mock.calls.map(([, data]) => data.byteLength);
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(blob.size);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(bridge.finishAutoBackup).toHaveBeenCalledWith(writeId);
  });

  it('stops at the first piece main could not write, and says why', async () => {
    const bridge = fakeBridge({
      appendAutoBackup: vi.fn(() =>
        Promise.resolve({ status: 'failed' as const, reason: 'diskFull' as const }),
      ),
    });
    const blob = new Blob([new Uint8Array(20 * 1024 * 1024)]);
    const result = await detectPlatform({ tulay: bridge }).autoBackup!.write(blob);
    expect(result).toEqual({ status: 'failed', reason: 'diskFull' });
    expect(bridge.appendAutoBackup).toHaveBeenCalledTimes(1);
    expect(bridge.finishAutoBackup).not.toHaveBeenCalled();
  });

  it('tells main to drop the partial file when sending fails', async () => {
    const bridge = fakeBridge({
      appendAutoBackup: vi.fn(() => Promise.reject(new Error('IPC gone'))),
    });
    await expect(
      detectPlatform({ tulay: bridge }).autoBackup!.write(new Blob(['TULAYBAK'])),
    ).rejects.toThrow('IPC gone');
    expect(bridge.abortAutoBackup).toHaveBeenCalledWith(writeId);
  });
});
