// Tulay needs no camera, microphone, location, notifications or devices, so every permission
// is refused. One exception: persistent storage for Tulay's own page, so Chromium never evicts
// the IndexedDB that holds the desk's cases when the disk runs low.
import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  devOrigin: string | null = null,
): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl, devOrigin);
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function applyPermissionPolicy(session: PermissionSession, devOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl, devOrigin);
    if (!granted) console.warn(`[tulay] refused permission "${permission}"`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
