// Creates Tulay's single window and loads the renderer into it.
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
// electron-vite copies the file next to the bundle and gives its path (inside app.asar when
// packaged, which Electron reads like a folder).
import iconPath from '../../assets/icons/512x512.png?asset';
import { windowOptions } from './window';

export function createMainWindow(entryUrl: string, devTools: boolean): BrowserWindow {
  // __dirname is out/main once bundled; the preload is built next to it.
  const preloadPath = join(__dirname, '../preload/index.js');
  const window = new BrowserWindow(windowOptions({ preloadPath, devTools, iconPath }));
  window.once('ready-to-show', () => window.show());
  window.loadURL(entryUrl).catch((error: unknown) => {
    console.error(`[tulay] could not load ${entryUrl}`, error);
  });
  return window;
}
