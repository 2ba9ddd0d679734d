import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/security/csp';
import { WEB_CSP } from '../../scripts/serveRenderer.mjs';

describe('npm run web', () => {
  it('serves the renderer under the same Content-Security-Policy as the desktop app', () => {
    expect(WEB_CSP).toBe(contentSecurityPolicy());
  });
});
