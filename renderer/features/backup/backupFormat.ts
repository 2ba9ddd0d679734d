// The backup file format (docs/backup.md): a small clear header, then AES-GCM chunks of NDJSON,
// each with its own IV and its index bound as additional data, and a final chunk that marks the
// end (a truncated file has none). Written in bounded pieces to a sink (a Blob, or the desktop's
// file as it is written), read back a chunk at a time with Blob.slice, so that neither side holds
// the whole database as one string or one buffer.

export const BACKUP_MAGIC = 'TULAYBAK';
/**
 * 2: the end marker also carries the desk's field keys (docs/backup.md). A Tulay that reads only
 * format 1 refuses such a file rather than restore it under keys its keyring does not lead to.
 */
export const BACKUP_FORMAT_VERSION = 2;
/** What the product always uses; a file asking for fewer is refused (no downgrade). */
export const MIN_ITERATIONS = 600_000;
/** A file asking for more than this is refused: it would keep the desk busy for minutes. */
const MAX_ITERATIONS = 10_000_000;
/** Plaintext bytes gathered before a chunk is sealed. */
export const CHUNK_BYTES = 1024 * 1024;
/** A chunk larger than this on reading is damage, not data. */
const MAX_CHUNK_BYTES = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 64 * 1024;
const IV_BYTES = 12;

export type BackupProblem =
  'notBackup' | 'wrongPassphrase' | 'damaged' | 'truncated' | 'newerFormat' | 'newerSchema';

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`Backup file problem: ${problem}`);
    this.name = 'BackupError';
  }
}

export interface BackupHeader {
  format: number;
  schemaVersion: number;
  createdAt: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: 'AES-GCM-256';
}

/** The final chunk's content: what came before, so that a missing or extra chunk shows. */
interface Trailer {
  end: true;
  counts: Record<string, number>;
  /** SHA-256 over the SHA-256 of each data chunk's plaintext, in order (hex). */
  checksum: string;
  /**
   * Format 2: the raw keys the desk sealed its records with when the backup was made (base64),
   * absent when it sealed nothing. The records in this file are clear under the same
   * passphrase, so holding the keys exposes nothing more.
   */
  deskKeys?: { data: string; index: string };
}

/** The raw field keys of a desk (renderer/db/fieldCipher.ts). */
export interface BackupDeskKeys {
  data: Uint8Array;
  index: Uint8Array;
}

/** What a full read of a file gives at its end: its header and the keys it carries, if any. */
export interface BackupEnd extends BackupHeader {
  deskKeys: BackupDeskKeys | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toHex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

function uint32(value: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Additional data of chunk `index`: the header's hash, the index, and whether it is the last. */
function additionalData(headerHash: Uint8Array, index: number, final: boolean) {
  const aad = new Uint8Array(headerHash.length + 5);
  aad.set(headerHash);
  aad.set(uint32(index), headerHash.length);
  aad[headerHash.length + 4] = final ? 1 : 0;
  return aad;
}

export interface WriterOptions {
  schemaVersion: number;
  passphrase: string;
  now?: Date;
  /** Tests only: fewer PBKDF2 iterations. The product never passes it. */
  testIterations?: number;
}

/** Bytes of the file gathered before they go to the sink, as one piece. */
export const PIECE_BYTES = 4 * 1024 * 1024;

/**
 * Where a backup's bytes go, in order, in pieces of about PIECE_BYTES (the last may be smaller,
 * a piece may pass it by at most one sealed chunk). The writer waits for each `write` before
 * going on, so a slow disk slows the backup down instead of filling the memory.
 */
export type BackupSink = (piece: Uint8Array<ArrayBuffer>) => Promise<void>;

/**
 * A sink that keeps the file as a Blob. Pieces are folded in every so many bytes: the browser
 * keeps Blob data outside the JS heap (and pages it to disk when large), so the encrypted file
 * never sits in the heap.
 */
export function blobSink(): { write: BackupSink; blob: () => Blob } {
  const FOLD_BYTES = 16 * 1024 * 1024;
  let blob = new Blob([]);
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  const fold = () => {
    blob = new Blob([blob, ...parts], { type: 'application/octet-stream' });
    parts = [];
    bytes = 0;
  };
  return {
    write(piece) {
      parts.push(piece);
      bytes += piece.byteLength;
      if (bytes >= FOLD_BYTES) fold();
      return Promise.resolve();
    },
    blob() {
      fold();
      return blob;
    },
  };
}

/**
 * Builds a backup file: `startTable()` starts a table's records, `add()` appends one, `finish()`
 * seals the last chunk and the end marker. The bytes go to the sink as they are sealed.
 */
export class BackupWriter {
  private parts: Uint8Array<ArrayBuffer>[] = [];
  private partBytes = 0;
  private readonly digests: string[] = [];
  private readonly counts: Record<string, number> = {};
  private pending: string[] = [];
  private pendingBytes = 0;
  private index = 0;
  private table: string | null = null;

  private constructor(
    private readonly key: CryptoKey,
    private readonly headerHash: Uint8Array,
    private readonly sink: BackupSink,
  ) {}

  static async create(options: WriterOptions, sink: BackupSink): Promise<BackupWriter> {
    const iterations = options.testIterations ?? MIN_ITERATIONS;
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const header: BackupHeader = {
      format: BACKUP_FORMAT_VERSION,
      schemaVersion: options.schemaVersion,
      createdAt: (options.now ?? new Date()).toISOString(),
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
      cipher: 'AES-GCM-256',
    };
    const headerBytes = encoder.encode(JSON.stringify(header));
    const headerHash = new Uint8Array(await crypto.subtle.digest('SHA-256', headerBytes));
    const writer = new BackupWriter(
      await deriveKey(options.passphrase, salt, iterations),
      headerHash,
      sink,
    );
    await writer.append(encoder.encode(BACKUP_MAGIC), uint32(headerBytes.length), headerBytes);
    return writer;
  }

  /** Starts the records of `name`; each chunk says which table its records belong to. */
  async startTable(name: string) {
    await this.flush();
    this.table = name;
    this.counts[name] ??= 0;
  }

  async add(record: unknown) {
    if (this.table === null) throw new Error('startTable first');
    const line = JSON.stringify(record);
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.counts[this.table]! += 1;
    if (this.pendingBytes >= CHUNK_BYTES) await this.flush();
  }

  /** Seals the rest and the end marker, and hands the last bytes to the sink. */
  async finish(deskKeys: BackupDeskKeys | null = null): Promise<void> {
    await this.flush();
    const trailer: Trailer = {
      end: true,
      counts: this.counts,
      checksum: toHex(await crypto.subtle.digest('SHA-256', encoder.encode(this.digests.join('')))),
      ...(deskKeys && {
        deskKeys: { data: toBase64(deskKeys.data), index: toBase64(deskKeys.index) },
      }),
    };
    await this.seal(encoder.encode(JSON.stringify(trailer)), true);
    await this.emit();
  }

  private async append(...parts: Uint8Array<ArrayBuffer>[]) {
    for (const part of parts) {
      this.parts.push(part);
      this.partBytes += part.byteLength;
    }
    if (this.partBytes >= PIECE_BYTES) await this.emit();
  }

  /** The gathered parts, as one piece, to the sink. */
  private async emit() {
    if (this.partBytes === 0) return;
    const piece = new Uint8Array(this.partBytes);
    let at = 0;
    for (const part of this.parts) {
      piece.set(part, at);
      at += part.byteLength;
    }
    this.parts = [];
    this.partBytes = 0;
    await this.sink(piece);
  }

  private async flush() {
    if (this.pending.length === 0 || this.table === null) return;
    const text = `${JSON.stringify({ table: this.table })}\n${this.pending.join('\n')}`;
    this.pending = [];
    this.pendingBytes = 0;
    const plain = encoder.encode(text);
    this.digests.push(toHex(await crypto.subtle.digest('SHA-256', plain)));
    await this.seal(plain, false);
  }

  private async seal(plain: Uint8Array<ArrayBuffer>, final: boolean) {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = await crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv,
        additionalData: additionalData(this.headerHash, this.index, final),
      },
      this.key,
      plain,
    );
    await this.append(
      uint32(sealed.byteLength),
      new Uint8Array([final ? 1 : 0]),
      iv,
      new Uint8Array(sealed),
    );
    this.index += 1;
  }
}

export interface ReaderOptions {
  passphrase: string;
  schemaVersion: number;
  /** Tests only: accept files made with fewer PBKDF2 iterations. */
  testMinIterations?: number;
  /**
   * The key a previous read of the same file derived (`onKey`): a second pass over a file
   * skips the deliberately slow derivation. A different file does not open with it.
   */
  key?: CryptoKey;
  /** Receives the derived key once it is made. */
  onKey?: (key: CryptoKey) => void;
}

/** One data chunk, decrypted: the table and its records as NDJSON bytes (not yet parsed). */
export interface BackupChunk {
  table: string;
  /** UTF-8 NDJSON, one record per line, after the table line. */
  plain: Uint8Array;
  /** How many records (lines) it holds. */
  records: number;
}

async function readBytes(file: Blob, start: number, length: number) {
  if (start + length > file.size) throw new BackupError('truncated');
  return new Uint8Array(await file.slice(start, start + length).arrayBuffer());
}

/** Reads and checks the clear header; the offset is where the first chunk starts. */
export async function readBackupHeader(
  file: Blob,
): Promise<{ header: BackupHeader; headerHash: Uint8Array; offset: number }> {
  if (file.size < BACKUP_MAGIC.length + 4) throw new BackupError('notBackup');
  const magic = await readBytes(file, 0, BACKUP_MAGIC.length);
  if (new TextDecoder().decode(magic) !== BACKUP_MAGIC) throw new BackupError('notBackup');
  const lengthBytes = await readBytes(file, BACKUP_MAGIC.length, 4);
  const length = new DataView(lengthBytes.buffer).getUint32(0);
  if (length > MAX_HEADER_BYTES) throw new BackupError('damaged');
  const headerBytes = await readBytes(file, BACKUP_MAGIC.length + 4, length);
  let header: BackupHeader;
  try {
    header = JSON.parse(decoder.decode(headerBytes)) as BackupHeader;
  } catch {
    throw new BackupError('damaged');
  }
  if (typeof header.format !== 'number' || typeof header.schemaVersion !== 'number') {
    throw new BackupError('damaged');
  }
  if (header.format > BACKUP_FORMAT_VERSION) throw new BackupError('newerFormat');
  const headerHash = new Uint8Array(await crypto.subtle.digest('SHA-256', headerBytes));
  return { header, headerHash, offset: BACKUP_MAGIC.length + 4 + length };
}

/**
 * Decrypts a backup chunk by chunk, yielding each data chunk once it is verified. Throws a
 * BackupError for a wrong passphrase, a damaged or truncated file, or one from a newer Tulay.
 * A caller that must change nothing on error reads to the end before using what it got.
 */
export async function* readBackup(
  file: Blob,
  options: ReaderOptions,
): AsyncGenerator<BackupChunk, BackupEnd> {
  const { header, headerHash, offset: start } = await readBackupHeader(file);
  if (header.schemaVersion > options.schemaVersion) throw new BackupError('newerSchema');
  // An older schema is read as it is; restoreBackup runs the upgrades (upgradeOlderBackup.ts).
  if (!Number.isInteger(header.schemaVersion) || header.schemaVersion < 1) {
    throw new BackupError('damaged');
  }
  const { kdf } = header;
  const minIterations = options.testMinIterations ?? MIN_ITERATIONS;
  if (
    kdf?.name !== 'PBKDF2' ||
    kdf.hash !== 'SHA-256' ||
    header.cipher !== 'AES-GCM-256' ||
    !Number.isInteger(kdf.iterations) ||
    kdf.iterations < minIterations ||
    kdf.iterations > MAX_ITERATIONS ||
    typeof kdf.salt !== 'string'
  ) {
    throw new BackupError('damaged');
  }
  let salt: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(kdf.salt);
  } catch {
    throw new BackupError('damaged');
  }
  const key = options.key ?? (await deriveKey(options.passphrase, salt, kdf.iterations));
  options.onKey?.(key);
  const digests: string[] = [];
  const counts: Record<string, number> = {};
  let offset = start;
  for (let index = 0; ; index += 1) {
    if (offset >= file.size) throw new BackupError('truncated');
    const frame = await readBytes(file, offset, 4 + 1 + IV_BYTES);
    const length = new DataView(frame.buffer).getUint32(0);
    const final = frame[4] === 1;
    if (frame[4]! > 1 || length > MAX_CHUNK_BYTES) throw new BackupError('damaged');
    const iv = frame.slice(5);
    const sealed = await readBytes(file, offset + frame.length, length);
    offset += frame.length + length;
    let plain: Uint8Array;
    try {
      plain = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv, additionalData: additionalData(headerHash, index, final) },
          key,
          sealed,
        ),
      );
    } catch {
      // The first chunk is the first thing the key opens: failing there is the passphrase
      // (or a header changed since, which the officer cannot tell apart either).
      throw new BackupError(index === 0 ? 'wrongPassphrase' : 'damaged');
    }
    if (final) {
      const trailer = parseJson(plain) as Trailer;
      const checksum = toHex(
        await crypto.subtle.digest('SHA-256', encoder.encode(digests.join(''))),
      );
      if (
        trailer?.end !== true ||
        trailer.checksum !== checksum ||
        !sameCounts(trailer.counts, counts)
      ) {
        throw new BackupError('damaged');
      }
      if (offset !== file.size) throw new BackupError('damaged');
      return { ...header, deskKeys: deskKeysOf(trailer.deskKeys) };
    }
    digests.push(toHex(await crypto.subtle.digest('SHA-256', plain as Uint8Array<ArrayBuffer>)));
    const newline = plain.indexOf(10);
    const first = parseJson(newline < 0 ? plain : plain.subarray(0, newline)) as {
      table?: unknown;
    };
    if (typeof first?.table !== 'string' || newline < 0) throw new BackupError('damaged');
    const body = plain.subarray(newline + 1);
    let lines = 1;
    for (const byte of body) if (byte === 10) lines += 1;
    counts[first.table] = (counts[first.table] ?? 0) + lines;
    yield { table: first.table, plain: body, records: lines };
  }
}

/** The keys of a format 2 end marker: two 32-byte keys, or none. Anything else is damage. */
function deskKeysOf(stored: Trailer['deskKeys']): BackupDeskKeys | null {
  if (stored === undefined) return null;
  try {
    const keys = { data: fromBase64(stored.data), index: fromBase64(stored.index) };
    if (keys.data.length === 32 && keys.index.length === 32) return keys;
  } catch {
    // Not base64: damaged, below.
  }
  throw new BackupError('damaged');
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new BackupError('damaged');
  }
}

function sameCounts(a: Record<string, number> | undefined, b: Record<string, number>) {
  if (!a || typeof a !== 'object') return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}

/** The records of a chunk, parsed (synchronously: usable inside a database transaction). */
export function recordsOf(chunk: BackupChunk): unknown[] {
  return decoder
    .decode(chunk.plain)
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}
