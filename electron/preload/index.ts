// Runs sandboxed: it may require only `electron`, so it takes the contract as types only and
// the channel names from its checked copy. It exposes the contract and nothing else:
// no ipcRenderer, no event objects, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeChannels, bridgeGlobalName } from './bridgeChannels';
import type { TulayBridge } from '../contract';

const bridge = {
  saveFile: (request) => ipcRenderer.invoke(bridgeChannels.saveFile, request),
  beginSaveStream: (request) => ipcRenderer.invoke(bridgeChannels.beginSaveStream, request),
  appendSaveStream: (id, data) => ipcRenderer.invoke(bridgeChannels.appendSaveStream, id, data),
  finishSaveStream: (id) => ipcRenderer.invoke(bridgeChannels.finishSaveStream, id),
  abortSaveStream: (id) => ipcRenderer.invoke(bridgeChannels.abortSaveStream, id),
  openFile: (request) => ipcRenderer.invoke(bridgeChannels.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(bridgeChannels.printToPdf, request),
  appInfo: () => ipcRenderer.invoke(bridgeChannels.appInfo),
  setLanguage: (language) => ipcRenderer.invoke(bridgeChannels.setLanguage, language),
  setLocked: (locked) => ipcRenderer.invoke(bridgeChannels.setLocked, locked),
  allowCatalogue: (address) => ipcRenderer.invoke(bridgeChannels.allowCatalogue, address),
  autoBackupStatus: () => ipcRenderer.invoke(bridgeChannels.autoBackupStatus),
  chooseBackupFolder: () => ipcRenderer.invoke(bridgeChannels.chooseBackupFolder),
  configureAutoBackup: (request) => ipcRenderer.invoke(bridgeChannels.configureAutoBackup, request),
  turnOffAutoBackup: () => ipcRenderer.invoke(bridgeChannels.turnOffAutoBackup),
  autoBackupPassphrase: () => ipcRenderer.invoke(bridgeChannels.autoBackupPassphrase),
  beginAutoBackup: () => ipcRenderer.invoke(bridgeChannels.beginAutoBackup),
  appendAutoBackup: (id, data) => ipcRenderer.invoke(bridgeChannels.appendAutoBackup, id, data),
  finishAutoBackup: (id) => ipcRenderer.invoke(bridgeChannels.finishAutoBackup, id),
  abortAutoBackup: (id) => ipcRenderer.invoke(bridgeChannels.abortAutoBackup, id),
} satisfies TulayBridge;

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
