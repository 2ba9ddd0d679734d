import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/protocol';

const csp = "default-src 'self'";
let base: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tulay-protocol-'));
  await mkdir(join(base, 'renderer/assets'), { recursive: true });
  await writeFile(join(base, 'renderer/index.html'), '<!doctype html><title>Tulay</title>');
  await writeFile(join(base, 'renderer/assets/app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'case notes');
  handler = createAppProtocolHandler({
    rootDir: join(base, 'renderer'),
    contentSecurityPolicy: csp,
  });
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('createAppProtocolHandler', () => {
  it('serves index.html with its type and the CSP', async () => {
    const response = await get('app://tulay/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(csp);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Tulay</title>');
  });

  it('serves scripts as JavaScript so Chromium runs them as modules', async () => {
    const response = await get('app://tulay/assets/app.js');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('does not leak a file next to the renderer folder', async () => {
    const response = await get('app://tulay/..%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(response.headers.get('Content-Security-Policy')).toBe(csp);
  });

  it('answers 404, with the CSP, for a missing file or a directory', async () => {
    for (const url of ['app://tulay/missing.js', 'app://tulay/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toBe(csp);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://tulay/index.html', 'POST')).status).toBe(405);
    const head = await get('app://tulay/index.html', 'HEAD');
    expect(head.status).toBe(200);
  });
});
