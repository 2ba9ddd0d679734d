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
 * Bytes of HMAC kept per blind hash: 80 bits, 14 characters of base64url (blind index version 4;
 * version 3 kept 72 bits, 12 characters, version 2 64 bits, 11, and version 1 128 bits, 22: the
 * length tells a row's version, and the migration re-blinds older rows). A false match needs two
 * different prefixes of one desk to share a hash: about n² / 2^81 for n distinct prefixes, far
 * below one in a billion for the three million of a 100,000-case desk; and the callers check the
 * decrypted tokens of every record a search would show, so one would cost a record read, never a
 * wrong answer (docs/encryption.md).
 */
const BLIND_BYTES = 10;
/** The length of a blind hash: a stored key is one, then up to three one-character marks. */
export const BLIND_TOKEN_LENGTH = 14;
/**
 * The prefix lengths hashed for each token (version 3 and 4). A query asks for the longest of
 * them that its word reaches ("ferna" asks for "ferna", "fernandez" for "fernande"), and the caller
 * checks the rest on the decrypted tokens. Versions 1 and 2 stored every length from 1 to 12, and
 * their entries were most of what an encrypted save, the migration and the database's size cost:
 * about 88 a case and 52 a person, against 52 and 32 here (docs/encryption.md, "Blind index").
 */
export const BLIND_PREFIX_LENGTHS: readonly number[] = [1, 2, 3, 5, 8, 12];

/**
 * Version 4: the key of a hashed prefix is followed by one keyed character for each length up to
 * the next hashed one ("fernandez": the hash of "fer", then a mark of "fern"; the hash of "ferna",
 * then marks of "fernan" and "fernand"). A query of a length between two hashed ones asks for the
 * keys that start with its hash and its marks, a range that holds about the words that start with
 * it (a mark is 6 bits: one in 64 of the others shares it), where version 3 gave every word that
 * starts with its shorter hashed prefix: "delara" read every "Dela Rosa" of the desk to find
 * nobody. Same number of index entries, a few characters longer.
 */
const markedLengths = (anchor: number) => {
  const next = BLIND_PREFIX_LENGTHS.find((n) => n > anchor) ?? anchor + 1;
  return Array.from({ length: next - anchor - 1 }, (_, i) => anchor + 1 + i);
};

/**
 * Whether the keys `blindPrefix` gives a query word of `length` characters start are all one
 * key, whose index entries then come in id order: a word that reaches no mark (1, 2, 12 or more
 * characters) or every mark of its hashed prefix (4, 7, 11). Shorter ones ("fer", "ferna") start
 * the keys of several marks.
 */
export function blindPrefixIsOneKey(length: number): boolean {
  const anchor = storedPrefixLength(length);
  return length >= BLIND_PREFIX_LENGTHS.at(-1)! || length - anchor === markedLengths(anchor).length;
}

/** The longest hashed prefix length a query word of `length` characters reaches. */
const storedPrefixLength = (length: number) =>
  BLIND_PREFIX_LENGTHS.reduce((best, n) => (n <= length ? n : best), BLIND_PREFIX_LENGTHS[0]!);

/** Whether a row's stored blind tokens are of the current form (version 4). */
export const isCurrentBlindForm = (stored: readonly unknown[]) =>
  stored.every(
    (key) =>
      typeof key === 'string' &&
      key.length >= BLIND_TOKEN_LENGTH &&
      key.length <= BLIND_TOKEN_LENGTH + 3,
  );
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
   * The stored form of a prefix query: the start of the keys of every token that starts with it
   * (and of about one in 64 of the others that share its longest hashed prefix, per mark: the
   * caller checks the decrypted tokens). A query word longer than 12 characters asks for the
   * hash of its first 12.
   */
  blindPrefix(prefix: string): string {
    const chars = [...prefix];
    const anchor = storedPrefixLength(chars.length);
    const marks = markedLengths(anchor).filter((n) => n <= chars.length);
    return this.prefixKey(chars, anchor, marks);
  }

  /** The key of a token's prefix of `anchor` characters, with the marks of `marks` lengths. */
  private prefixKey(chars: readonly string[], anchor: number, marks: readonly number[]): string {
    let key = this.blind(`^${chars.slice(0, anchor).join('')}`);
    for (const n of marks) key += this.blind(`~${chars.slice(0, n).join('')}`)[0]!;
    return key;
  }

  /** The stored form of a whole-token query: kept for tokens of digits only (blindTokens). */
  blindExact(token: string): string {
    return this.blind(`=${token}`);
  }

  /**
   * The blind index of normalised tokens: for each, the key of its prefix of each hashed length
   * it reaches (BLIND_PREFIX_LENGTHS), marked up to the next (version 4), so that a prefix search
   * is a range of keys; and for a token of digits only, a keyed hash of the whole token, so that
   * the duplicate check finds a phone number by an equality. A name's whole-token key was never
   * asked for (every search of names is by prefix), and each key is an index entry that a save
   * writes into the desk's whole index: at 100,000 cases the sealed rows of an intake took three
   * times as long to put into the encrypted set as into the clear one (encryption.md).
   * Sorted and without repeats, as a multi-entry index wants them.
   */
  blindTokens(tokens: readonly string[]): string[] {
    const out = new Set<string>();
    for (const token of tokens) {
      const chars = [...token];
      for (const n of BLIND_PREFIX_LENGTHS) {
        if (n > chars.length) break;
        const marks = markedLengths(n).filter((m) => m <= chars.length);
        out.add(this.prefixKey(chars, n, marks));
      }
      if (isDigits(token)) out.add(this.blindExact(token));
    }
    return [...out].sort();
  }
}
