// The save dialog shared by "save file" and "print to PDF". It starts in Documents with the
// suggested name; the person picks the folder, so the renderer never chooses a path itself.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron';
import type { FileFilter } from '../../contract';

export async function askSavePath(
  event: IpcMainInvokeEvent,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const { canceled, filePath } = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  return canceled || !filePath ? null : filePath;
}
