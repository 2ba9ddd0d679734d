// The desktop platform: a thin adapter over the preload's bridge (window.tulay).
import type { TulayBridge } from '../../electron/contract';
import { FileTooLargeError } from './FileTooLargeError';
import type { Platform } from './Platform';

export function createElectronPlatform(bridge: TulayBridge): Platform {
  return {
    isDesktop: true,
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
