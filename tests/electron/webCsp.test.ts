import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/security/csp';
import { WEB_CSP, webCsp } from '../../scripts/serveRenderer.mjs';

describe('npm run web', () => {
  it('serves the renderer under the same Content-Security-Policy as the desktop app', () => {
    expect(WEB_CSP).toBe(contentSecurityPolicy());
  });

  it('allows the catalogue named by CATALOGUE_URL exactly as the desktop app allows its own', () => {
    for (const catalogueUrl of [
      'http://127.0.0.1:8787',
      'https://catalogue.example.gov/v1',
      'http://192.168.1.20:8787',
      'ftp://example.org',
    ]) {
      expect(webCsp(catalogueUrl), catalogueUrl).toBe(contentSecurityPolicy({ catalogueUrl }));
    }
    expect(webCsp('http://127.0.0.1:8787')).toContain("connect-src 'self' http://127.0.0.1:8787;");
    expect(webCsp('http://192.168.1.20:8787')).toContain("connect-src 'self';");
  });
});
