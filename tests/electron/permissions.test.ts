import { describe, expect, it, vi } from 'vitest';
import {
  applyPermissionPolicy,
  isPermissionGranted,
} from '../../electron/main/security/permissions';

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fileSystem',
    'hid',
    'unknown',
  ])('refuses %s even to Tulay itself', (permission) => {
    expect(isPermissionGranted(permission, 'app://tulay/index.html')).toBe(false);
  });

  it('lets Tulay, and only Tulay, keep its database safe from eviction', () => {
    expect(isPermissionGranted('persistent-storage', 'app://tulay/index.html')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://tulay')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://evil.com/')).toBe(false);
    expect(isPermissionGranted('persistent-storage', 'http://localhost:5173/')).toBe(false);
  });
});

type Handler = (...args: unknown[]) => unknown;

describe('applyPermissionPolicy', () => {
  it('installs request, check and device handlers that refuse', () => {
    const installed: Record<string, Handler> = {};
    const install = (name: string) => (handler: Handler) => void (installed[name] = handler);
    const session = {
      setPermissionRequestHandler: install('request'),
      setPermissionCheckHandler: install('check'),
      setDevicePermissionHandler: install('device'),
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    applyPermissionPolicy(session as never, null);
    const callback = vi.fn();
    installed['request']?.(null, 'media', callback, { requestingUrl: 'app://tulay/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(installed['check']?.(null, 'geolocation', 'app://tulay', {})).toBe(false);
    expect(installed['device']?.({ deviceType: 'usb', origin: 'app://tulay' })).toBe(false);
  });
});
