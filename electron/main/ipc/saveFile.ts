// tulay:save-file — an export (CSV, XLSX, backup) written where the person chose.
import { writeFile } from 'node:fs/promises';
import type { ChannelHandler } from '../security/ipcGuard';
import { askSavePath } from './askSavePath';

export const saveFile: ChannelHandler<'saveFile'> = async (event, request) => {
  const filePath = await askSavePath(event, request.suggestedName, request.filters);
  if (filePath === null) return null;
  await writeFile(filePath, request.data);
  return filePath;
};
