// The Content-Security-Policy sent with every app:// response. Scripts come only from the
// bundle; the only remote origin the renderer may talk to is the configured catalogue.
import { isLoopbackHost } from './appOrigin';

// An origin we are willing to paste into a header: nothing that could end the directive.
const safeOrigin = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * The catalogue's origin if its URL is https (or http on this machine, for a local test
 * server); null for anything else, so a bad setting narrows the policy instead of widening it.
 */
export function catalogueOrigin(catalogueUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(catalogueUrl);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const secure = url.protocol === 'https:';
  const localHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (!secure && !localHttp) return null;
  return safeOrigin.test(url.origin) ? url.origin : null;
}

export interface CspOptions {
  catalogueUrl?: string | undefined;
}

export function contentSecurityPolicy({ catalogueUrl }: CspOptions = {}): string {
  const catalogue = catalogueUrl ? catalogueOrigin(catalogueUrl) : null;
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine injects its styles at run time in <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    catalogue ? `connect-src 'self' ${catalogue}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}
