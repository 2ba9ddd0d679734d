// A backup made by an older Tulay holds records of an older schema. They go through the same
// upgrades as a database left by that Tulay: written into a staging database declared at the
// backup's version, which is then opened with every version (renderer/db/schema.ts runs the
// upgrades), and read back as chunks for the one restore transaction. The staging database is
// deleted afterwards, whatever happens.
import { Dexie } from 'dexie';
import { createDatabase, openDatabase, type TulayDatabase } from '../../db';
import { SCHEMA_VERSIONS } from '../../db/schema';
import { BackupError, CHUNK_BYTES, recordsOf, type BackupChunk } from './backupFormat';

const PAGE = 500;
const encoder = new TextEncoder();

/** Every table of `db`, a page at a time, as NDJSON chunks of about CHUNK_BYTES. */
async function chunksOf(db: TulayDatabase): Promise<BackupChunk[]> {
  const chunks: BackupChunk[] = [];
  for (const table of db.tables) {
    let lines: string[] = [];
    let bytes = 0;
    const seal = () => {
      if (lines.length > 0)
        chunks.push({
          table: table.name,
          plain: encoder.encode(lines.join('\n')),
          records: lines.length,
        });
      lines = [];
      bytes = 0;
    };
    let last: string | null = null;
    for (;;) {
      const page = (await (last === null ? table.toCollection() : table.where(':id').above(last))
        .limit(PAGE)
        .toArray()) as { id: string }[];
      for (const row of page) {
        const line = JSON.stringify(row);
        lines.push(line);
        bytes += line.length;
        if (bytes >= CHUNK_BYTES) seal();
      }
      if (page.length < PAGE) break;
      last = page[page.length - 1]!.id;
    }
    seal();
  }
  return chunks;
}

export async function upgradeOlderBackup(
  name: string,
  version: number,
  chunks: BackupChunk[],
): Promise<BackupChunk[]> {
  const staging = `${name}-restore-upgrade`;
  await Dexie.delete(staging);
  try {
    const old = new Dexie(staging);
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
      old.version(schema.version).stores(schema.stores);
    }
    await old.open();
    const names = new Set(old.tables.map((table) => table.name));
    if (chunks.some((chunk) => !names.has(chunk.table))) {
      old.close();
      throw new BackupError('damaged');
    }
    await old.transaction('rw', old.tables, async () => {
      for (const chunk of chunks) await old.table(chunk.table).bulkPut(recordsOf(chunk));
    });
    old.close();
    const upgraded = createDatabase(staging);
    await openDatabase(upgraded);
    try {
      return await chunksOf(upgraded);
    } finally {
      upgraded.close();
    }
  } finally {
    await Dexie.delete(staging);
  }
}
