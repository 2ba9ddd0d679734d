// The desktop platform: a thin adapter over the preload's bridge (window.tulay).
import type { TulayBridge } from '../../electron/contract';
import { pickFile } from './browser/pickFile';
import { FileTooLargeError } from './FileTooLargeError';
import { SaveFailedError } from './SaveFailedError';
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

/**
 * `pick` chooses a file for the renderer to read itself: the page's own file input, which the
 * shell shows as the system's open dialog (tests give their own).
 */
export function createElectronPlatform(
  bridge: TulayBridge,
  pick: (filters: Parameters<typeof pickFile>[0]) => Promise<File | null> = pickFile,
): Platform {
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
    async saveStream(suggestedName, filters, make) {
      const begun = await bridge.beginSaveStream({ suggestedName, filters });
      if (begun === null) return null;
      if (begun.status === 'failed') throw new SaveFailedError(begun.reason);
      const { writeId } = begun;
      try {
        await make(async (piece) => {
          // One call per piece, each awaited: main has written it before the next is sent. A
          // copy of each range: IPC would send a view's whole buffer.
          for (let offset = 0; offset < piece.byteLength; offset += PIECE_BYTES) {
            const whole =
              piece.byteLength <= PIECE_BYTES && piece.buffer.byteLength === piece.byteLength;
            const part = whole ? piece : piece.slice(offset, offset + PIECE_BYTES);
            const written = await bridge.appendSaveStream(writeId, part);
            if (written.status === 'failed') throw new SaveFailedError(written.reason);
          }
        });
        const finished = await bridge.finishSaveStream(writeId);
        if (finished.status === 'failed') throw new SaveFailedError(finished.reason);
        return finished.path;
      } catch (error) {
        // Main removes the temporary file (already gone when main reported the failure).
        await bridge.abortSaveStream(writeId).catch(() => null);
        throw error;
      }
    },
    async openBlob(filters, maxBytes) {
      // A backup can be far larger than what one IPC message may carry (a 100,000-case desk's
      // is about 700 MB): the renderer reads the file the officer picked itself, a slice at a
      // time, as in a browser. Main never holds it.
      const file = await pick(filters);
      if (file === null) return null;
      if (file.size > maxBytes) throw new FileTooLargeError(file.name, file.size, maxBytes);
      return { name: file.name, blob: file };
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
