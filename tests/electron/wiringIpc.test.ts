// Calls the IPC handlers of the BUILT main bundle as the renderer's frame would, through the
// recording stand-in for `electron`: sender check, argument parsing, then the real file work.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/contract';
import { useBuiltMain } from './support/useBuiltMain';

const appFrame = { url: 'app://tulay/index.html' };
const built = useBuiltMain();
const { startMain } = built;

/** Main as it is once a staff member signed in: the data channels answer. */
async function startSignedIn(options?: Parameters<typeof startMain>[0]) {
  const started = await startMain(options);
  await started.invoke(contract.setLocked.channel, appFrame, false);
  return started;
}

describe('built main process: IPC', () => {
  it('answers app info to Tulay without saying where the data lives', async () => {
    const { invoke } = await startMain();
    const info = await invoke(contract.appInfo.channel, appFrame);
    expect(contract.appInfo.result.parse(info)).toMatchObject({ name: 'Tulay', version: '0.1.0' });
    expect(JSON.stringify(info)).not.toContain(built.dataDir);
  });

  it('draws the menu again in the language the officer chose in Tulay', async () => {
    const { invoke, record } = await startMain({ systemLanguages: ['en-US'] });
    const labels = () => (record.menu as { label?: string }[]).map((item) => item.label);
    expect(labels()).toEqual(['File', 'Edit', 'View', 'Window']);
    await expect(invoke(contract.setLanguage.channel, appFrame, 'ar')).resolves.toBeNull();
    expect(labels()).toEqual(['ملف', 'تحرير', 'عرض', 'نافذة']);
    await expect(invoke(contract.setLanguage.channel, appFrame, 'xx')).rejects.toThrow(
      /invalid arguments/,
    );
  });

  it('lets the page connect to the catalogue saved in Settings → Sync, from the next load on', async () => {
    const { invoke, record } = await startMain();
    const served = async () =>
      (
        await record.protocolHandlers.get('app')!(new Request('app://tulay/index.html'))
      ).headers.get('Content-Security-Policy') ?? '';
    expect(await served()).toContain("connect-src 'self';");
    await expect(
      invoke(contract.allowCatalogue.channel, appFrame, 'https://catalogue.albay.gov.ph/v1'),
    ).resolves.toEqual({ allowed: true, reload: true });
    expect(await served()).toContain("connect-src 'self' https://catalogue.albay.gov.ph;");
    const config: unknown = JSON.parse(
      await readFile(join(built.dataDir, 'shell-config.json'), 'utf8'),
    );
    expect(config).toEqual({ catalogueUrl: 'https://catalogue.albay.gov.ph' });
    // Plain http on the network is refused, and the policy stays.
    await expect(
      invoke(contract.allowCatalogue.channel, appFrame, 'http://catalogue.albay.gov.ph'),
    ).resolves.toEqual({ allowed: false, reload: false });
    expect(await served()).toContain("connect-src 'self' https://catalogue.albay.gov.ph;");
  });

  it('refuses a request from a frame that is not Tulay', async () => {
    const { invoke } = await startMain();
    await expect(invoke(contract.appInfo.channel, { url: 'https://evil.com/' })).rejects.toThrow(
      /refused/,
    );
    await expect(invoke(contract.appInfo.channel, null)).rejects.toThrow(/refused/);
  });

  it('refuses files, printing and backups while the desk is locked, and from the start', async () => {
    const { invoke, record } = await startMain();
    const target = join(built.dataDir, 'cases.csv');
    record.saveDialogResult = { canceled: false, filePath: target };
    const request = { suggestedName: 'cases.csv', filters: [], data: 'Maria Dela Cruz\n' };
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    const refused = /refused, the desk is locked/;
    // No one has signed in yet.
    await expect(invoke(contract.saveFile.channel, appFrame, request)).rejects.toThrow(refused);
    await expect(
      invoke(contract.openFile.channel, appFrame, { filters, maxBytes: 100 }),
    ).rejects.toThrow(refused);
    await expect(
      invoke(contract.printToPdf.channel, appFrame, {
        suggestedName: 'Case',
        pageSize: 'A4',
        landscape: false,
      }),
    ).rejects.toThrow(refused);
    await expect(invoke(contract.beginAutoBackup.channel, appFrame)).rejects.toThrow(refused);
    await expect(invoke(contract.autoBackupPassphrase.channel, appFrame)).rejects.toThrow(refused);
    expect(record.saveDialogCalls).toBe(0);
    // What is not data still answers.
    await expect(invoke(contract.appInfo.channel, appFrame)).resolves.toMatchObject({
      name: 'Tulay',
    });

    await invoke(contract.setLocked.channel, appFrame, false);
    await expect(invoke(contract.saveFile.channel, appFrame, request)).resolves.toBe(target);
    await invoke(contract.setLocked.channel, appFrame, true);
    await expect(invoke(contract.saveFile.channel, appFrame, request)).rejects.toThrow(refused);
    expect(record.saveDialogCalls).toBe(1);
    // Only Tulay's page may lock or unlock, and only with a yes or no.
    await expect(
      invoke(contract.setLocked.channel, { url: 'https://evil.com/' }, false),
    ).rejects.toThrow(/refused/);
    await expect(invoke(contract.setLocked.channel, appFrame, 'no')).rejects.toThrow(
      /invalid arguments/,
    );
  });

  it('refuses malformed arguments before showing any dialog', async () => {
    const { invoke, record } = await startMain();
    const hostile = { suggestedName: '../../.bashrc', filters: [], data: 'x' };
    await expect(invoke(contract.saveFile.channel, appFrame, hostile)).rejects.toThrow(
      /invalid arguments/,
    );
    expect(record.saveDialogCalls).toBe(0);
  });

  it('writes a saved file where the person chose, and reports a cancel as null', async () => {
    const { invoke, record } = await startSignedIn();
    const request = {
      suggestedName: 'cases.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: 'a,b\n',
    };
    await expect(invoke(contract.saveFile.channel, appFrame, request)).resolves.toBeNull();
    const target = join(built.dataDir, 'chosen.csv');
    record.saveDialogResult = { canceled: false, filePath: target };
    await expect(invoke(contract.saveFile.channel, appFrame, request)).resolves.toBe(target);
    expect(await readFile(target, 'utf8')).toBe('a,b\n');
  });

  it('saves a backup as it is made: pieces into a temporary file, the chosen name at the end', async () => {
    const { invoke, record, electron } = await startMain();
    const request = { suggestedName: 'b.tulaybackup', filters: [] };
    // Locked (nobody signed in yet): no save dialog, nothing written.
    await expect(invoke(contract.beginSaveStream.channel, appFrame, request)).rejects.toThrow(
      /locked/,
    );
    await invoke(contract.setLocked.channel, appFrame, false);
    await expect(invoke(contract.beginSaveStream.channel, appFrame, request)).resolves.toBeNull();
    const folder = join(built.dataDir, 'usb');
    await mkdir(folder);
    const target = join(folder, 'b.tulaybackup');
    record.saveDialogResult = { canceled: false, filePath: target };
    const begun = (await invoke(contract.beginSaveStream.channel, appFrame, request)) as {
      writeId: string;
    };
    const piece = (text: string) => new TextEncoder().encode(text);
    await invoke(contract.appendSaveStream.channel, appFrame, begun.writeId, piece('TULAYBAK'));
    await invoke(contract.appendSaveStream.channel, appFrame, begun.writeId, piece('-rest'));
    expect(await readdir(folder)).toEqual([
      expect.stringMatching(/^\.b\.tulaybackup\..*\.partial$/),
    ]);
    await expect(
      invoke(contract.finishSaveStream.channel, appFrame, begun.writeId),
    ).resolves.toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('TULAYBAK-rest');
    // Quitting in the middle of the next one leaves only the finished file.
    const next = (await invoke(contract.beginSaveStream.channel, appFrame, request)) as {
      writeId: string;
    };
    await invoke(contract.appendSaveStream.channel, appFrame, next.writeId, piece('half'));
    expect(await readdir(folder)).toHaveLength(2);
    (electron as { app: { emit(event: string): void } }).app.emit('will-quit');
    expect(await readdir(folder)).toEqual(['b.tulaybackup']);
  });

  it('prints the current view to the PDF file the person chose, always named .pdf', async () => {
    const { invoke, record } = await startSignedIn();
    const target = join(built.dataDir, 'report.pdf');
    record.saveDialogResult = { canceled: false, filePath: target };
    const request = { suggestedName: 'Quarterly report', pageSize: 'A4', landscape: true };
    await expect(invoke(contract.printToPdf.channel, appFrame, request)).resolves.toBe(target);
    expect(record.lastSaveDefaultPath).toBe(join(built.dataDir, 'Quarterly report.pdf'));
    expect((await readFile(target)).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('opens a picked file within the limit and reports one over it as too large', async () => {
    const { invoke, record } = await startSignedIn();
    const picked = join(built.dataDir, 'people.csv');
    await writeFile(picked, 'name\nMaria\n');
    record.openDialogResult = { canceled: false, filePaths: [picked] };
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    const opened = await invoke(contract.openFile.channel, appFrame, { filters, maxBytes: 100 });
    expect(opened).toMatchObject({ status: 'opened', name: 'people.csv' });
    const tooLarge = await invoke(contract.openFile.channel, appFrame, { filters, maxBytes: 5 });
    expect(tooLarge).toEqual({ status: 'too-large', name: 'people.csv', size: 11, maxBytes: 5 });
  });

  it('keeps the automatic backup passphrase locked by safeStorage, and backs up into the folder picked', async () => {
    const { invoke, record } = await startSignedIn();
    const folder = join(built.dataDir, 'usb');
    await mkdir(folder);
    record.openDialogResult = { canceled: false, filePaths: [folder] };
    await expect(invoke(contract.chooseBackupFolder.channel, appFrame)).resolves.toMatchObject({
      folder,
      enabled: false,
    });
    const passphrase = 'Mabuhay ang Legazpi 2026';
    await invoke(contract.configureAutoBackup.channel, appFrame, { keep: 7, passphrase });
    const files = await readdir(built.dataDir, { recursive: true });
    const settings = files.find((name) => name.endsWith('auto-backup.json'));
    expect(settings).toBeDefined();
    expect(await readFile(join(built.dataDir, settings!), 'utf8')).not.toContain(passphrase);
    await expect(invoke(contract.autoBackupPassphrase.channel, appFrame)).resolves.toBe(passphrase);

    const begun = (await invoke(contract.beginAutoBackup.channel, appFrame)) as { writeId: string };
    const data = new TextEncoder().encode('TULAYBAK');
    await invoke(contract.appendAutoBackup.channel, appFrame, begun.writeId, data);
    const saved = (await invoke(contract.finishAutoBackup.channel, appFrame, begun.writeId)) as {
      fileName: string;
    };
    expect(await readFile(join(folder, saved.fileName), 'utf8')).toBe('TULAYBAK');

    record.safeStorageAvailable = false;
    await expect(invoke(contract.autoBackupStatus.channel, appFrame)).resolves.toMatchObject({
      available: false,
      enabled: false,
    });
  });
});
