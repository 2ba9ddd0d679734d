import { describe, expect, it } from 'vitest';
import {
  createDeskSecret,
  createRecoveryKey,
  parseRecoveryKey,
  PBKDF2_ITERATIONS,
  unwrapSecretWithPassphrase,
  unwrapSecretWithRecoveryKey,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
} from '../../../domain/security/deskKeys';
import { WrongPassphraseError } from '../../../domain/security/WrongPassphraseError';
import { nextTryAt, waitAfterFailures } from '../../../domain/security/signInThrottle';

const encryptWith = async (key: CryptoKey, text: string) => {
  const iv = new Uint8Array(12);
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text));
};
const decryptWith = async (key: CryptoKey, data: ArrayBuffer) =>
  new TextDecoder().decode(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, data),
  );

describe('deskKeys', () => {
  it('wraps the desk secret under a passphrase with 600,000 PBKDF2 rounds and unwraps it to the same keys', async () => {
    const secret = createDeskSecret();
    const copy = secret.slice();
    const wrap = await wrapWithPassphrase(secret, 'Mabuhay ang Legazpi');
    expect(wrap.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(wrap.wrapped).not.toContain(Buffer.from(copy).toString('base64'));

    const first = await unwrapWithPassphrase(wrap, 'Mabuhay ang Legazpi');
    const second = await unwrapWithPassphrase(wrap, 'Mabuhay ang Legazpi');
    // Two sign-ins give the same data key: what one encrypts, the other reads.
    const sealed = await encryptWith(first.dataKey, 'Maria Dela Cruz');
    expect(await decryptWith(second.dataKey, sealed)).toBe('Maria Dela Cruz');
    expect(first.dataKey.extractable).toBe(false);
    expect(first.indexKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', first.dataKey)).rejects.toThrow();
  });

  it('refuses a wrong passphrase with a WrongPassphraseError, and a salt of its own per wrap', async () => {
    const secret = createDeskSecret();
    const wrap = await wrapWithPassphrase(secret.slice(), 'correct horse battery', 1_000);
    await expect(unwrapWithPassphrase(wrap, 'correct horse batterY')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const again = await wrapWithPassphrase(secret.slice(), 'correct horse battery', 1_000);
    expect(again.salt).not.toBe(wrap.salt);
    expect(again.wrapped).not.toBe(wrap.wrapped);
  });

  it('opens with the recovery key however it is typed, and then takes a new passphrase', async () => {
    const secret = createDeskSecret();
    const admin = await wrapWithPassphrase(secret.slice(), 'forgotten passphrase', 1_000);
    const recoveryKey = createRecoveryKey();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const recovery = await wrapWithRecoveryKey(secret.slice(), recoveryKey);

    const typed = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')} `;
    const opened = await unwrapSecretWithRecoveryKey(recovery, typed);
    const renewed = await wrapWithPassphrase(opened, 'a brand new passphrase', 1_000);
    const viaNew = await unwrapWithPassphrase(renewed, 'a brand new passphrase');
    const viaOld = await unwrapWithPassphrase(admin, 'forgotten passphrase');
    const sealed = await encryptWith(viaOld.dataKey, 'same desk');
    expect(await decryptWith(viaNew.dataKey, sealed)).toBe('same desk');
  });

  it('refuses another recovery key and a malformed one alike', async () => {
    const secret = createDeskSecret();
    const recovery = await wrapWithRecoveryKey(secret, createRecoveryKey());
    await expect(unwrapSecretWithRecoveryKey(recovery, createRecoveryKey())).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await expect(unwrapSecretWithRecoveryKey(recovery, 'ABCD-EFGH')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(() => parseRecoveryKey('UUUU'.repeat(8))).toThrow(WrongPassphraseError);
  });

  it('gives the raw secret back for wrapping it for a new staff member', async () => {
    const secret = createDeskSecret();
    const copy = secret.slice();
    const wrap = await wrapWithPassphrase(secret, 'administrator passphrase', 1_000);
    expect([...(await unwrapSecretWithPassphrase(wrap, 'administrator passphrase'))]).toEqual([
      ...copy,
    ]);
  });
});

describe('signInThrottle', () => {
  it('lets three tries go free, then doubles the wait from five seconds up to five minutes', () => {
    expect([0, 1, 2].map(waitAfterFailures)).toEqual([0, 0, 0]);
    expect([3, 4, 5].map(waitAfterFailures)).toEqual([5_000, 10_000, 20_000]);
    expect(waitAfterFailures(30)).toBe(300_000);
    const at = '2026-12-05T10:00:00.000Z';
    expect(nextTryAt({ failedAttempts: 4, lastFailedAt: at })).toBe(Date.parse(at) + 10_000);
    expect(nextTryAt({ failedAttempts: 0 })).toBe(0);
    // A wrong passphrase within the free tries sets no time to wait for.
    expect(nextTryAt({ failedAttempts: 2, lastFailedAt: at })).toBe(0);
  });
});
