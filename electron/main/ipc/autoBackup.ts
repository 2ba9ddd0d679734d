// tulay:*-auto-backup — Settings → Backup's automatic backups (autoBackup/autoBackupService.ts).
// The guard has checked the sender and parsed every argument against the contract before these
// run; the folder comes only from the native dialog (pickBackupFolder.ts), never from the renderer.
// Electron's modules come in as arguments, so that these run in Node tests.
import type { IpcMainInvokeEvent } from 'electron';
import type { AutoBackupService } from '../autoBackup/autoBackupService';
import type { ChannelHandler } from '../security/ipcGuard';

export type PickFolder = (event: IpcMainInvokeEvent) => Promise<string | null>;

export interface AutoBackupHandlers {
  autoBackupStatus: ChannelHandler<'autoBackupStatus'>;
  chooseBackupFolder: ChannelHandler<'chooseBackupFolder'>;
  configureAutoBackup: ChannelHandler<'configureAutoBackup'>;
  turnOffAutoBackup: ChannelHandler<'turnOffAutoBackup'>;
  autoBackupPassphrase: ChannelHandler<'autoBackupPassphrase'>;
  beginAutoBackup: ChannelHandler<'beginAutoBackup'>;
  appendAutoBackup: ChannelHandler<'appendAutoBackup'>;
  finishAutoBackup: ChannelHandler<'finishAutoBackup'>;
  abortAutoBackup: ChannelHandler<'abortAutoBackup'>;
}

export function autoBackupHandlers(
  service: () => AutoBackupService,
  pickFolder: PickFolder,
): AutoBackupHandlers {
  return {
    autoBackupStatus: () => service().status(),
    async chooseBackupFolder(event) {
      const folder = await pickFolder(event);
      return folder === null ? null : service().setFolder(folder);
    },
    configureAutoBackup: (_event, request) => service().configure(request),
    turnOffAutoBackup: () => service().turnOff(),
    autoBackupPassphrase: () => service().passphrase(),
    beginAutoBackup: () => service().begin(),
    appendAutoBackup: (_event, writeId, data) => service().append(writeId, data),
    finishAutoBackup: (_event, writeId) => service().finish(writeId),
    abortAutoBackup: (_event, writeId) => service().abort(writeId),
  };
}
