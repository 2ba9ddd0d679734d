// Where the renderer comes from: app://tulay/ in every build, and in `electron-vite dev` only,
// the Vite dev server on this machine. Everything that decides "is this our own page?" asks here.

export const appScheme = 'app';
export const appHost = 'tulay';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname.toLowerCase());
}

/**
 * The dev server origin when the app runs under `electron-vite dev` (not packaged, and
 * ELECTRON_RENDERER_URL names an http(s) server on loopback); otherwise null.
 */
export function devServerOrigin(
  isPackaged: boolean,
  rendererUrl: string | undefined,
): string | null {
  if (isPackaged || !rendererUrl) return null;
  const url = parseUrl(rendererUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.username || url.password || !isLoopbackHost(url.hostname)) return null;
  return url.origin;
}

/** True for app://tulay/… exactly (no port, no credentials) and for the dev server, if any. */
export function isAppUrl(url: string, devOrigin: string | null = null): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${appScheme}:`) {
    return parsed.host === appHost && !parsed.username && !parsed.password;
  }
  if (devOrigin === null || devServerOrigin(false, devOrigin) !== devOrigin) return false;
  return parsed.origin === devOrigin;
}
