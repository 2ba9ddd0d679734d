// The time to anonymise 10,000 expired cases (each with its client) in Chromium's IndexedDB, through
// the write path in batches. Heavy, so it runs only when asked:
//   VITE_RETENTION_SCALE=1 (or =synced) npx vitest run --project browser tests/browser/retention/retentionScale.test.ts
import { describe, expect, it } from 'vitest';
import { isClosingStatus, ofwDeskPreset } from '../../../domain/presets';
import { createDatabase, createRecords, openDatabase } from '../../../renderer/db';
import {
  findDueCases,
  planRetention,
  runRetention,
} from '../../../renderer/features/retention/retentionRepository';

const CASES = 10_000;
const periods = { defaultYears: 5, byCategory: {} };
const isClosing = (status: string) => isClosingStatus(ofwDeskPreset, status);

describe.runIf(import.meta.env.VITE_RETENTION_SCALE)('retention at scale', () => {
  it(`anonymises ${CASES.toLocaleString('en')} expired cases and their people`, async () => {
    const db = createDatabase(`tulay-retention-scale-${Date.now()}`);
    await openDatabase(db);
    const ctx = { db, actor: 'admin' };
    const people = await createRecords(
      ctx,
      'people',
      Array.from({ length: CASES }, (_, i) => ({
        givenName: `Maria${i}`,
        familyName: 'Villanueva',
        sex: 'female' as const,
        birthDate: '1980-01-01',
        phone: `0917${String(i).padStart(7, '0')}`,
        searchTokens: [`maria${i}`, 'villanueva'],
      })),
    );
    await createRecords(
      ctx,
      'cases',
      people.map((p, i) => ({
        reference: `LGZ-2019-${String(i + 1).padStart(6, '0')}`,
        clientId: p.id,
        clientRole: 'ofwLandBased',
        categories: ['repatriation'],
        status: 'closedResolved',
        urgency: 'normal' as const,
        channel: 'walkIn' as const,
        description: `Maria${i} Villanueva wants to come home.`,
        openedAt: '2019-01-10T02:00:00.000Z',
        closedAt: '2019-03-01T02:00:00.000Z',
        searchTokens: [`maria${i}`, 'villanueva'],
      })),
    );

    // A desk that syncs has pushed these five-year-old records long ago: with
    // VITE_RETENTION_SCALE=synced the outbox starts empty; otherwise the bulk entries are still
    // pending (a desk that never synced), and each record's change looks its entry up.
    if (import.meta.env.VITE_RETENTION_SCALE === 'synced') await db.outbox.clear();
    const start = performance.now();
    const due = await findDueCases(db, periods, isClosing, '2026-12-05');
    const plan = await planRetention(db, due);
    const previewed = performance.now();
    const result = await runRetention(ctx, plan, { periods, isClosing, today: '2026-12-05' });
    const done = performance.now();
    console.log(
      `retention: preview of ${CASES} cases ${(previewed - start).toFixed(0)} ms, ` +
        `run ${(done - previewed).toFixed(0)} ms (${result.cases} cases, ${result.people} people)`,
    );
    expect(result).toEqual({ cases: CASES, people: CASES, cancelled: false });
    expect(await db.people.where('searchTokens').equals('villanueva').count()).toBe(0);
    db.close();
  }, 600_000);
});
