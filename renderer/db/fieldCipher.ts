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
/**
 * Bytes of HMAC kept per blind token: 72 bits, 12 characters of base64url (blind index version
 * 3; version 2 kept 64 bits, 11 characters, and version 1 128 bits, 22: the length tells a row's
 * version, and the migration re-blinds older rows). A false match needs two different prefixes
 * of one desk to share a hash: about n² / 2^73 for n distinct prefixes, one in a hundred million
 * for the three million of a 100,000-case desk; and the callers check the decrypted tokens of
 * every record a search would show, so one would cost a record read, never a wrong answer
 * (docs/encryption.md).
 */
const BLIND_BYTES = 9;
/** The length of a stored blind token: a row holding others has an older version's index. */
export const BLIND_TOKEN_LENGTH = 12;
/**
 * The prefix lengths stored for each token (version 3). A query asks for the longest of them
 * that its word reaches ("ferna" asks for "fer", "fernandez" for "fernande"), and the caller
 * checks the rest on the decrypted tokens. Each length is at most about 1.7 times the one
 * before, so a query's candidates stay close to its matches; versions 1 and 2 stored every
 * length from 1 to 12, and their entries were most of what an encrypted save, the migration and
 * the database's size cost: about 88 a case and 52 a person, against 52 and 32 here
 * (docs/encryption.md, "Blind index").
 */
export const BLIND_PREFIX_LENGTHS: readonly number[] = [1, 2, 3, 5, 8, 12];

/** The longest stored prefix length a query word of `length` characters reaches. */
const storedPrefixLength = (length: number) =>
  BLIND_PREFIX_LENGTHS.reduce((best, n) => (n <= length ? n : best), BLIND_PREFIX_LENGTHS[0]!);

/** Whether a row's stored blind tokens are of the current form (version 3). */
export const isCurrentBlindForm = (stored: readonly unknown[]) =>
  stored.every((hash) => typeof hash === 'string' && hash.length === BLIND_TOKEN_LENGTH);
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
   * The stored form of a prefix query: the hash of its longest prefix that `blindTokens` stores,
   * shared by every token starting with the query (and by some that start only with that prefix:
   * the caller checks the decrypted tokens).
   */
  blindPrefix(prefix: string): string {
    const chars = [...prefix];
    return this.blindStored(chars.slice(0, storedPrefixLength(chars.length)).join(''));
  }

  /** The hash of a prefix exactly as stored. */
  private blindStored(prefix: string): string {
    return this.blind(`^${prefix}`);
  }

  /** The stored form of a whole-token query. */
  blindExact(token: string): string {
    return this.blind(`=${token}`);
  }

  /**
   * The blind index of normalised tokens: for each, a keyed hash of its prefixes of the stored
   * lengths (BLIND_PREFIX_LENGTHS) and one of the whole token, so that a prefix search is an
   * equality on a hash. Sorted and without repeats, as a multi-entry index wants them.
   */
  blindTokens(tokens: readonly string[]): string[] {
    const out = new Set<string>();
    for (const token of tokens) {
      const chars = [...token];
      for (const n of BLIND_PREFIX_LENGTHS) {
        if (n > chars.length) break;
        out.add(this.blindStored(chars.slice(0, n).join('')));
      }
      out.add(this.blindExact(token));
    }
    return [...out].sort();
  }
}
