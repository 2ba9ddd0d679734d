// Keeps every window on Tulay's own pages: navigation away, new windows and <webview> are
// denied; an https link to a host on the allow-list opens in the system browser instead.
import type { WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/** True only for https URLs on the default port, without credentials, whose host is listed. */
export function isAllowedExternalUrl(url: string, allowList: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return allowList.some((allowed) => allowed.toLowerCase() === host);
}

export interface NavigationPolicy {
  allowList: readonly string[];
  devOrigin: string | null;
  openExternal: (url: string) => Promise<void>;
}

function openIfAllowed(url: string, policy: NavigationPolicy): void {
  if (!isAllowedExternalUrl(url, policy.allowList)) {
    console.warn(`[tulay] blocked a link that is not on the allow-list: ${url}`);
    return;
  }
  policy.openExternal(url).catch((error: unknown) => {
    console.error(`[tulay] could not open ${url} in the browser`, error);
  });
}

export function hardenWebContents(contents: WebContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, policy.devOrigin)) return;
    event.preventDefault();
    openIfAllowed(event.url, policy);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, policy);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
