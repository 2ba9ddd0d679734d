// The platform for `npm run web` (any Chromium without the desktop shell).
import { downloadFile } from './browser/downloadFile';
import { pickFile } from './browser/pickFile';
import { FileTooLargeError } from './FileTooLargeError';
import type { AppInfo, Platform } from './Platform';

const appName = 'Tulay';

function browserInfo(): AppInfo {
  const env = import.meta.env as Record<string, string | undefined>;
  return {
    name: appName,
    // Only known if the build defines VITE_APP_VERSION; a dev server has none to report.
    version: env['VITE_APP_VERSION'] ?? 'dev',
    platform: 'web',
    electronVersion: null,
    chromeVersion: /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? null,
  };
}

export function createBrowserPlatform(): Platform {
  return {
    isDesktop: false,
    autoBackup: null,
    saveFile: (request) => Promise.resolve(downloadFile(request.suggestedName, request.data)),
    async openFile(request) {
      const file = await pickFile(request.filters);
      if (file === null) return null;
      if (file.size > request.maxBytes) {
        throw new FileTooLargeError(file.name, file.size, request.maxBytes);
      }
      return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    },
    async saveStream(suggestedName, _filters, make) {
      // Folded into a Blob every few pieces: Blob data is kept outside the JS heap.
      let blob = new Blob([], { type: 'application/octet-stream' });
      let parts: Uint8Array<ArrayBuffer>[] = [];
      const fold = () => {
        blob = new Blob([blob, ...parts], { type: 'application/octet-stream' });
        parts = [];
      };
      await make((piece) => {
        parts.push(piece);
        if (parts.length >= 4) fold();
        return Promise.resolve();
      });
      fold();
      return downloadFile(suggestedName, blob);
    },
    async openBlob(filters, maxBytes) {
      const file = await pickFile(filters);
      if (file === null) return null;
      if (file.size > maxBytes) throw new FileTooLargeError(file.name, file.size, maxBytes);
      // A File is a Blob: it is read a slice at a time, never whole.
      return { name: file.name, blob: file };
    },
    printToPdf() {
      window.print();
      return Promise.resolve(null);
    },
    appInfo: () => Promise.resolve(browserInfo()),
    setLanguage: () => Promise.resolve(),
    setLocked: () => Promise.resolve(),
    allowCatalogue: () => Promise.resolve({ allowed: true, reload: false }),
  };
}
