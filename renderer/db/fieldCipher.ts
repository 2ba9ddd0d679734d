// Field-level encryption at rest and the blind search index (issue #15, docs/encryption.md).
// Synchronous on purpose: an IndexedDB transaction commits as soon as it waits on anything that
// is not an IndexedDB request, so WebCrypto's promises cannot run inside one. XChaCha20-Poly1305 and
// HMAC-SHA-256 come from the audited @noble libraries, which compute in the same tick. The cipher
// is XChaCha20-Poly1305 rather than AES-GCM: its 192-bit random nonce cannot repeat in practice
// (AES-GCM's 96-bit one allows about 2^32 messages per key), and in JavaScript it is about twice
// as fast, having no key-dependent tables to build for each field.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64, toBase64, type FieldKeys } from '../../domain/security/deskKeys';

export type { FieldKeys };

/** What an encrypted field holds: this prefix, then base64 of nonce (24) | ciphertext | tag (16). */
export const SEALED_PREFIX = 'enc1:';
const NONCE_BYTES = 24;
/** Bytes of each HMAC computed for the blind index (10): the parts below keep some of its text. */
const BLIND_BYTES = 10;
/**
 * Characters of a token the blind index covers: a query word longer than this asks for the
 * tokens that share its first 12, and the caller checks the rest on the decrypted tokens.
 */
export const BLIND_CHAIN_LENGTH = 12;
/** Characters (of base64url, 6 bits each) of a key's first-character hash and its whole-token check. */
const FIRST_CHARS = 4;
const CHECK_CHARS = 4;
/** What ends a key's chain, before its whole-token check: not a base64url character. */
const CHAIN_END = '.';

/**
 * Characters of the mark of a prefix of `length` characters: 12 bits for the second and third,
 * where a prefix has the most siblings (every "m" word's second letter) and a shared mark would
 * bring a whole sibling's tokens into a short query's range; 6 bits further on, where there are
 * few.
 */
const markChars = (length: number) => (length <= 3 ? 2 : 1);

/** A key of version 5: at least a first-character hash, `.`, a whole-token check. */
const BLIND_KEY = new RegExp(`^[\\w-]{${FIRST_CHARS},}\\${CHAIN_END}[\\w-]{${CHECK_CHARS}}$`);
/**
 * Whether a row's stored blind tokens are of the current form (version 5: one key a token, its
 * chain, `.`, and its whole-token check). Older versions' keys hold no `.`: the migration
 * re-blinds those rows.
 */
export const isCurrentBlindForm = (stored: readonly unknown[]) =>
  stored.every((key) => typeof key === 'string' && BLIND_KEY.test(key));
/**
 * Blind tokens remembered per cipher: names repeat ("mar" is a prefix of thousands), and a first
 * sync hashes the same few thousand strings over and over. Bounded so that memory stays small
 * (about 5 MB); it lives in the cipher, which lockDatabase drops, so nothing outlives the session.
 */
export const BLIND_MEMO_MAX = 50_000;
/**
 * Opened values remembered per cipher, as their JSON text, by sealed value and place: the same
 * records are read again and again in a session (a live list re-read after every save, a search
 * walking the records the previous keystroke walked, the search index's build), and each opening
 * costs tens of microseconds where a look-up costs one. Bounded (a few MB); it lives in the
 * cipher, which lockDatabase drops, so nothing outlives the session. Only what the session was
 * allowed to open is ever in it.
 */
export const OPEN_MEMO_MAX = 20_000;

/** A token of digits only: a phone number's form, or a reference's number. */
export const isDigits = (token: string) => /^\d+$/.test(token);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(SEALED_PREFIX);

/** Thrown when a sealed value does not open: another desk's key, or the bytes were changed. */
export class SealedValueError extends Error {
  constructor(readonly where: string) {
    super(`An encrypted field does not open with this desk's key (${where})`);
    this.name = 'SealedValueError';
  }
}

function base64url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class FieldCipher {
  /** HMAC with its key already absorbed: cloned for each token, three times faster. */
  private readonly mac: ReturnType<typeof hmac.create>;
  private readonly memo = new Map<string, string>();
  private readonly opened = new Map<string, string>();
  constructor(private readonly keys: FieldKeys) {
    this.mac = hmac.create(sha256, keys.index);
  }

  /**
   * Any JSON value, sealed under the data key. `where` (table, record id and field path) is the
   * additional data: a sealed value copied into another record or field does not open there.
   */
  seal(value: unknown, where: string): string {
    const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
    const sealed = xchacha20poly1305(this.keys.data, nonce, encoder.encode(where)).encrypt(
      encoder.encode(JSON.stringify(value)),
    );
    const out = new Uint8Array(NONCE_BYTES + sealed.length);
    out.set(nonce);
    out.set(sealed, NONCE_BYTES);
    return SEALED_PREFIX + toBase64(out);
  }

  /** The value `seal` was given, with its JSON type; SealedValueError when it does not open. */
  open(text: string, where: string): unknown {
    // Keyed by place too: a sealed value opens only where it was sealed, remembered or not.
    const key = `${where}\n${text}`;
    const known = this.opened.get(key);
    // Parsed anew: each read gets objects of its own, as from IndexedDB.
    if (known !== undefined) return JSON.parse(known);
    const bytes = fromBase64(text.slice(SEALED_PREFIX.length));
    let json: string;
    try {
      const plain = xchacha20poly1305(
        this.keys.data,
        bytes.subarray(0, NONCE_BYTES),
        encoder.encode(where),
      ).decrypt(bytes.subarray(NONCE_BYTES));
      json = decoder.decode(plain);
    } catch {
      throw new SealedValueError(where);
    }
    if (this.opened.size >= OPEN_MEMO_MAX) this.opened.delete(this.opened.keys().next().value!);
    this.opened.set(key, json);
    return JSON.parse(json);
  }

  /** Forgets every value opened (the lock): they were personal data in clear. */
  forget() {
    this.opened.clear();
    this.memo.clear();
  }

  private blind(text: string): string {
    const known = this.memo.get(text);
    if (known !== undefined) return known;
    const hash = base64url(
      this.mac.clone().update(encoder.encode(text)).digest().subarray(0, BLIND_BYTES),
    );
    // Full: forget the oldest (a Map iterates in insertion order).
    if (this.memo.size >= BLIND_MEMO_MAX) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(text, hash);
    return hash;
  }

  /**
   * The chain of a token's first `BLIND_CHAIN_LENGTH` characters (version 5): a keyed hash of its
   * first character, then, for each longer prefix, its mark (the first characters of the keyed
   * hash of that prefix, markChars). A token's key starts with the chain of each of its prefixes,
   * so a prefix query is one range of keys.
   */
  private chain(chars: readonly string[]): string {
    const covered = chars.slice(0, BLIND_CHAIN_LENGTH);
    if (covered.length === 0) return '';
    let key = this.blind(`^${covered[0]!}`).slice(0, FIRST_CHARS);
    for (let n = 2; n <= covered.length; n++)
      key += this.blind(`~${covered.slice(0, n).join('')}`).slice(0, markChars(n));
    return key;
  }

  /**
   * The stored form of a prefix query: the start of the key of every token that starts with it,
   * and of the few others whose marks match its by chance (about one in 4,096 of the tokens
   * sharing its first character but not its second or third, one in 64 per later character).
   * The caller checks the decrypted tokens of what it reads.
   */
  blindPrefix(prefix: string): string {
    return this.chain([...prefix]);
  }

  /** The stored key of a whole token: what a query by equality asks for (a phone number). */
  blindExact(token: string): string {
    return `${this.chain([...token])}${CHAIN_END}${this.blind(`=${token}`).slice(0, CHECK_CHARS)}`;
  }

  /**
   * The blind index of normalised tokens (version 5): one key a token (blindExact), so that a
   * save writes as many index entries as in clear. Version 4 wrote one per hashed prefix length,
   * about four times as many, and at 100,000 cases the sealed rows of an intake took twice as
   * long to put as rows in clear (docs/encryption.md, "Blind index").
   * Sorted and without repeats, as a multi-entry index wants them.
   */
  blindTokens(tokens: readonly string[]): string[] {
    return [...new Set(tokens.map((token) => this.blindExact(token)))].sort();
  }
}
