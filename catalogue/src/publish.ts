// What a desk publishes to the public catalogue for its own municipality: a commitment, shared
// stakeholders, its indicators. Entries are keyed by (tenant, kind, id); an id that another
// municipality already published under is refused (403) and nothing changes.
import type { CatalogueKind } from '../../domain/sync';
import type { DeskSession } from './auth';
import type { Sql } from './db/types';
import { forbidden, notFound } from './errors';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './catalogueEntries';

async function ownerOf(sql: Sql, kind: CatalogueKind, id: string): Promise<string | null> {
  const rows = await sql.query<{ tenant_id: string }>(
    'SELECT tenant_id FROM catalogue_entries WHERE kind = $1 AND id = $2 LIMIT 1',
    [kind, id],
  );
  return rows[0]?.tenant_id ?? null;
}

/** The catalogue's next seq, under its row lock: publishing is rare, so one lock is cheap. */
export async function nextCatalogueSeq(sql: Sql): Promise<number> {
  const rows = await sql.query<{ seq: number }>(
    'UPDATE catalogue_state SET seq = seq + 1 WHERE id = 1 RETURNING seq',
  );
  return rows[0]!.seq;
}

export async function publishEntry(
  sql: Sql,
  desk: DeskSession,
  kind: CatalogueKind,
  id: string,
  data: Record<string, unknown> | null,
) {
  const owner = await ownerOf(sql, kind, id);
  if (owner !== null && owner !== desk.tenantId) {
    throw forbidden(`This ${kind} belongs to another municipality`);
  }
  if (owner === null && data === null) throw notFound(`No such ${kind} of this municipality`);
  const seq = await nextCatalogueSeq(sql);
  const rows = await sql.query<EntryRow>(
    `INSERT INTO catalogue_entries
       (tenant_id, kind, id, data, publisher_name, publisher_country, seq, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, now())
     ON CONFLICT (tenant_id, kind, id) DO UPDATE
       SET data = excluded.data, publisher_name = excluded.publisher_name,
           publisher_country = excluded.publisher_country, seq = excluded.seq,
           updated_at = excluded.updated_at
     RETURNING ${ENTRY_COLUMNS}`,
    [
      desk.tenantId,
      kind,
      id,
      data === null ? null : JSON.stringify(data),
      desk.tenantName,
      desk.country,
      seq,
    ],
  );
  return toEntry(rows[0]!);
}
