// Loads the BUILT main bundle (what electron-builder packages) with a recording
// stand-in for `electron`, and checks it wires the pieces the unit tests check one by one.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../electron/contract';
import { pngSize } from '../../scripts/iconFormats.mjs';
import { outDir, preloadBundle } from './support/startBuiltMain';
import { useBuiltMain } from './support/useBuiltMain';

const channels = Object.values(contract).map((spec) => spec.channel);
const menuLabels = (menu: unknown[] | undefined) =>
  (menu as { label?: string }[] | undefined)?.map((item) => item.label);

const built = useBuiltMain();
const { loadMain, startMain } = built;

describe('built main process: before ready', () => {
  it('registers app:// as a privileged standard scheme before the app is ready', () => {
    const { record } = loadMain();
    expect(record.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    expect(record.log).toContain('registerSchemesAsPrivileged');
    expect(record.log).not.toContain('ready');
  });

  it('takes the single-instance lock, names the app Tulay, and turns on the sandbox everywhere', () => {
    const { record } = loadMain();
    expect(record.log).toEqual(
      expect.arrayContaining(['setName:Tulay', 'enableSandbox', 'requestSingleInstanceLock']),
    );
    expect(record.windows).toHaveLength(0);
  });

  it('quits and opens nothing when another Tulay already runs', async () => {
    const { record, becomeReady } = loadMain({ gotSingleInstanceLock: false });
    becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(record.log).toContain('quit');
    expect(record.windows).toHaveLength(0);
    expect(record.ipcRegistrations).toHaveLength(0);
  });
});

describe('built main process: the window', () => {
  it('is created with the hardened webPreferences and the built preload', async () => {
    const { window } = await startMain();
    const prefs = window.options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(resolve(prefs.preload ?? '')).toBe(resolve(preloadBundle));
    expect(existsSync(prefs.preload ?? '')).toBe(true);
    expect(window.options.show).toBe(false);
  });

  it("shows Tulay's own icon, built next to the bundle, on the window", async () => {
    const { window } = await startMain();
    const icon = window.options.icon;
    if (typeof icon !== 'string')
      throw new Error(`the window's icon is not a path: ${typeof icon}`);
    expect(resolve(icon).startsWith(resolve(outDir, 'main'))).toBe(true);
    expect(pngSize(readFileSync(icon))).toEqual({ width: 512, height: 512 });
    expect(readFileSync(icon)).toEqual(
      readFileSync(resolve(outDir, '../assets/icons/512x512.png')),
    );
  });

  it('loads the renderer from app://tulay/ and shows itself when drawn', async () => {
    const { window, record } = await startMain();
    expect(window.url).toBe('app://tulay/index.html');
    expect(record.log).not.toContain('show');
    window.emit('ready-to-show');
    expect(record.log).toContain('show');
  });

  it('brings the open window forward when Tulay is launched again', async () => {
    const { record, electron } = await startMain();
    (electron as { app: { emit(event: string): void } }).app.emit('second-instance');
    expect(record.log).toContain('focus');
    expect(record.windows).toHaveLength(1);
  });

  it('sets a minimal application menu, in the language of the system until Tulay says', async () => {
    const { record } = await startMain({ systemLanguages: ['es-AR', 'en-US'] });
    expect(record.menus).toBe(1);
    expect(menuLabels(record.menu)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana']);
  });

  it('never moves the userData folder, where the cases live', async () => {
    const { record } = await startMain();
    expect(record.setPaths).toEqual([]);
  });

  it('loads the Vite dev server only under electron-vite dev', async () => {
    const dev = await startMain({ isPackaged: false, rendererUrl: 'http://localhost:5173' });
    expect(dev.window.url).toBe('http://localhost:5173');
    expect(dev.window.options.webPreferences?.devTools).toBe(true);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    const packaged = await startMain({ isPackaged: true, rendererUrl: 'http://localhost:5173' });
    expect(packaged.window.url).toBe('app://tulay/index.html');
  });
});

describe('built main process: serving the renderer', () => {
  it('serves index.html over app:// with the CSP, including a configured catalogue', async () => {
    await writeFile(
      join(built.dataDir, 'shell-config.json'),
      '{"catalogueUrl":"https://catalogue.tulay.ph/v1"}',
    );
    const { record } = await startMain();
    const handler = record.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://tulay/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' https://catalogue.tulay.ph");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('refuses to serve files outside the renderer folder', async () => {
    const { record } = await startMain();
    const handler = record.protocolHandlers.get('app')!;
    const response = await handler(new Request('app://tulay/..%2fmain%2findex.js'));
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });
});

describe('built main process: guards', () => {
  it('refuses permissions such as camera and location', async () => {
    const { record } = await startMain();
    const callback = vi.fn();
    const request = record.permissionHandlers['request'] as (...args: unknown[]) => void;
    request(null, 'media', callback, { requestingUrl: 'app://tulay/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = record.permissionHandlers['check'] as (...args: unknown[]) => boolean;
    expect(check(null, 'geolocation', 'app://tulay', {})).toBe(false);
  });

  it("keeps the window's page on Tulay and sends allowed links to the browser", async () => {
    const { window, record } = await startMain();
    const navigation = { url: 'https://evil.com/', preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    const openHandler = window.webContents['windowOpenHandler'] as (d: { url: string }) => unknown;
    expect(openHandler({ url: 'https://evil.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://dmw.gov.ph/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(record.openedExternally).toEqual(['https://dmw.gov.ph/']));
    const webview = { preventDefault: vi.fn() };
    window.webContents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('built main process: IPC registration', () => {
  it('registers every channel of the contract exactly once, and nothing else', async () => {
    const { record } = await startMain();
    expect([...record.ipcRegistrations].sort()).toEqual([...channels].sort());
  });
});
