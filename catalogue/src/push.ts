// POST /v1/push: one transaction per batch (DESIGN §5). Under the tenant's row lock (taken by
// authenticate), it finds which mutations were applied before (their stored answers are given
// again), merges the others field by field, and writes records, answers, conflicts and the
// tenant's new seq in one statement. Four round trips in all, however large the batch, and
// each of its statements prepared once per connection (NamedStatement).
import { uuidv7 } from '../../domain/ids';
import {
  mergeMutation,
  type MergedRecord,
  type Mutation,
  type MutationResult,
  type PushResponse,
} from '../../domain/sync';
import type { DeskSession } from './auth';
import type { NamedStatement, Sql } from './db/types';

interface KnownRow {
  k: 'a' | 'r';
  key: string;
  doc: unknown;
  changes: MergedRecord['changes'] | null;
  seq: number | null;
}

const recordKey = (table: string, id: string) => `${table}:${id}`;

/**
 * The earlier answers and the stored records of a batch: one primary-key probe per mutation,
 * however many rows the tenant and the desk hold. OFFSET 0 keeps each LATERAL subquery from
 * being flattened into a join: without it, on tables whose statistics lag behind their growth
 * (a busy tenant between two ANALYZE runs), the planner read all of the desk's earlier answers
 * and all of the tenant's records into a hash join, a cost that grew with every push.
 */
export const KNOWN: NamedStatement = {
  name: 'push.known',
  text: `SELECT 'a' AS k, a.mutation_id AS key, a.result AS doc, NULL::jsonb AS changes,
                NULL::int8 AS seq
           FROM unnest($3::text[]) AS m(id),
                LATERAL (SELECT mutation_id, result FROM applied_mutations
                          WHERE tenant_id = $1 AND desk_id = $2 AND mutation_id = m.id
                         OFFSET 0) a
         UNION ALL
         SELECT 'r', r.table_name || ':' || r.id, r.fields, r.changes, r.seq
           FROM unnest($4::text[], $5::uuid[]) AS x(t, i),
                LATERAL (SELECT table_name, id, fields, changes, seq FROM records
                          WHERE tenant_id = $1 AND table_name = x.t AND id = x.i
                         OFFSET 0) r`,
};

/** KNOWN's parameters: the batch's mutation ids, and each record it names once. */
export function knownParams(
  desk: Pick<DeskSession, 'tenantId' | 'deskId'>,
  mutations: readonly Mutation[],
) {
  const records = [...new Map(mutations.map((m) => [recordKey(m.table, m.id), m])).values()];
  return [
    desk.tenantId,
    desk.deskId,
    mutations.map((m) => m.mutationId),
    records.map((m) => m.table),
    records.map((m) => m.id),
  ];
}

async function readKnown(sql: Sql, desk: DeskSession, mutations: readonly Mutation[]) {
  const rows = await sql.query<KnownRow>(KNOWN, knownParams(desk, mutations));
  const applied = new Map<string, MutationResult>();
  const stored = new Map<string, MergedRecord>();
  for (const row of rows) {
    if (row.k === 'a') applied.set(row.key, row.doc as MutationResult);
    else
      stored.set(row.key, {
        fields: row.doc as MergedRecord['fields'],
        changes: row.changes!,
        seq: row.seq!,
      });
  }
  return { applied, stored };
}

export async function applyPush(
  sql: Sql,
  desk: DeskSession,
  mutations: readonly Mutation[],
): Promise<PushResponse> {
  const { applied, stored } = await readKnown(sql, desk, mutations);
  const now = Date.now();
  let seq = desk.seq;
  const touched = new Map<string, { table: string; id: string; record: MergedRecord }>();
  const answers: { m: string; r: MutationResult }[] = [];
  const conflicts: Record<string, unknown>[] = [];
  const resolutions: { id: string; t: string; i: string; s: number }[] = [];
  const results: MutationResult[] = [];

  for (const mutation of mutations) {
    const replay = applied.get(mutation.mutationId);
    if (replay) {
      results.push(replay);
      continue;
    }
    const key = recordKey(mutation.table, mutation.id);
    const current = touched.get(key)?.record ?? stored.get(key);
    const force = (mutation.resolves?.length ?? 0) > 0;
    const outcome = mergeMutation(current, {
      fields: mutation.fields,
      baseSeq: mutation.baseSeq,
      deskId: desk.deskId,
      seq: seq + 1,
      at: now,
      force,
    });
    const changed = outcome.changed.length > 0 || force;
    if (changed) {
      seq += 1;
      touched.set(key, { table: mutation.table, id: mutation.id, record: outcome.record });
      for (const c of outcome.conflicts) {
        conflicts.push({
          id: uuidv7(now),
          t: mutation.table,
          i: mutation.id,
          f: c.field,
          sv: c.storedValue,
          ov: c.otherValue,
          od: c.otherDeskId,
          oa: new Date(c.otherAt).toISOString(),
          s: seq,
        });
      }
      for (const id of mutation.resolves ?? []) {
        resolutions.push({ id, t: mutation.table, i: mutation.id, s: seq });
      }
    }
    const result: MutationResult = {
      mutationId: mutation.mutationId,
      status: changed ? 'applied' : 'unchanged',
      seq: outcome.record.seq,
      conflicts: outcome.conflicts.map((c) => c.field),
    };
    applied.set(mutation.mutationId, result);
    answers.push({ m: mutation.mutationId, r: result });
    results.push(result);
  }

  if (answers.length > 0)
    await write(sql, desk, [...touched.values()], answers, conflicts, resolutions, seq);
  return { results };
}

/** The batch's records, answers, conflicts and the tenant's new seq: one statement. */
const WRITE: NamedStatement = {
  name: 'push.write',
  text: `WITH r AS (
     INSERT INTO records (tenant_id, table_name, id, seq, fields, changes)
     SELECT $1, x.t, x.i, x.s, x.f, x.c
       FROM jsonb_to_recordset($3::jsonb) AS x(t text, i uuid, s int8, f jsonb, c jsonb)
     ON CONFLICT (tenant_id, table_name, id) DO UPDATE
       SET seq = excluded.seq, fields = excluded.fields, changes = excluded.changes
     RETURNING 1
   ), a AS (
     INSERT INTO applied_mutations (tenant_id, desk_id, mutation_id, result)
     SELECT $1, $2, x.m, x.r FROM jsonb_to_recordset($4::jsonb) AS x(m text, r jsonb)
     ON CONFLICT DO NOTHING
     RETURNING 1
   ), c AS (
     INSERT INTO conflicts (tenant_id, conflict_id, table_name, record_id, field, stored_value,
                            other_value, stored_desk_id, other_desk_id, other_at, seq)
     SELECT $1, x.id, x.t, x.i, x.f, x.sv, x.ov, $2, x.od, x.oa, x.s
       FROM jsonb_to_recordset($5::jsonb)
         AS x(id uuid, t text, i uuid, f text, sv jsonb, ov jsonb, od uuid, oa timestamptz, s int8)
     RETURNING 1
   ), v AS (
     UPDATE conflicts SET resolved_at = now(), resolved_by = $2, seq = x.s
       FROM jsonb_to_recordset($6::jsonb) AS x(id uuid, t text, i uuid, s int8)
      WHERE conflicts.tenant_id = $1 AND conflicts.conflict_id = x.id
        AND conflicts.table_name = x.t AND conflicts.record_id = x.i
        AND conflicts.resolved_at IS NULL
     RETURNING 1
   )
   UPDATE tenants SET seq = $7 WHERE tenant_id = $1`,
};

async function write(
  sql: Sql,
  desk: DeskSession,
  records: { table: string; id: string; record: MergedRecord }[],
  answers: { m: string; r: MutationResult }[],
  conflicts: Record<string, unknown>[],
  resolutions: { id: string; t: string; i: string; s: number }[],
  seq: number,
) {
  const rows = records.map(({ table, id, record }) => ({
    t: table,
    i: id,
    s: record.seq,
    f: record.fields,
    c: record.changes,
  }));
  await sql.query(WRITE, [
    desk.tenantId,
    desk.deskId,
    JSON.stringify(rows),
    JSON.stringify(answers),
    JSON.stringify(conflicts),
    JSON.stringify(resolutions),
    seq,
  ]);
}
