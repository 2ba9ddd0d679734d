// A recording stand-in for the `electron` module, for loading the built main and preload
// bundles in Node (the Electron binary cannot be downloaded here). It enforces the rules the
// real module enforces about app readiness, so a wrong lifecycle order fails the test too.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions as WindowOptions } from 'electron';

type Listener = (...args: never[]) => unknown;

export interface StandInWindow extends EventEmitter {
  readonly options: WindowOptions;
  readonly webContents: StandInWebContents;
  url: string | undefined;
}

export interface StandInOptions {
  isPackaged: boolean;
  gotSingleInstanceLock: boolean;
  userDataDir: string;
  documentsDir: string;
  /** What app.getPreferredSystemLanguages() answers: the operating system's languages. */
  systemLanguages?: string[];
}

function requireReady(state: { ready: boolean }, what: string): void {
  if (!state.ready) throw new Error(`${what} cannot be used before the app is ready`);
}

type StandInWebContents = EventEmitter & Record<string, unknown>;

let webContentsIds = 0;
function createWebContents(): StandInWebContents {
  const contents = new EventEmitter() as StandInWebContents;
  contents['id'] = webContentsIds += 1;
  contents['windowOpenHandler'] = undefined;
  contents['setWindowOpenHandler'] = (handler: Listener) =>
    (contents['windowOpenHandler'] = handler);
  contents['printToPDF'] = () => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  return contents;
}

/** What main did to the stand-in, in the order it did it where order matters (`log`). */
export interface StandInRecord {
  log: string[];
  privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Map<string, Listener>;
  ipcRegistrations: string[];
  windows: StandInWindow[];
  permissionHandlers: Record<string, Listener>;
  setPaths: string[];
  menus: number;
  /** The template of the application menu main set last. */
  menu: unknown[] | undefined;
  /** What the next save dialog answers; tests change it. */
  saveDialogResult: { canceled: boolean; filePath: string };
  saveDialogCalls: number;
  /** The default path main proposed in the last save dialog. */
  lastSaveDefaultPath: string | undefined;
  /** What the next open dialog answers; tests change it. */
  openDialogResult: { canceled: boolean; filePaths: string[] };
  openedExternally: string[];
  /** Whether safeStorage offers a protected key store; tests change it. */
  safeStorageAvailable: boolean;
}

export interface ElectronStandIn {
  /** Handed to the bundle as the `electron` module. */
  electron: object;
  record: StandInRecord;
  /** Resolves app.whenReady() and emits 'ready', as Electron does once Chromium is up. */
  becomeReady(): void;
}

export function createElectronStandIn(options: StandInOptions): ElectronStandIn {
  const state = { ready: false };
  const log: string[] = [];
  const record: StandInRecord = {
    log,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    ipcRegistrations: [],
    windows: [],
    permissionHandlers: {},
    setPaths: [],
    menus: 0,
    menu: undefined,
    saveDialogResult: { canceled: true, filePath: '' },
    saveDialogCalls: 0,
    lastSaveDefaultPath: undefined,
    openDialogResult: { canceled: true, filePaths: [] },
    openedExternally: [],
    safeStorageAvailable: true,
  };
  let markReady!: () => void;
  const whenReady = new Promise<void>((resolve) => (markReady = resolve));

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    name: 'electron',
    setName: (name: string) => ((app.name = name), log.push(`setName:${name}`)),
    getName: () => app.name,
    getVersion: () => '0.1.0',
    setAppUserModelId: (id: string) => log.push(`setAppUserModelId:${id}`),
    enableSandbox: () => {
      if (state.ready)
        throw new Error('app.enableSandbox() must be called before the app is ready');
      log.push('enableSandbox');
    },
    requestSingleInstanceLock: () => (
      log.push('requestSingleInstanceLock'),
      options.gotSingleInstanceLock
    ),
    quit: () => log.push('quit'),
    exit: (code: number) => log.push(`exit:${code}`),
    isReady: () => state.ready,
    whenReady: () => whenReady,
    getPath: (name: string) => {
      if (name === 'userData') return options.userDataDir;
      if (name === 'documents') return options.documentsDir;
      throw new Error(`getPath(${name}) is not expected in Tulay`);
    },
    setPath: (name: string) => record.setPaths.push(name),
    getPreferredSystemLanguages: () => options.systemLanguages ?? ['en-US'],
  });

  class BrowserWindow extends EventEmitter implements StandInWindow {
    static getAllWindows = () => record.windows;
    static fromWebContents = (contents: unknown) =>
      record.windows.find((w) => w.webContents === contents) ?? null;
    readonly webContents = createWebContents();
    url: string | undefined;
    constructor(readonly options: WindowOptions) {
      super();
      requireReady(state, 'BrowserWindow');
      record.windows.push(this);
      log.push('new BrowserWindow');
      app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    }
    loadURL = (url: string) => {
      this.url = url;
      return Promise.resolve();
    };
    show = () => log.push('show');
    isMinimized = () => false;
    restore = () => {};
    focus = () => log.push('focus');
  }

  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof record.privilegedSchemes) => {
        if (state.ready) throw new Error('registerSchemesAsPrivileged must be called before ready');
        record.privilegedSchemes.push(...schemes);
        log.push('registerSchemesAsPrivileged');
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        requireReady(state, 'protocol.handle');
        record.protocolHandlers.set(scheme, handler);
      },
    },
    get session() {
      requireReady(state, 'session');
      const setter = (name: string) => (handler: Listener) =>
        (record.permissionHandlers[name] = handler);
      return {
        defaultSession: {
          setPermissionRequestHandler: setter('request'),
          setPermissionCheckHandler: setter('check'),
          setDevicePermissionHandler: setter('device'),
        },
      };
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        if (record.ipcHandlers.has(channel)) {
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        }
        record.ipcHandlers.set(channel, listener);
        record.ipcRegistrations.push(channel);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        record.menus++;
        record.menu = menu.template;
      },
    },
    dialog: {
      showSaveDialog: (...args: unknown[]) => {
        const options = args[args.length - 1] as { defaultPath?: string };
        record.saveDialogCalls++;
        record.lastSaveDefaultPath = options.defaultPath;
        return Promise.resolve(record.saveDialogResult);
      },
      showOpenDialog: () => Promise.resolve(record.openDialogResult),
      showErrorBox: (title: string, content: string) =>
        log.push(`showErrorBox:${title}:${content}`),
    },
    // Reversible but not clear text, as the real key store's ciphertext is to the test.
    safeStorage: {
      isEncryptionAvailable: () => state.ready && record.safeStorageAvailable,
      getSelectedStorageBackend: () =>
        record.safeStorageAvailable ? 'gnome_libsecret' : 'basic_text',
      encryptString: (text: string) => {
        requireReady(state, 'safeStorage');
        return Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a));
      },
      decryptString: (data: Buffer) =>
        Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8'),
    },
    shell: {
      openExternal: (url: string) => (record.openedExternally.push(url), Promise.resolve()),
    },
  };

  const becomeReady = () => {
    state.ready = true;
    log.push('ready');
    app.emit('ready');
    markReady();
  };
  return { electron, record, becomeReady };
}
