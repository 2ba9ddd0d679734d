// The one window's options. Pure, so the hardened webPreferences are unit-tested and the
// built bundle's use of them is checked by the wiring test.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload: join(__dirname, '../preload/index.js') in main. */
  preloadPath: string;
  /** DevTools only when not packaged; staff have no use for them and they bypass the UI. */
  devTools: boolean;
  /**
   * Tulay's icon (a PNG from assets/icons/) for the title bar and the Linux task bar. Windows
   * and macOS take the icon of the installed program, packed by electron-builder.
   */
  iconPath: string;
}

export function windowOptions({
  preloadPath,
  devTools,
  iconPath,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Tulay',
    icon: iconPath,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so staff never see a white flash or a half-drawn form.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Off: the dictionaries would be downloaded from Google, and case notes stay on this PC.
      spellcheck: false,
      // A file dropped on the window would otherwise replace the app with that file.
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      devTools,
    },
  };
}
