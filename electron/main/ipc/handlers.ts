// Registers one guarded handler per contract channel. The `handlers` map is typed by the
// contract, so a channel without a handler (or a handler without a channel) does not compile.
import type { IpcMain } from 'electron';
import { contract, type ChannelKey } from '../../contract';
import { handleChannel, type ChannelHandler, type GuardOptions } from '../security/ipcGuard';
import { refuseWhileLocked, SessionLock } from '../security/sessionLock';
import { allowCatalogue } from './allowCatalogue';
import { electronAutoBackupService } from '../autoBackup/electronAutoBackup';
import { appInfo } from './appInfo';
import { autoBackupHandlers } from './autoBackup';
import { pickBackupFolder } from './pickBackupFolder';
import { openFile } from './openFile';
import { printToPdf } from './printToPdf';
import { saveFile } from './saveFile';
import { saveStreamHandlers } from './saveStream';
import { createSaveStreams } from '../saveStream/saveStreams';
import { askSavePath } from './askSavePath';
import { setLanguage } from './setLanguage';

/** The one large file being saved as the renderer makes it (a manual backup). */
export const saveStreams = createSaveStreams();
const sessionLock = new SessionLock();

const handlers: { [K in ChannelKey]: ChannelHandler<K> } = {
  saveFile,
  ...saveStreamHandlers(saveStreams, askSavePath),
  openFile,
  printToPdf,
  appInfo,
  setLanguage,
  setLocked: (_event, locked) => {
    sessionLock.set(locked);
    return Promise.resolve(null);
  },
  allowCatalogue,
  ...autoBackupHandlers(electronAutoBackupService, pickBackupFolder),
};

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, guard: GuardOptions): void {
  for (const key of Object.keys(contract) as ChannelKey[]) {
    const handler = handlers[key] as ChannelHandler<typeof key> | undefined;
    // The type makes this impossible; the check makes a bad merge fail at start, not on first use.
    if (typeof handler !== 'function') throw new Error(`No IPC handler for ${key}`);
    handleChannel(ipcMain, key, refuseWhileLocked(sessionLock, key, handler), guard);
  }
}
