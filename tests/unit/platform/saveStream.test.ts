// "Back up now" on the desktop saves the backup as it is made: the save dialog first, then the
// pieces over IPC one at a time (each waits for main's answer), never the whole file as one
// buffer; a cancel, a failed piece or a failing maker leave main nothing to keep.
import { describe, expect, it, vi } from 'vitest';
import { contract, maxOpenBytes, type TulayBridge } from '../../../electron/contract';
import { createElectronPlatform } from '../../../renderer/platform/electronPlatform';
import { SaveFailedError } from '../../../renderer/platform';

const MiB = 1024 * 1024;
const writeId = '0193a5b0-7c1e-7000-8000-000000000002';
const filters = [{ name: 'Tulay backup', extensions: ['tulaybackup'] }];

/** Main behind the bridge: checks every call against the contract, as its guard does. */
function fakeMain(
  overrides: Partial<Pick<TulayBridge, 'beginSaveStream' | 'appendSaveStream'>> = {},
) {
  const seen = {
    largest: 0,
    total: 0,
    pieces: 0,
    inFlight: 0,
    mostInFlight: 0,
    firstBytes: [] as number[],
  };
  const bridge = {
    beginSaveStream: vi.fn((...args: unknown[]) => {
      contract.beginSaveStream.args.parse(args);
      return Promise.resolve({ status: 'started' as const, writeId });
    }),
    appendSaveStream: vi.fn(async (...args: unknown[]) => {
      const [, piece] = contract.appendSaveStream.args.parse(args);
      seen.inFlight += 1;
      seen.mostInFlight = Math.max(seen.mostInFlight, seen.inFlight);
      // Main answers later, as a disk does.
      await new Promise((resolve) => setTimeout(resolve, 0));
      seen.inFlight -= 1;
      seen.largest = Math.max(seen.largest, piece.byteLength);
      seen.total += piece.byteLength;
      seen.pieces += 1;
      seen.firstBytes.push(piece[0]!);
      return { status: 'written' as const };
    }),
    finishSaveStream: vi.fn((...args: unknown[]) => {
      contract.finishSaveStream.args.parse(args);
      return Promise.resolve({
        status: 'saved' as const,
        path: '/media/usb/tulay-backup.tulaybackup',
      });
    }),
    abortSaveStream: vi.fn(() => Promise.resolve(null)),
    ...overrides,
  };
  const platform = createElectronPlatform(bridge as unknown as TulayBridge);
  return { platform, bridge, seen };
}

describe('saving a large file on the desktop', () => {
  it('sends a 300 MB file in bounded pieces, in order, one at a time', async () => {
    const { platform, bridge, seen } = fakeMain();
    let made = 0;
    // Pieces as a maker may hand them: mostly 4 MB, one of 20 MB (split before sending).
    const sizes = [20 * MiB, ...Array.from({ length: 70 }, () => 4 * MiB)];
    const path = await platform.saveStream('tulay-backup.tulaybackup', filters, async (write) => {
      for (const [i, size] of sizes.entries()) {
        await write(new Uint8Array(size).fill(i % 256));
        made += size;
      }
    });
    expect(path).toBe('/media/usb/tulay-backup.tulaybackup');
    expect(made).toBe(300 * MiB);
    expect(seen.total).toBe(300 * MiB);
    // Never one buffer the size of the file, nor near the 256 MB limit of a whole-file save.
    expect(seen.largest).toBeLessThanOrEqual(8 * MiB);
    expect(seen.mostInFlight).toBe(1);
    // The 20 MB piece went as three, then the others in their order.
    expect(seen.firstBytes.slice(0, 5)).toEqual([0, 0, 0, 1, 2]);
    expect(bridge.finishSaveStream).toHaveBeenCalledTimes(1);
    expect(bridge.abortSaveStream).not.toHaveBeenCalled();
  });

  it('asks where first: a cancelled dialog makes nothing and sends nothing', async () => {
    const { platform, bridge } = fakeMain({ beginSaveStream: vi.fn(() => Promise.resolve(null)) });
    const make = vi.fn(() => Promise.resolve());
    await expect(platform.saveStream('x.tulaybackup', filters, make)).resolves.toBeNull();
    expect(make).not.toHaveBeenCalled();
    expect(bridge.appendSaveStream).not.toHaveBeenCalled();
  });

  it('stops at the piece main could not write and says why', async () => {
    const { platform, bridge } = fakeMain({
      appendSaveStream: vi.fn(() =>
        Promise.resolve({ status: 'failed' as const, reason: 'diskFull' as const }),
      ),
    });
    let pieces = 0;
    const saving = platform.saveStream('x.tulaybackup', filters, async (write) => {
      for (;;) {
        await write(new Uint8Array(MiB));
        pieces += 1;
      }
    });
    await expect(saving).rejects.toEqual(new SaveFailedError('diskFull'));
    expect(pieces).toBe(0);
    expect(bridge.finishSaveStream).not.toHaveBeenCalled();
    expect(bridge.abortSaveStream).toHaveBeenCalledWith(writeId);
  });

  it('tells main to drop the temporary file when making the file fails', async () => {
    const { platform, bridge } = fakeMain();
    const saving = platform.saveStream('x.tulaybackup', filters, async (write) => {
      await write(new Uint8Array(10));
      throw new Error('the database was closed');
    });
    await expect(saving).rejects.toThrow('the database was closed');
    expect(bridge.finishSaveStream).not.toHaveBeenCalled();
    expect(bridge.abortSaveStream).toHaveBeenCalledWith(writeId);
  });
});

describe('opening a backup on the desktop', () => {
  const picked = (size: number) => ({ name: 'desk.tulaybackup', size }) as unknown as File;

  it('reads a 700 MB backup in the page, never through main, which may carry only 256 MB', async () => {
    const openFile = vi.fn();
    const file = picked(700 * MiB);
    const pick = vi.fn(() => Promise.resolve(file));
    const platform = createElectronPlatform({ openFile } as unknown as TulayBridge, pick);
    expect(700 * MiB).toBeGreaterThan(maxOpenBytes);
    await expect(platform.openBlob(filters, 4 * 1024 * MiB)).resolves.toEqual({
      name: 'desk.tulaybackup',
      blob: file,
    });
    expect(pick).toHaveBeenCalledWith(filters);
    expect(openFile).not.toHaveBeenCalled();
  });

  it('refuses a file above what the caller accepts, and gives nothing when the officer cancels', async () => {
    const bridge = {} as TulayBridge;
    const tooBig = createElectronPlatform(bridge, () => Promise.resolve(picked(5 * 1024 * MiB)));
    await expect(tooBig.openBlob(filters, 4 * 1024 * MiB)).rejects.toMatchObject({
      maxBytes: 4 * 1024 * MiB,
    });
    const cancelled = createElectronPlatform(bridge, () => Promise.resolve(null));
    await expect(cancelled.openBlob(filters, 4 * 1024 * MiB)).resolves.toBeNull();
  });
});
