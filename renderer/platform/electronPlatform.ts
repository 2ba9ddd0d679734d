// The desktop platform: a thin adapter over the preload's bridge (window.tulay).
import type { TulayBridge } from '../../electron/contract';
import { FileTooLargeError } from './FileTooLargeError';
import type { AutoBackupPlatform, Platform } from './Platform';

/**
 * Pieces well under the contract's limit (maxBackupPieceBytes, 16 MiB): each is one IPC copy,
 * never the whole file.
 */
const PIECE_BYTES = 8 * 1024 * 1024;

function createAutoBackup(bridge: TulayBridge): AutoBackupPlatform {
  return {
    status: () => bridge.autoBackupStatus(),
    chooseFolder: () => bridge.chooseBackupFolder(),
    configure: (request) => bridge.configureAutoBackup(request),
    turnOff: () => bridge.turnOffAutoBackup(),
    passphrase: () => bridge.autoBackupPassphrase(),
    async write(blob) {
      const begun = await bridge.beginAutoBackup();
      if (begun.status === 'failed') return begun;
      try {
        for (let offset = 0; offset < blob.size; offset += PIECE_BYTES) {
          const piece = blob.slice(offset, Math.min(offset + PIECE_BYTES, blob.size));
          const written = await bridge.appendAutoBackup(
            begun.writeId,
            new Uint8Array(await piece.arrayBuffer()),
          );
          if (written.status === 'failed') return written;
        }
        return await bridge.finishAutoBackup(begun.writeId);
      } catch (error) {
        // Main drops the partial file; the error is still the caller's to show.
        await bridge.abortAutoBackup(begun.writeId).catch(() => null);
        throw error;
      }
    },
  };
}

export function createElectronPlatform(bridge: TulayBridge): Platform {
  return {
    isDesktop: true,
    autoBackup: createAutoBackup(bridge),
    saveFile: (request) => bridge.saveFile(request),
    async openFile(request) {
      const result = await bridge.openFile(request);
      if (result === null) return null;
      if (result.status === 'too-large') {
        throw new FileTooLargeError(result.name, result.size, result.maxBytes);
      }
      return { name: result.name, data: result.data };
    },
    async saveBlob(suggestedName, filters, blob) {
      const data = new Uint8Array(await blob.arrayBuffer());
      return bridge.saveFile({ suggestedName, filters, data });
    },
    async openBlob(filters, maxBytes) {
      const result = await bridge.openFile({ filters, maxBytes });
      if (result === null) return null;
      if (result.status === 'too-large') {
        throw new FileTooLargeError(result.name, result.size, result.maxBytes);
      }
      return { name: result.name, blob: new Blob([result.data]) };
    },
    printToPdf: (request) => bridge.printToPdf(request),
    allowCatalogue: (address) => bridge.allowCatalogue(address),
    async setLanguage(language) {
      await bridge.setLanguage(language);
    },
    async setLocked(locked) {
      await bridge.setLocked(locked);
    },
    async appInfo() {
      const info = await bridge.appInfo();
      return {
        name: info.name,
        version: info.version,
        platform: info.platform,
        electronVersion: info.versions.electron,
        chromeVersion: info.versions.chrome,
      };
    },
  };
}
