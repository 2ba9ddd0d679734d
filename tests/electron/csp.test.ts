import { describe, expect, it } from 'vitest';
import { catalogueOrigin, contentSecurityPolicy } from '../../electron/main/security/csp';

const directive = (policy: string, name: string) =>
  policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the bundle, never eval or inline scripts', () => {
    const policy = contentSecurityPolicy();
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
  });

  it('locks down plugins, base URLs, forms and framing', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(policy, 'form-action')).toBe("form-action 'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('lets Mantine inject styles and the bundle use data: fonts and images', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(directive(policy, 'font-src')).toBe("font-src 'self' data:");
  });

  it('connects only to itself when no catalogue is configured', () => {
    expect(directive(contentSecurityPolicy(), 'connect-src')).toBe("connect-src 'self'");
    expect(directive(contentSecurityPolicy({ catalogueUrl: '' }), 'connect-src')).toBe(
      "connect-src 'self'",
    );
  });

  it('adds the configured https catalogue origin, and only its origin', () => {
    const policy = contentSecurityPolicy({
      catalogueUrl: 'https://catalogue.tulay.ph:8443/v1/?x=1',
    });
    expect(directive(policy, 'connect-src')).toBe(
      "connect-src 'self' https://catalogue.tulay.ph:8443",
    );
  });

  it.each([
    ['plain http on the network', 'http://catalogue.tulay.ph'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['ws:', 'ws://catalogue.tulay.ph'],
    ['credentials', 'https://user:pass@catalogue.tulay.ph'],
    ['a wildcard', 'https://*'],
    ['directive injection', "https://a.org;script-src 'unsafe-eval'"],
    ['not a URL', 'catalogue.tulay.ph'],
  ])('leaves out a catalogue URL with %s', (_name, catalogueUrl) => {
    const policy = contentSecurityPolicy({ catalogueUrl });
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
  });

  it('accepts http only for a catalogue on this machine', () => {
    expect(catalogueOrigin('http://localhost:3000/')).toBe('http://localhost:3000');
    expect(catalogueOrigin('http://127.0.0.1:3000/')).toBe('http://127.0.0.1:3000');
    expect(catalogueOrigin('http://[::1]:3000/')).toBe('http://[::1]:3000');
    expect(catalogueOrigin('http://localhost.evil.com/')).toBeNull();
    expect(catalogueOrigin('http://127.0.0.1.nip.io/')).toBeNull();
  });
});
