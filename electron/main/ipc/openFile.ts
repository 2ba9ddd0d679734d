// tulay:open-file — an import (CSV, XLSX, backup) the person picked, within the size limit.
import { basename } from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { ChannelHandler } from '../security/ipcGuard';
import { readFileWithinLimit } from './readFileWithinLimit';

export const openFile: ChannelHandler<'openFile'> = async (event, request) => {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: request.filters };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const { canceled, filePaths } = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options);
  const filePath = filePaths[0];
  if (canceled || filePath === undefined) return null;
  const name = basename(filePath);
  const read = await readFileWithinLimit(filePath, request.maxBytes);
  if (read.status === 'too-large') {
    return { status: 'too-large', name, size: read.size, maxBytes: request.maxBytes };
  }
  return { status: 'opened', name, data: read.data };
};
