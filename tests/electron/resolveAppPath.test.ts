import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../electron/main/protocol';

const root = resolve('/srv/tulay/out/renderer');
const served = (url: string) => {
  const result = resolveAppPath(root, url);
  return result.ok ? result.filePath : result.status;
};

describe('resolveAppPath', () => {
  it('serves files of the bundle under the renderer root', () => {
    expect(served('app://tulay/index.html')).toBe(join(root, 'index.html'));
    expect(served('app://tulay/assets/index-Phox55eh.js')).toBe(
      join(root, 'assets/index-Phox55eh.js'),
    );
    expect(served('app://tulay/assets/noto%20sans.woff2')).toBe(
      join(root, 'assets/noto sans.woff2'),
    );
  });

  it('serves index.html for the root and for directories', () => {
    expect(served('app://tulay/')).toBe(join(root, 'index.html'));
    expect(served('app://tulay')).toBe(join(root, 'index.html'));
    expect(served('app://tulay/assets/')).toBe(join(root, 'assets/index.html'));
  });

  it('ignores query strings and fragments, even hostile-looking ones', () => {
    expect(served('app://tulay/index.html?next=../../etc/passwd')).toBe(join(root, 'index.html'));
    expect(served('app://tulay/index.html#/cases/../../x')).toBe(join(root, 'index.html'));
    expect(served('app://tulay/?..%2f..%2f')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['plain dot-dot', 'app://tulay/../etc/passwd'],
    ['nested dot-dot', 'app://tulay/assets/../../etc/passwd'],
    ['single dot', 'app://tulay/./index.html'],
    ['encoded dot-dot', 'app://tulay/%2e%2e/etc/passwd'],
    ['upper-case encoded dot-dot', 'app://tulay/%2E%2E/etc/passwd'],
    ['half-encoded dot-dot', 'app://tulay/.%2e/etc/passwd'],
    ['encoded slash', 'app://tulay/..%2f..%2fetc/passwd'],
    ['encoded slash inside a name', 'app://tulay/assets%2fx.js'],
    ['double-encoded dot', 'app://tulay/%252e%252e/etc/passwd'],
    ['double-encoded slash', 'app://tulay/..%252f..%252fetc'],
    ['backslash', 'app://tulay/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://tulay/..%5c..%5cwindows%5cwin.ini'],
    ['null byte', 'app://tulay/index.html\u0000.png'],
    ['encoded null byte', 'app://tulay/index.html%00.png'],
    ['absolute path after the host', 'app://tulay//etc/passwd'],
    ['Windows drive', 'app://tulay/C:/Windows/win.ini'],
    ['encoded Windows drive', 'app://tulay/C%3a/Windows/win.ini'],
    ['triple dot', 'app://tulay/.../etc'],
    ['trailing dot that Windows trims', 'app://tulay/index.html.'],
    ['trailing space that Windows trims', 'app://tulay/..%20/etc'],
    ['malformed percent encoding', 'app://tulay/%E0%A4%A'],
    ['control character', 'app://tulay/index%0a.html'],
  ])('refuses %s with 403', (_name, url) => {
    expect(served(url)).toBe(403);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a host that starts like ours', 'app://tulay.evil.com/index.html'],
    ['a port', 'app://tulay:8080/index.html'],
    ['credentials', 'app://user@tulay/index.html'],
    ['an empty host', 'app:///index.html'],
    ['another scheme', 'file://tulay/index.html'],
    ['https', 'https://tulay/index.html'],
  ])('answers 404 for %s', (_name, url) => {
    expect(served(url)).toBe(404);
  });

  it('refuses strings that are not URLs at all', () => {
    expect(served('/etc/passwd')).toBe(403);
    expect(served('index.html')).toBe(403);
    expect(served('')).toBe(403);
  });

  it('never returns a path outside the root, whatever the input', () => {
    const attempts = ['..', '%2e%2e', '.%2E', '%2E.', '%252e%252e', '%c0%ae%c0%ae', '%uff0e%uff0e'];
    for (const a of attempts) {
      for (const b of attempts) {
        const result = resolveAppPath(root, `app://tulay/${a}/${b}/etc/passwd`);
        if (result.ok) expect(result.filePath.startsWith(root + '/')).toBe(true);
      }
    }
  });
});
