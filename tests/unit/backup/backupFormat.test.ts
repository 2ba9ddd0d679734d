import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  BackupError,
  BackupWriter,
  blobSink,
  CHUNK_BYTES,
  PIECE_BYTES,
  MIN_ITERATIONS,
  readBackup,
  readBackupHeader,
  recordsOf,
  type BackupProblem,
  type ReaderOptions,
} from '../../../renderer/features/backup/backupFormat';

const passphrase = 'Dalawang-pasaporte ñ 2026';
const test = { testIterations: 1000 };
const reading = { passphrase, schemaVersion: 5, testMinIterations: 1000 };

async function makeFile(records = 3, options: { schemaVersion?: number } = {}) {
  const out = blobSink();
  const writer = await BackupWriter.create(
    {
      schemaVersion: options.schemaVersion ?? 5,
      passphrase,
      ...test,
    },
    out.write,
  );
  await writer.startTable('people');
  for (let i = 0; i < records; i += 1) {
    await writer.add({ id: `p${i}`, givenName: 'Niño', familyName: 'عبد الله', n: i });
  }
  await writer.startTable('settings');
  await writer.add({ id: 's1', key: 'deskProfile', value: { language: 'ar' } });
  await writer.finish();
  return out.blob();
}

async function readAll(file: Blob, options: ReaderOptions = reading) {
  const tables: Record<string, unknown[]> = {};
  for await (const chunk of readBackup(file, options)) {
    (tables[chunk.table] ??= []).push(...recordsOf(chunk));
  }
  return tables;
}

async function problemOf(promise: Promise<unknown>): Promise<BackupProblem | 'none'> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
}

async function withByte(file: Blob, at: number, change: (byte: number) => number) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  bytes[at] = change(bytes[at]!);
  return new Blob([bytes]);
}

describe('backup format', () => {
  it('gives back every record as written, with its table', async () => {
    const file = await makeFile(3);
    const tables = await readAll(file);
    expect(tables['people']).toHaveLength(3);
    expect(tables['people']![0]).toEqual({
      id: 'p0',
      givenName: 'Niño',
      familyName: 'عبد الله',
      n: 0,
    });
    expect(tables['settings']).toEqual([
      { id: 's1', key: 'deskProfile', value: { language: 'ar' } },
    ]);
  });

  it('writes a clear header with the versions and the key derivation, and no record in clear', async () => {
    const file = await makeFile(2);
    const { header } = await readBackupHeader(file);
    expect(header.format).toBe(BACKUP_FORMAT_VERSION);
    expect(header.schemaVersion).toBe(5);
    expect(header.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 });
    const text = new TextDecoder().decode(await file.arrayBuffer());
    expect(text).not.toContain('deskProfile');
    expect(text).not.toContain('Niño');
  });

  it('uses at least 600,000 iterations unless a test asks otherwise, and refuses fewer', async () => {
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const file = await makeFile(1);
    expect(await problemOf(readAll(file, { passphrase, schemaVersion: 5 }))).toBe('damaged');
  });

  it('splits large tables into chunks of about a megabyte and reads them all back', async () => {
    const out = blobSink();
    const writer = await BackupWriter.create({ schemaVersion: 5, passphrase, ...test }, out.write);
    await writer.startTable('cases');
    const long = 'x'.repeat(1000);
    const count = Math.ceil((CHUNK_BYTES * 2.5) / 1000);
    for (let i = 0; i < count; i += 1) await writer.add({ id: `c${i}`, long });
    await writer.finish();
    const file = out.blob();
    let chunks = 0;
    let records = 0;
    for await (const chunk of readBackup(file, reading)) {
      chunks += 1;
      records += recordsOf(chunk).length;
    }
    expect(chunks).toBe(3);
    expect(records).toBe(count);
  });

  it('says the passphrase is wrong when it is', async () => {
    const file = await makeFile();
    expect(await problemOf(readAll(file, { ...reading, passphrase: 'wrong' }))).toBe(
      'wrongPassphrase',
    );
  });

  it('finds a truncated file, wherever it was cut', async () => {
    const file = await makeFile(50);
    const { offset } = await readBackupHeader(file);
    for (const cut of [file.size - 1, file.size - 20, offset + 3, offset]) {
      expect(await problemOf(readAll(file.slice(0, cut)))).toBe('truncated');
    }
  });

  it('finds a file missing its last chunk (the end marker)', async () => {
    const file = await makeFile(2);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Find the final frame: walk the frames from the header.
    const { offset } = await readBackupHeader(file);
    let at = offset;
    let lastStart = at;
    while (at < bytes.length) {
      lastStart = at;
      at += 4 + 1 + 12 + new DataView(bytes.buffer, at, 4).getUint32(0);
    }
    expect(await problemOf(readAll(new Blob([bytes.slice(0, lastStart)])))).toBe('truncated');
  });

  it('finds a flipped byte in a chunk, in the header, and in the end marker', async () => {
    const file = await makeFile(20);
    const { offset } = await readBackupHeader(file);
    const inSecondChunk = await withByte(file, file.size - 200, (b) => b ^ 1);
    expect(['damaged', 'wrongPassphrase']).toContain(await problemOf(readAll(inSecondChunk)));
    const lastByte = await withByte(file, file.size - 1, (b) => b ^ 0x80);
    expect(await problemOf(readAll(lastByte))).toBe('damaged');
    // A flipped salt, or any header byte, changes what the key opens or how it is read.
    const inHeader = await withByte(file, offset - 10, (b) => b ^ 1);
    expect(['damaged', 'wrongPassphrase']).toContain(await problemOf(readAll(inHeader)));
    const inMagic = await withByte(file, 0, (b) => b ^ 1);
    expect(await problemOf(readAll(inMagic))).toBe('notBackup');
  });

  it('hands the file to its sink in bounded pieces, each written before the next is made', async () => {
    const pieces: Uint8Array<ArrayBuffer>[] = [];
    let writing = false;
    const slowDisk = async (piece: Uint8Array<ArrayBuffer>) => {
      expect(writing).toBe(false);
      writing = true;
      await new Promise((resolve) => setTimeout(resolve, 0));
      pieces.push(piece);
      writing = false;
    };
    const writer = await BackupWriter.create({ schemaVersion: 5, passphrase, ...test }, slowDisk);
    await writer.startTable('cases');
    const long = 'x'.repeat(1000);
    const count = Math.ceil((PIECE_BYTES * 3) / 1000);
    for (let i = 0; i < count; i += 1) await writer.add({ id: `c${i}`, long });
    await writer.finish();
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    // A piece passes PIECE_BYTES by at most one sealed chunk (its framing and tag included).
    for (const piece of pieces)
      expect(piece.byteLength).toBeLessThan(PIECE_BYTES + CHUNK_BYTES * 2);
    let records = 0;
    for await (const chunk of readBackup(new Blob(pieces), reading)) {
      records += recordsOf(chunk).length;
    }
    expect(records).toBe(count);
  });

  it('reports a flipped byte after the first chunk as damage, not as the passphrase', async () => {
    const out = blobSink();
    const writer = await BackupWriter.create({ schemaVersion: 5, passphrase, ...test }, out.write);
    await writer.startTable('a');
    await writer.add({ id: 'a' });
    await writer.startTable('b');
    await writer.add({ id: 'b', text: 'y'.repeat(500) });
    await writer.finish();
    const file = out.blob();
    // The last frame is the end marker (well under 300 bytes): 400 bytes from the end is table b.
    const broken = await withByte(file, file.size - 400, (b) => b ^ 1);
    expect(await problemOf(readAll(broken))).toBe('damaged');
  });

  it('refuses a file from a newer Tulay (schema or format); reads one from an older schema', async () => {
    expect(await problemOf(readAll(await makeFile(1, { schemaVersion: 6 })))).toBe('newerSchema');
    // Older records are read as they are; restoreBackup upgrades them (backupDatabase.test.ts).
    expect(await problemOf(readAll(await makeFile(1, { schemaVersion: 4 })))).toBe('none');
    expect(await problemOf(readAll(await makeFile(1, { schemaVersion: 0 })))).toBe('damaged');
    const file = await makeFile(1);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const at = text.indexOf(`"format":${BACKUP_FORMAT_VERSION}`) + '"format":'.length;
    bytes[at] = '9'.charCodeAt(0);
    expect(await problemOf(readAll(new Blob([bytes])))).toBe('newerFormat');
  });

  it('refuses a file that is not a backup', async () => {
    expect(await problemOf(readAll(new Blob(['id,name\n1,Ana\n'])))).toBe('notBackup');
    expect(await problemOf(readAll(new Blob([])))).toBe('notBackup');
  });
});
