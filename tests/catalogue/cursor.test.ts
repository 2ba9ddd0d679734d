// No cursor gap: four desks push at once while a fifth pulls in small pages; the puller ends
// with every committed change. (A cursor on a plain sequence or on updated_at loses rows that
// commit out of order; seqs taken under the tenant's row lock cannot.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, PulledRecord } from '../../domain/sync';
import {
  DeskClient,
  newTenant,
  person,
  recordId,
  startTestServer,
  testDatabaseKinds,
  type TestServer,
} from './harness';

describe.each(testDatabaseKinds())('pull cursor on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  it('gives a desk pulling in pages of 7 every change that 4 desks pushed meanwhile', async () => {
    const tenant = await newTenant(server.db, 5);
    const pushers = tenant.desks.slice(0, 4).map((d) => new DeskClient(server.url, d.token));
    const puller = new DeskClient(server.url, tenant.desks[4]!.token);
    // Records every desk edits, so that pushes also move existing records to later seqs.
    const shared = Array.from({ length: 6 }, () => recordId());
    const acknowledged = new Map<string, number>();

    const push = async (desk: DeskClient, d: number) => {
      for (let batch = 0; batch < 12; batch++) {
        const mutations: Mutation[] = Array.from({ length: 5 }, (_, i) => {
          const id = recordId();
          return {
            mutationId: `d${d}-b${batch}-${i}:${id}`,
            table: 'people',
            id,
            op: 'put',
            fields: person(`D${d}B${batch}N${i}`, 'Garcia'),
            baseSeq: 0,
          };
        });
        const sharedId = shared[(d + batch) % shared.length]!;
        mutations.push({
          mutationId: `d${d}-b${batch}-shared:${sharedId}`,
          table: 'people',
          id: sharedId,
          op: 'put',
          fields: { ...person('Shared', 'Garcia'), [`note${d}`]: `desk ${d} batch ${batch}` },
          baseSeq: 0,
        });
        const answer = await desk.push(mutations);
        answer.results.forEach((r, i) => {
          const id = mutations[i]!.id;
          acknowledged.set(id, Math.max(acknowledged.get(id) ?? 0, r.seq));
        });
      }
    };

    const copy = new Map<string, PulledRecord>();
    let cursor = 0;
    let pushing = true;
    const seen: number[] = [];
    const pullPages = async () => {
      for (;;) {
        const stillPushing = pushing;
        const page = await puller.pull(cursor, 7);
        for (const record of page.records) {
          seen.push(record.seq);
          copy.set(record.id, record);
        }
        cursor = page.nextCursor;
        if (!page.hasMore && !stillPushing) return;
        if (!page.hasMore) await new Promise((r) => setTimeout(r, 5));
      }
    };

    const pulling = pullPages();
    await Promise.all(pushers.map((desk, d) => push(desk, d)));
    pushing = false;
    await pulling;

    // Each page came in seq order, and the puller's copy is the server's state.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const final = await puller.pullAll(0, 1000);
    expect(copy.size).toBe(4 * 12 * 5 + shared.length);
    expect([...copy.values()].sort((a, b) => a.seq - b.seq)).toEqual(final.records);
    for (const [id, seq] of acknowledged) expect(copy.get(id)!.seq).toBeGreaterThanOrEqual(seq);
  });
});
