// The native folder dialog for automatic backups (a USB drive, a network share).
import { BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';

/** The folder the person picked; null when they cancelled. */
export async function pickBackupFolder(event: IpcMainInvokeEvent): Promise<string | null> {
  const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const { canceled, filePaths } = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options);
  const folder = filePaths[0];
  return canceled || folder === undefined ? null : folder;
}
