// Loads the built main bundle against a fresh stand-in, optionally lets it become ready, and
// gives tests a way to call its IPC handlers as a renderer frame would.
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';
import { createElectronStandIn, type ElectronStandIn, type StandInWindow } from './electronStandIn';
import { loadBuiltBundle } from './loadBuiltBundle';

export const outDir = fileURLToPath(new URL('../../../out/', import.meta.url));
export const mainBundle = `${outDir}main/index.js`;
export const preloadBundle = `${outDir}preload/index.js`;

export interface MainOptions {
  /** Where userData and Documents point; a temporary folder per test. */
  dataDir: string;
  isPackaged?: boolean;
  gotSingleInstanceLock?: boolean;
  /** ELECTRON_RENDERER_URL, as `electron-vite dev` sets it. */
  rendererUrl?: string;
  systemLanguages?: string[];
}

export function loadMain(options: MainOptions): ElectronStandIn {
  const { dataDir, isPackaged = true, gotSingleInstanceLock = true, rendererUrl } = options;
  const { systemLanguages } = options;
  if (rendererUrl) process.env['ELECTRON_RENDERER_URL'] = rendererUrl;
  else delete process.env['ELECTRON_RENDERER_URL'];
  const standIn = createElectronStandIn({
    isPackaged,
    gotSingleInstanceLock,
    userDataDir: dataDir,
    documentsDir: dataDir,
    ...(systemLanguages ? { systemLanguages } : {}),
  });
  loadBuiltBundle(mainBundle, standIn.electron);
  return standIn;
}

type Invoke = (
  channel: string,
  frame: { url: string } | null,
  ...args: unknown[]
) => Promise<unknown>;

export async function startMain(
  options: MainOptions,
): Promise<ElectronStandIn & { window: StandInWindow; invoke: Invoke }> {
  const standIn = loadMain(options);
  standIn.becomeReady();
  await vi.waitFor(() => {
    const failure = standIn.record.log.find((entry) => entry.startsWith('showErrorBox'));
    if (failure) throw new Error(`main did not start: ${failure}`);
    expect(standIn.record.windows).toHaveLength(1);
  });
  const window = standIn.record.windows[0]!;
  const invoke: Invoke = (channel, frame, ...args) => {
    const listener = standIn.record.ipcHandlers.get(channel) as (
      ...a: unknown[]
    ) => Promise<unknown>;
    return listener({ senderFrame: frame, sender: window.webContents }, ...args);
  };
  return { ...standIn, window, invoke };
}
