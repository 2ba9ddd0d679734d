// The IndexedDB holding every case lives in a folder named after productName, and appId makes
// an update replace the same app: if these drift apart, the next release opens an empty database.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appId, appName } from '../../electron/main/appIdentity';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const yamlValue = (yaml: string, key: string) =>
  new RegExp(`^${key}:\\s*(\\S+)\\s*$`, 'm').exec(yaml)?.[1];

describe('app identity', () => {
  it('is the same in main, electron-builder.yml and package.json', () => {
    const builder = read('electron-builder.yml');
    const pkg = JSON.parse(read('package.json')) as { productName?: string };
    expect(appId).toBe('ph.tulay.desk');
    expect(appName).toBe('Tulay');
    expect(yamlValue(builder, 'appId')).toBe(appId);
    expect(yamlValue(builder, 'productName')).toBe(appName);
    expect(pkg.productName).toBe(appName);
  });

  it('keeps the hardening fuses in the packaging config', () => {
    const builder = read('electron-builder.yml');
    for (const [fuse, value] of Object.entries({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
    })) {
      expect(builder).toMatch(new RegExp(`^  ${fuse}: ${value}$`, 'm'));
    }
  });
});
