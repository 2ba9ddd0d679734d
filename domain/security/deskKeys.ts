// The desk's keys (issue #15). One random 256-bit desk secret is the root: from it come the data
// key that will encrypt sensitive fields (AES-GCM 256) and the key of the blind search index
// (HMAC-SHA-256), both non-extractable. The secret itself is only ever stored wrapped: once per
// staff member under a key derived from their passphrase (PBKDF2-SHA-256), and once under the
// desk's recovery key. Unwrapping it is what signing in means; it lives only in memory.
import { WrongPassphraseError } from './WrongPassphraseError';

/** OWASP's figure for PBKDF2-HMAC-SHA-256 (Password Storage Cheat Sheet, 2023). */
export const PBKDF2_ITERATIONS = 600_000;
const SECRET_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** The desk secret wrapped under a staff member's passphrase; stored, never the passphrase. */
export interface PassphraseWrap {
  kind: 'passphrase';
  /** base64 */
  salt: string;
  iterations: number;
  /** base64 */
  iv: string;
  /** base64: AES-GCM of the secret, so a wrong key fails its tag instead of giving garbage. */
  wrapped: string;
}

/** The desk secret wrapped under the recovery key. */
export interface RecoveryWrap {
  kind: 'recovery';
  salt: string;
  iv: string;
  wrapped: string;
}

// Types from the global WebCrypto object: domain/ is compiled for the DOM and for Node alike.
type Subtle = typeof globalThis.crypto.subtle;
type CryptoKey = Awaited<ReturnType<Subtle['importKey']>>;
type DerivedAlgorithm = Parameters<Subtle['deriveKey']>[2];
type KeyUses = Parameters<Subtle['deriveKey']>[4];

/** The raw key bytes a signed-in session holds (derived with HKDF from the desk secret). */
export interface FieldKeys {
  /** 32 bytes: XChaCha20-Poly1305 for the fields. */
  data: Uint8Array;
  /** 32 bytes: HMAC-SHA-256 for the blind index. */
  index: Uint8Array;
}

/** What a signed-in session holds: keys that cannot be read out of WebCrypto. */
export interface DeskKeys {
  /** AES-GCM 256, for the fields marked sensitive. */
  dataKey: CryptoKey;
  /** HMAC-SHA-256, for the blind index of search tokens. */
  indexKey: CryptoKey;
  /**
   * Raw bytes of the keys that encrypt fields at rest and make the blind index. They must be
   * usable synchronously inside an IndexedDB transaction, which WebCrypto cannot do
   * (docs/encryption.md); they are wiped with `forgetFieldKeys` when the desk locks.
   */
  fieldKeys: FieldKeys;
}

/** Overwrites the raw key bytes (a lock): nothing of them stays in this window's memory. */
export function forgetFieldKeys(keys: FieldKeys) {
  keys.data.fill(0);
  keys.index.fill(0);
}

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
const utf8 = (text: string) => new TextEncoder().encode(text.normalize('NFC'));

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** A new random desk secret: made once, at the set-up. */
export function createDeskSecret(): Uint8Array<ArrayBuffer> {
  return random(SECRET_BYTES);
}

async function passphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) {
  const material = await subtle().importKey('raw', utf8(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function recoveryKeyKey(recoveryKey: string, salt: Uint8Array<ArrayBuffer>) {
  // The recovery key is 160 random bits, not a human choice: HKDF is enough to turn it into a key.
  const material = await subtle().importKey('raw', parseRecoveryKey(recoveryKey), 'HKDF', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('tulay recovery key') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(key: CryptoKey, secret: Uint8Array<ArrayBuffer>) {
  const iv = random(IV_BYTES);
  const wrapped = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, secret));
  return { iv: toBase64(iv), wrapped: toBase64(wrapped) };
}

async function open(key: CryptoKey, wrap: { iv: string; wrapped: string }) {
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(wrap.iv) },
      key,
      fromBase64(wrap.wrapped),
    );
    return new Uint8Array(plain);
  } catch {
    // AES-GCM's tag does not match: the key is not the one this was wrapped with.
    throw new WrongPassphraseError();
  }
}

export async function wrapWithPassphrase(
  secret: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<PassphraseWrap> {
  const salt = random(SALT_BYTES);
  const key = await passphraseKey(passphrase, salt, iterations);
  return { kind: 'passphrase', salt: toBase64(salt), iterations, ...(await seal(key, secret)) };
}

/** The raw desk secret, for wrapping it again (a new account); rejects with WrongPassphraseError. */
export async function unwrapSecretWithPassphrase(
  wrap: PassphraseWrap,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await passphraseKey(passphrase, fromBase64(wrap.salt), wrap.iterations);
  return open(key, wrap);
}

export async function wrapWithRecoveryKey(
  secret: Uint8Array<ArrayBuffer>,
  recoveryKey: string,
): Promise<RecoveryWrap> {
  const salt = random(SALT_BYTES);
  const key = await recoveryKeyKey(recoveryKey, salt);
  return { kind: 'recovery', salt: toBase64(salt), ...(await seal(key, secret)) };
}

/** The raw desk secret from the recovery key; rejects with WrongPassphraseError. */
export async function unwrapSecretWithRecoveryKey(
  wrap: RecoveryWrap,
  recoveryKey: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await recoveryKeyKey(recoveryKey, fromBase64(wrap.salt)).catch(() => {
    throw new WrongPassphraseError();
  });
  return open(key, wrap);
}

/** The session's keys, derived from the secret; the secret's bytes are wiped afterwards. */
export async function deskKeysFromSecret(secret: Uint8Array<ArrayBuffer>): Promise<DeskKeys> {
  try {
    const root = await subtle().importKey('raw', secret, 'HKDF', false, [
      'deriveKey',
      'deriveBits',
    ]);
    const hkdf = (info: string) => ({
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: utf8(info),
    });
    const derive = (info: string, algorithm: DerivedAlgorithm, uses: KeyUses) =>
      subtle().deriveKey(hkdf(info), root, algorithm, false, uses);
    const bits = async (info: string) =>
      new Uint8Array(await subtle().deriveBits(hkdf(info), root, 256));
    const [dataKey, indexKey, data, index] = await Promise.all([
      derive('tulay data key', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
      derive('tulay blind index', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
      bits('tulay field key'),
      bits('tulay field index key'),
    ]);
    return { dataKey, indexKey, fieldKeys: { data, index } };
  } finally {
    secret.fill(0);
  }
}

/** Signing in: the passphrase unwraps the secret, and the session gets its keys. */
export async function unwrapWithPassphrase(
  wrap: PassphraseWrap,
  passphrase: string,
): Promise<DeskKeys> {
  return deskKeysFromSecret(await unwrapSecretWithPassphrase(wrap, passphrase));
}

// Crockford's base 32: no I, L, O or U, so nothing is misread from a printed sheet.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 20;
const GROUP = 4;

/** A new recovery key: 160 random bits as 32 characters, in groups of four. */
export function createRecoveryKey(): string {
  const bytes = random(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/**
 * The recovery key's bytes from what a person typed: spaces, dashes and case do not matter, and
 * O, I and L are read as 0, 1 and 1. Throws WrongPassphraseError for anything else.
 */
export function parseRecoveryKey(typed: string): Uint8Array<ArrayBuffer> {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (text.length !== (RECOVERY_BYTES * 8) / 5) throw new WrongPassphraseError();
  const bytes = new Uint8Array(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) throw new WrongPassphraseError();
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[at++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return bytes;
}
