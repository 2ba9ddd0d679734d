// The duplicate check of a new person (DESIGN §6: every candidate, p95 ≤ 50 ms at 100,000
// people), as the intake runs it before "Save new person": people of the desk typed again, name
// in another spelling of its particles and capitals, with their birth date (the true duplicate
// must come first, wherever it stands among the people of the same name), and new people whose
// name is a letter off an existing one. Timed once the in-memory index is built, and before
// (the first seconds after the app opens), when the people are read from the database.
import { warmSearchIndexes } from '../../../renderer/db';
import { duplicateCheck, type PersonInput } from '../../../renderer/features/people';
import { openDataset, pick } from '../dataset';
import { figure, ms } from '../metric';
import { percentile, timed } from '../stats';
import type { Scenario } from '../types';

const CHECKS = 150;
const BEFORE_INDEX = 5;
/** The first checks warm up the JIT, and are not counted. */
const WARM_UP = 10;

/** "Maria Dela Cruz" as another officer would type her: "MARIA de la cruz". */
const retyped = (name: string) => name.toUpperCase().replace(/\bDELA\b/, 'de la');

export const duplicateCheckScenario: Scenario = {
  id: 'duplicate-check',
  title: 'Duplicate check of a new person (every candidate)',
  scalesWithCases: true,
  async run(size) {
    const { db } = await openDataset(size);
    const ids = pick(await db.people.toCollection().primaryKeys(), CHECKS + WARM_UP, 13);
    const people = (await db.people.bulkGet(ids)).filter(
      (p): p is NonNullable<typeof p> => !!p && !p.deletedAt,
    );
    const twins = people.map((p) => ({
      expected: p.birthDate ? p.id : null,
      input: {
        givenName: retyped(p.givenName),
        familyName: retyped(p.familyName),
        birthDate: p.birthDate,
      } satisfies PersonInput,
    }));
    // Every other check is someone new, a letter off a known name.
    const checks = twins.map((twin, i) =>
      i % 2 === 0
        ? twin
        : {
            expected: null,
            input: { givenName: `${twin.input.givenName}H`, familyName: twin.input.familyName },
          },
    );

    const before: number[] = [];
    for (const { input } of checks.slice(0, BEFORE_INDEX)) {
      before.push((await timed(() => duplicateCheck(db)(input)))[1]);
    }
    await warmSearchIndexes(db);
    const latencies: number[] = [];
    let expected = 0;
    let found = 0;
    let candidates = 0;
    for (const [i, { input, expected: id }] of checks.entries()) {
      const [matches, took] = await timed(() => duplicateCheck(db)(input));
      if (i < WARM_UP) continue;
      latencies.push(took);
      candidates += matches.length;
      if (id === null) continue;
      expected++;
      // Two people of the desk may share a name and a birth date: both then come first.
      const first = matches.filter((m) => m.reason === 'sameNameAndBirthDate');
      if (matches[0] === first[0] && first.some((m) => m.person.id === id)) found++;
    }
    db.close();
    return {
      notes: [
        `true duplicates found first: ${found} of ${expected}; ${(candidates / latencies.length).toFixed(1)} likely duplicates shown per check`,
      ],
      metrics: {
        p50: ms(percentile(latencies, 50)),
        p95: ms(percentile(latencies, 95), { atMost: 50, atSize: 100_000 }),
        'true duplicate found first': figure(found / expected, 'ratio', { atLeast: 1 }),
        'p95, index not built yet': ms(percentile(before, 95)),
      },
    };
  },
};
