// Tulay's main process: one window, the renderer served from app://tulay/, and a guarded IPC
// contract. Everything security-relevant is decided in ./security and unit-tested there.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { appId, appName } from './appIdentity';
import { applyAppMenu } from './applyAppMenu';
import { externalLinkAllowList } from './externalLinks';
import { registerIpcHandlers, saveStreams } from './ipc/handlers';
import { createMainWindow } from './mainWindow';
import { createAppProtocolHandler, privilegedAppScheme } from './protocol';
import { appEntryUrl, appScheme, devServerOrigin } from './security/appOrigin';
import { hardenWebContents } from './security/navigation';
import { applyPermissionPolicy } from './security/permissions';
import { CatalogueAccess, setCatalogueAccess } from './catalogueAccess';
import { readShellConfig, writeShellConfig } from './shellConfig';
import { shellLanguageOf, startFailure } from './shellText';

// The name only; the userData path is left as Electron derives it from productName "Tulay"
// at startup, and is never set here: moving it would hide every saved case.
app.setName(appName);
if (process.platform === 'win32') app.setAppUserModelId(appId);
app.enableSandbox();
// Must happen before 'ready': privileges cannot be granted to a scheme afterwards.
protocol.registerSchemesAsPrivileged([privilegedAppScheme]);

const devOrigin = devServerOrigin(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow(devOrigin ?? appEntryUrl, !app.isPackaged);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const config = await readShellConfig(userData);
  // The catalogue saved in Settings → Sync widens connect-src to exactly its origin.
  const access = new CatalogueAccess(config.catalogueUrl, (origin) =>
    writeShellConfig(userData, { ...config, catalogueUrl: origin }),
  );
  setCatalogueAccess(access);
  const rootDir = join(__dirname, '../renderer');
  protocol.handle(
    appScheme,
    createAppProtocolHandler({ rootDir, contentSecurityPolicy: access.policy }),
  );
  applyPermissionPolicy(session.defaultSession, devOrigin);
  registerIpcHandlers(ipcMain, { devOrigin });
  // The system's language until the renderer tells main the one chosen in Tulay.
  applyAppMenu(shellLanguageOf(app.getPreferredSystemLanguages()));
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

function failToStart(error: unknown): void {
  console.error('[tulay] could not start', error);
  // No window yet, so no language chosen in Tulay: the system's.
  const { title, body } = startFailure(shellLanguageOf(app.getPreferredSystemLanguages()), error);
  dialog.showErrorBox(title, body);
  app.exit(1);
}

// A second instance would open the same IndexedDB files and the two would fight over them.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      allowList: externalLinkAllowList,
      devOrigin,
      openExternal: (url) => shell.openExternal(url),
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // A backup being saved when Tulay quits leaves no temporary file in the chosen folder.
  app.on('will-quit', () => saveStreams.abandon());
  app.whenReady().then(start).catch(failToStart);
}
