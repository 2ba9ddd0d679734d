import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../electron/main/window';

describe('windowOptions', () => {
  const options = windowOptions({
    preloadPath: '/app/out/preload/index.js',
    devTools: false,
    iconPath: '/app/out/main/chunks/512x512.png',
  });
  const prefs = options.webPreferences ?? {};

  it('isolates the renderer from Node and from the preload', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and <webview> off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('does not send typed text to a spell-check service or navigate on a dropped file', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and hides DevTools in a packaged app', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs.devTools).toBe(false);
    expect(
      windowOptions({ preloadPath: 'p', devTools: true, iconPath: 'i' }).webPreferences?.devTools,
    ).toBe(true);
  });

  it('shows the window only once it is drawn, at a size that fits the intake form', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });
});
