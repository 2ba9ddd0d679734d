// A push reads only the rows of its own batch: a municipality's thousandth push costs what its
// first did. Checked on the query plan as PostgreSQL runs it, on tables whose statistics have
// not caught up with their growth (no ANALYZE since the rows arrived), as on a busy server.
import { describe, expect, it } from 'vitest';
import { KNOWN, knownParams } from '../../catalogue/src/push';
import type { Mutation } from '../../domain/sync';
import { newTenant, person, recordId, testDatabase, testDatabaseKinds } from './harness';

const HELD = 3_000;
const BATCH = 50;

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Rows each table's scans read in all, over all their loops. */
function rowsRead(node: PlanNode, read = new Map<string, number>()) {
  const table = node['Relation Name'];
  if (table) {
    const perLoop = node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0);
    read.set(table, (read.get(table) ?? 0) + perLoop * node['Actual Loops']);
  }
  for (const child of node.Plans ?? []) rowsRead(child, read);
  return read;
}

describe.each(testDatabaseKinds())('the push lookup on %s', (kind) => {
  it('reads one row per mutation, however many the desk and the municipality hold', async () => {
    const db = await testDatabase(kind);
    const { tenantId, desks } = await newTenant(db, 1);
    const deskId = desks[0]!.deskId;
    const held = Array.from({ length: HELD }, () => recordId());
    await db.admin(async (sql) => {
      await sql.query(
        `INSERT INTO records (tenant_id, table_name, id, seq, fields, changes)
         SELECT $1, 'people', id::uuid, n, $3::jsonb, '{}'
           FROM unnest($2::text[]) WITH ORDINALITY AS x(id, n)`,
        [tenantId, held, JSON.stringify(person('Maria', 'Santos'))],
      );
      await sql.query(
        `INSERT INTO applied_mutations (tenant_id, desk_id, mutation_id, result)
         SELECT $1, $2, 'old:' || id, '{}' FROM unnest($3::text[]) AS x(id)`,
        [tenantId, deskId, held],
      );
    });
    // Half the batch edits records the municipality holds, half creates new ones.
    const mutations: Mutation[] = Array.from({ length: BATCH }, (_, i) => ({
      mutationId: `new:${i}`,
      table: 'people',
      id: i % 2 === 0 ? held[i * 7]! : recordId(),
      op: 'put',
      fields: { givenName: `Maria ${i}` },
      baseSeq: 0,
    }));
    const params = knownParams({ tenantId, deskId }, mutations);

    const [found, plan] = await db.tenant(tenantId, async (sql) => [
      await sql.query<{ k: string }>(KNOWN.text, params),
      await sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${KNOWN.text}`,
        params,
      ),
    ]);

    expect(found.filter((row) => row.k === 'r')).toHaveLength(BATCH / 2);
    const read = rowsRead(plan[0]!['QUERY PLAN'][0].Plan);
    expect(read.get('records')).toBeLessThanOrEqual(BATCH);
    expect(read.get('applied_mutations')).toBeLessThanOrEqual(BATCH);
  });
});
