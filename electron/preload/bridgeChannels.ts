// The preload's copy of the contract's channel names and global name. The sandboxed preload
// may require nothing but `electron`, so it cannot load contract.ts (which needs zod) at run
// time; the types below make this copy fail to compile the moment it differs from the contract.
import type { BridgeGlobalName, ChannelKey, Contract } from '../contract';

export const bridgeChannels = {
  saveFile: 'tulay:save-file',
  beginSaveStream: 'tulay:begin-save-stream',
  appendSaveStream: 'tulay:append-save-stream',
  finishSaveStream: 'tulay:finish-save-stream',
  abortSaveStream: 'tulay:abort-save-stream',
  openFile: 'tulay:open-file',
  printToPdf: 'tulay:print-to-pdf',
  appInfo: 'tulay:app-info',
  setLanguage: 'tulay:set-language',
  setLocked: 'tulay:set-locked',
  allowCatalogue: 'tulay:allow-catalogue',
  autoBackupStatus: 'tulay:auto-backup-status',
  chooseBackupFolder: 'tulay:choose-backup-folder',
  configureAutoBackup: 'tulay:configure-auto-backup',
  turnOffAutoBackup: 'tulay:turn-off-auto-backup',
  autoBackupPassphrase: 'tulay:auto-backup-passphrase',
  beginAutoBackup: 'tulay:begin-auto-backup',
  appendAutoBackup: 'tulay:append-auto-backup',
  finishAutoBackup: 'tulay:finish-auto-backup',
  abortAutoBackup: 'tulay:abort-auto-backup',
} as const satisfies { readonly [K in ChannelKey]: Contract[K]['channel'] };

export const bridgeGlobalName: BridgeGlobalName = 'tulay';
