// The public catalogue's reads (no token): search commitments and shared stakeholders, and the
// changes feed that desks follow with their own cursor.
import type { z } from 'zod';
import type { CommitmentSearch, stakeholderSearchSchema } from '../../domain/sync';
import type { Sql } from './db/types';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './catalogueEntries';

/** A LIKE pattern that matches `text` literally anywhere. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each word of the query must appear in the title, summary, city or partners. */
function words(q: string | undefined): string[] {
  return (q ?? '').split(/\s+/).filter(Boolean).slice(0, 10).map(contains);
}

export async function searchCommitments(sql: Sql, search: CommitmentSearch) {
  const rows = await sql.query<EntryRow & { total: number }>(
    `SELECT ${ENTRY_COLUMNS}, count(*) OVER ()::int8 AS total
       FROM catalogue_entries
      WHERE kind = 'commitment' AND data IS NOT NULL
        AND (SELECT bool_and(concat_ws(' ', data->>'title', data->>'summary', data->>'city',
                                       data->>'partners') ILIKE w)
               FROM jsonb_array_elements_text($1::jsonb) w) IS NOT FALSE
        AND ($2::text IS NULL OR data->>'city' ILIKE $2)
        AND ($3::text IS NULL OR data->>'country' = $3)
        AND ($4::text IS NULL OR EXISTS (
              SELECT 1 FROM jsonb_array_elements_text(data->'themes') t WHERE lower(t) = lower($4)))
        AND ($5::int IS NULL OR data->'gcmObjectives' @> to_jsonb($5::int))
      ORDER BY seq DESC
      LIMIT $6 OFFSET $7`,
    [
      JSON.stringify(words(search.q)),
      search.city ? contains(search.city) : null,
      search.country ?? null,
      search.theme ?? null,
      search.gcm ?? null,
      search.pageSize,
      (search.page - 1) * search.pageSize,
    ],
  );
  const tenants = [...new Set(rows.map((r) => r.tenant_id))];
  const indicators = tenants.length
    ? await sql.query<EntryRow>(
        `SELECT ${ENTRY_COLUMNS} FROM catalogue_entries
          WHERE kind = 'indicators' AND data IS NOT NULL
            AND tenant_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)
          ORDER BY data->>'quarter', id`,
        [JSON.stringify(tenants)],
      )
    : [];
  return {
    items: rows.map((row) => ({
      ...toEntry(row),
      indicators: indicators.filter((i) => i.tenant_id === row.tenant_id).map(toEntry),
    })),
    total: rows[0]?.total ?? 0,
    page: search.page,
    pageSize: search.pageSize,
  };
}

export async function searchStakeholders(
  sql: Sql,
  search: z.infer<typeof stakeholderSearchSchema>,
) {
  const rows = await sql.query<EntryRow & { total: number }>(
    `SELECT ${ENTRY_COLUMNS}, count(*) OVER ()::int8 AS total
       FROM catalogue_entries
      WHERE kind = 'stakeholder' AND data IS NOT NULL
        AND (SELECT bool_and(concat_ws(' ', data->>'name', data->>'city',
                                       data->>'servicesOffered') ILIKE w)
               FROM jsonb_array_elements_text($1::jsonb) w) IS NOT FALSE
        AND ($2::text IS NULL OR data->>'city' ILIKE $2)
        AND ($3::text IS NULL OR data->>'country' = $3)
      ORDER BY data->>'name', seq
      LIMIT $4 OFFSET $5`,
    [
      JSON.stringify(words(search.q)),
      search.city ? contains(search.city) : null,
      search.country ?? null,
      search.pageSize,
      (search.page - 1) * search.pageSize,
    ],
  );
  return {
    items: rows.map(toEntry),
    total: rows[0]?.total ?? 0,
    page: search.page,
    pageSize: search.pageSize,
  };
}

/**
 * Entries changed since the cursor, withdrawn ones included. Publishing takes the catalogue's
 * seq under a row lock, so this cursor cannot skip an entry either.
 */
export async function catalogueChanges(sql: Sql, since: number, limit: number) {
  const rows = await sql.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM catalogue_entries WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [since, limit + 1],
  );
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  return {
    entries: page.map(toEntry),
    nextCursor: page.length > 0 ? page[page.length - 1]!.seq : since,
    hasMore,
  };
}
