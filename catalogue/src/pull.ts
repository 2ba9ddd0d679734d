// GET /v1/pull: the current state of each record changed since the cursor, in seq order. Seq
// order is commit order (pushes take seqs under the tenant's row lock), so a page never holds
// seq n+1 while n is still to come: the cursor cannot skip a record.
import type { Conflict, PullQuery, PullResponse, SyncTable } from '../../domain/sync';
import type { DeskSession } from './auth';
import type { Sql } from './db/types';

interface ConflictRow {
  conflict_id: string;
  table_name: SyncTable;
  record_id: string;
  field: string;
  stored_value: Conflict['storedValue'];
  other_value: Conflict['otherValue'];
  stored_desk_id: string;
  stored_desk_name: string | null;
  other_desk_id: string;
  other_desk_name: string | null;
  other_at: Date;
  created_at: Date;
  resolved_at: Date | null;
  seq: number;
}

export async function pull(sql: Sql, desk: DeskSession, query: PullQuery): Promise<PullResponse> {
  const rows = await sql.query<{
    table_name: SyncTable;
    id: string;
    seq: number;
    fields: Record<string, never>;
  }>(
    `SELECT table_name, id, seq, fields FROM records
      WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [desk.tenantId, query.since, query.limit + 1],
  );
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const nextCursor = page.length > 0 ? page[page.length - 1]!.seq : query.since;
  // Every conflict's seq is the seq of a record change, so the windows (since, nextCursor] of
  // successive pages deliver each conflict (and later its resolution) exactly once.
  const conflicts =
    nextCursor > query.since
      ? await sql.query<ConflictRow>(
          `SELECT c.conflict_id, c.table_name, c.record_id, c.field, c.stored_value,
                  c.other_value, c.stored_desk_id, s.name AS stored_desk_name, c.other_desk_id,
                  o.name AS other_desk_name, c.other_at, c.created_at, c.resolved_at, c.seq
             FROM conflicts c
             LEFT JOIN desks s ON s.tenant_id = c.tenant_id AND s.desk_id = c.stored_desk_id
             LEFT JOIN desks o ON o.tenant_id = c.tenant_id AND o.desk_id = c.other_desk_id
            WHERE c.tenant_id = $1 AND c.seq > $2 AND c.seq <= $3
              AND ($2 > 0 OR c.resolved_at IS NULL)
            ORDER BY c.seq, c.conflict_id`,
          [desk.tenantId, query.since, nextCursor],
        )
      : [];
  return {
    records: page.map((r) => ({ table: r.table_name, id: r.id, seq: r.seq, fields: r.fields })),
    conflicts: conflicts.map((c) => ({
      id: c.conflict_id,
      table: c.table_name,
      recordId: c.record_id,
      field: c.field,
      storedValue: c.stored_value,
      otherValue: c.other_value,
      storedBy: { deskId: c.stored_desk_id, deskName: c.stored_desk_name ?? '' },
      otherBy: { deskId: c.other_desk_id, deskName: c.other_desk_name ?? '' },
      otherAt: c.other_at.toISOString(),
      createdAt: c.created_at.toISOString(),
      resolvedAt: c.resolved_at?.toISOString() ?? null,
      seq: c.seq,
    })),
    nextCursor,
    hasMore,
  };
}
