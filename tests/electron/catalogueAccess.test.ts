// The catalogue address typed in Settings → Sync reaches the desktop app's CSP: exactly its
// origin joins connect-src, only when it is one catalogueOrigin accepts, saved before it counts.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueAccess } from '../../electron/main/catalogueAccess';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { readShellConfig, writeShellConfig } from '../../electron/main/shellConfig';

const connectSrc = (policy: string) =>
  policy.split('; ').find((part) => part.startsWith('connect-src '));

function access(initial?: string) {
  const saved: string[] = [];
  const value = new CatalogueAccess(initial, (origin) => {
    saved.push(origin);
    return Promise.resolve();
  });
  return { access: value, saved };
}

describe('CatalogueAccess', () => {
  it('starts from the shell configuration', () => {
    expect(connectSrc(access('https://catalogue.tulay.ph/v1').access.policy())).toBe(
      "connect-src 'self' https://catalogue.tulay.ph",
    );
    expect(connectSrc(access().access.policy())).toBe("connect-src 'self'");
  });

  it('allows exactly the origin of a saved address, in place of the previous one', async () => {
    const { access: a, saved } = access('https://old.example.org');
    await expect(a.allow('https://catalogue.albay.gov.ph:8443/path?q=1')).resolves.toEqual({
      allowed: true,
      reload: true,
    });
    expect(connectSrc(a.policy())).toBe("connect-src 'self' https://catalogue.albay.gov.ph:8443");
    expect(saved).toEqual(['https://catalogue.albay.gov.ph:8443']);
    // The same origin again: nothing to save, no reload.
    await expect(a.allow('https://catalogue.albay.gov.ph:8443/other')).resolves.toEqual({
      allowed: true,
      reload: false,
    });
    expect(saved).toHaveLength(1);
  });

  it('allows a test catalogue on this computer over plain http', async () => {
    const { access: a } = access();
    await a.allow('http://127.0.0.1:8787');
    expect(connectSrc(a.policy())).toBe("connect-src 'self' http://127.0.0.1:8787");
  });

  it.each([
    ['plain http on the network', 'http://catalogue.tulay.ph'],
    ['javascript:', 'javascript:alert(1)'],
    ['a wildcard', 'https://*'],
    ['credentials', 'https://user:pass@catalogue.tulay.ph'],
    ['directive injection', "https://a.org;script-src 'unsafe-eval'"],
    ['not a URL', 'catalogue.tulay.ph'],
  ])('refuses an address with %s and keeps the policy', async (_name, address) => {
    const { access: a, saved } = access('https://catalogue.tulay.ph');
    const before = a.policy();
    await expect(a.allow(address)).resolves.toEqual({ allowed: false, reload: false });
    expect(a.policy()).toBe(before);
    expect(saved).toEqual([]);
  });

  it('keeps the policy when the address cannot be saved', async () => {
    const a = new CatalogueAccess('https://catalogue.tulay.ph', () =>
      Promise.reject(new Error('disk full')),
    );
    await expect(a.allow('https://other.example.org')).rejects.toThrow('disk full');
    expect(connectSrc(a.policy())).toBe("connect-src 'self' https://catalogue.tulay.ph");
  });
});

describe('the allowed catalogue, served and remembered', () => {
  let base: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'tulay-catalogue-access-'));
    await mkdir(join(base, 'renderer'), { recursive: true });
    await writeFile(join(base, 'renderer/index.html'), '<!doctype html><title>Tulay</title>');
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('serves the page with the new origin after it is allowed, and starts with it next time', async () => {
    const a = new CatalogueAccess(undefined, (origin) =>
      writeShellConfig(base, { catalogueUrl: origin }),
    );
    const handler = createAppProtocolHandler({
      rootDir: join(base, 'renderer'),
      contentSecurityPolicy: a.policy,
    });
    const policyOf = async () =>
      connectSrc(
        (await handler(new Request('app://tulay/'))).headers.get('Content-Security-Policy')!,
      );
    expect(await policyOf()).toBe("connect-src 'self'");
    await a.allow('https://catalogue.legazpi.gov.ph/');
    expect(await policyOf()).toBe("connect-src 'self' https://catalogue.legazpi.gov.ph");

    expect(JSON.parse(await readFile(join(base, 'shell-config.json'), 'utf8'))).toEqual({
      catalogueUrl: 'https://catalogue.legazpi.gov.ph',
    });
    const restarted = new CatalogueAccess((await readShellConfig(base)).catalogueUrl, () =>
      Promise.resolve(),
    );
    expect(connectSrc(restarted.policy())).toBe(
      "connect-src 'self' https://catalogue.legazpi.gov.ph",
    );
  });
});
