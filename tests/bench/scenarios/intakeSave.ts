// Saving an intake through the real write path (case, household link, consents, counter,
// audit and outbox in one transaction) on a desk that already holds N cases.
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { openDataset, pick } from '../dataset';
import { ms } from '../metric';
import { percentile, timed } from '../stats';
import type { Scenario } from '../types';

const SAVES = 200;

export const intakeSave: Scenario = {
  id: 'intake-save',
  title: 'Save an intake (record + audit + outbox)',
  scalesWithCases: true,
  async run(size) {
    const { db, ctx } = await openDataset(size);
    const people = await db.people.limit(5000).primaryKeys();
    const clients = pick(people, SAVES + 10, size);
    const latencies: number[] = [];
    for (const [i, clientId] of clients.entries()) {
      const [, took] = await timed(() =>
        createCase(
          ctx,
          { presetId: 'ofw-ph', referencePrefix: 'BEN' },
          {
            clientId,
            clientRole: 'ofwLandBased',
            ofwDetails: { destinationCountry: 'SA', occupation: 'Domestic worker' },
            channel: 'walkIn',
            categories: ['welfareCheck'],
            urgency: 'normal',
            description: 'Benchmark intake: client asks about a relative abroad.',
            consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
          },
        ),
      );
      if (i >= 10) latencies.push(took); // the first saves warm up the JIT and the caches
    }
    db.close();
    return {
      metrics: {
        p50: ms(percentile(latencies, 50)),
        p95: ms(percentile(latencies, 95), { atMost: 10, atSize: 100_000 }),
      },
    };
  },
};
