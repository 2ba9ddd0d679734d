// The browser platform in real Chromium. Only the OS dialogs are replaced (by intercepting the
// click that would open them); the Blob, the object URL and the File are real.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPlatform, FileTooLargeError } from '../../../renderer/platform';

const platform = detectPlatform({});

afterEach(() => {
  vi.restoreAllMocks();
});

function answerFilePicker(choose: (input: HTMLInputElement) => void) {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    choose(this);
  });
}

function pick(input: HTMLInputElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('browser platform', () => {
  it('downloads the exact data under the suggested name', async () => {
    let download: { name: string; href: string } | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      download = { name: this.download, href: this.href };
    });
    const saved = await platform.saveFile({
      suggestedName: 'Mga kaso.csv',
      filters: [],
      data: 'pangalan\nMaría\n',
    });
    expect(saved).toBe('Mga kaso.csv');
    expect(download?.name).toBe('Mga kaso.csv');
    expect(await (await fetch(download!.href)).text()).toBe('pangalan\nMaría\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('opens the picked file with the filters as accept', async () => {
    let accept = '';
    answerFilePicker((input) => {
      accept = input.accept;
      pick(input, new File(['name\nAmina\n'], 'people.csv'));
    });
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    const opened = await platform.openFile({ filters, maxBytes: 1_000 });
    expect(accept).toBe('.csv');
    expect(opened?.name).toBe('people.csv');
    expect(new TextDecoder().decode(opened?.data)).toBe('name\nAmina\n');
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('returns null when the person closes the picker', async () => {
    answerFilePicker((input) => input.dispatchEvent(new Event('cancel')));
    await expect(platform.openFile({ filters: [], maxBytes: 1_000 })).resolves.toBeNull();
  });

  it('refuses a file over the limit, naming it', async () => {
    answerFilePicker((input) => pick(input, new File(['x'.repeat(2_000)], 'big.csv')));
    const error = await platform
      .openFile({ filters: [], maxBytes: 1_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ fileName: 'big.csv', size: 2_000, maxBytes: 1_000 });
  });

  it('prints through the browser dialog and says no file was written', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await expect(
      platform.printToPdf({ suggestedName: 'report', pageSize: 'A4', landscape: false }),
    ).resolves.toBeNull();
    expect(print).toHaveBeenCalledOnce();
  });
});
