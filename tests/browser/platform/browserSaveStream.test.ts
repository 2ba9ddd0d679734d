// `npm run web` has no save dialog: a file saved as it is made (a backup) is gathered into a Blob
// and handed to one download at the end, with every piece in order.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../../renderer/platform/browserPlatform';

afterEach(() => vi.restoreAllMocks());

describe('saving a large file in a browser', () => {
  it('downloads one file holding every piece in order, under the suggested name', async () => {
    const downloads: { name: string; blob: Blob }[] = [];
    const createUrl = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ name: this.download, blob: createUrl.mock.calls.at(-1)![0] as Blob });
    });
    const platform = createBrowserPlatform();
    const saved = await platform.saveStream('tulay-backup.tulaybackup', [], async (write) => {
      for (let i = 0; i < 10; i += 1) await write(new TextEncoder().encode(`piece ${i};`));
    });
    expect(saved).toBe('tulay-backup.tulaybackup');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('tulay-backup.tulaybackup');
    expect(await downloads[0]!.blob.text()).toBe(
      Array.from({ length: 10 }, (_, i) => `piece ${i};`).join(''),
    );
  });

  it('downloads nothing when making the file fails', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const platform = createBrowserPlatform();
    const saving = platform.saveStream('x.tulaybackup', [], async (write) => {
      await write(new Uint8Array(3));
      throw new Error('the database was closed');
    });
    await expect(saving).rejects.toThrow('the database was closed');
    expect(click).not.toHaveBeenCalled();
  });
});
