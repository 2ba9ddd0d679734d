import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryTokens, referenceTokens } from '../../../domain/search/normalize';
import {
  createDatabase,
  deleteRecord,
  openDatabase,
  readForSearch,
  unlockDatabase,
  type TulayDatabase,
} from '../../../renderer/db';
import { FieldCipher } from '../../../renderer/db/fieldCipher';
import { createCase, type IntakeInput } from '../../../renderer/features/cases/caseRepository';
import {
  createPerson,
  searchIds,
  updatePerson,
  type Person,
} from '../../../renderer/features/people';
import { blindSearchLimits } from '../../../renderer/features/people/peopleRepository';
import { storedRows, testFieldKeys, writer } from '../db/testDatabase';

// On an encrypted desk a case's own blind index holds its reference and its people's names, not
// their phone numbers: a number is found through the people (caseBlindSearch.ts), and a word of
// digits in a query of names is checked on the cases read. Before the in-memory index is built,
// the case search must answer what the cases' own tokens say, words split between client and
// OFW included.

const GIVEN = ['Maria', 'Mario', 'Rosa', 'Jose', 'Josefina', 'Ana', 'Jun'];
const FAMILY = ['Dela Cruz', 'Santos', 'Santiago', 'Reyes', 'Ramos', 'Muñoz-Ibáñez'];
const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };

const intake = (clientId: string, ofwId?: string): IntakeInput => ({
  clientId,
  clientRole: ofwId ? 'familyParent' : 'ofw',
  ofwId,
  relationship: ofwId ? 'child' : undefined,
  ofwDetails: { destinationCountry: 'SA' },
  channel: 'walkIn',
  categories: ['welfareCheck'],
  urgency: 'normal',
  description: 'Asked about a contract.',
  consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
});

/** What the cases' own tokens answer: every live case holding each word, newest first. */
async function expected(db: TulayDatabase, query: string): Promise<string[]> {
  const tokens = queryTokens(query);
  const cases = await readForSearch(db, ['cases'], () => db.cases.toArray());
  return cases
    .filter((c) => !c.deletedAt && tokens.every((q) => c.searchTokens.some((t) => t.startsWith(q))))
    .map((c) => c.id)
    .sort()
    .reverse();
}

describe('searching the cases of an encrypted desk before the in-memory index is built', () => {
  let db: TulayDatabase;
  const { idsPerWord } = blindSearchLimits;
  afterEach(() => {
    blindSearchLimits.idsPerWord = idsPerWord;
    vi.restoreAllMocks();
    db?.close();
  });

  async function deskWithCases() {
    const keys = testFieldKeys();
    db = createDatabase(`tulay-unit-case-blind-${Date.now()}`);
    unlockDatabase(db, keys);
    await openDatabase(db);
    const ctx = writer(db);
    const people: Person[] = [];
    for (let i = 0; i < 42; i++)
      people.push(
        await createPerson(ctx, {
          givenName: GIVEN[i % GIVEN.length]!,
          familyName: FAMILY[(i * 5) % FAMILY.length]!,
          phone: `0917 555 ${String(1000 + i)}`,
        }),
      );
    const cases = [];
    for (let i = 0; i < 70; i++) {
      const client = people[(i * 7) % people.length]!;
      // Every other case names an OFW of another family than the client's.
      const ofw = i % 2 === 0 ? people[(i * 11 + 3) % people.length]! : undefined;
      cases.push(await createCase(ctx, desk, intake(client.id, ofw?.id)));
    }
    // A deleted case keeps its keys and its people: it must not be found.
    for (const c of cases.filter((_, i) => i % 13 === 5)) await deleteRecord(ctx, 'cases', c.id);
    // A client renamed after their cases were opened: the cases are found by the new name.
    await updatePerson(ctx, people[0]!.id, { familyName: 'Villanueva' });
    return { keys, people, cases };
  }

  const QUERIES = [
    'santos',
    'sant',
    'dela cruz',
    'maria santos',
    'rosa reyes',
    'jun ramos',
    'josefina',
    'munoz',
    'munoz-ibanez',
    'villanueva',
    'villanueva ma',
    'ma',
    'm s',
    'r',
    '0917 555 1003',
    '917555',
    'santos 0917',
    '0917555100',
    'LGZ-2026-000012',
    '12',
    'nobody here',
  ];

  async function compare() {
    let splitFound = 0;
    for (const query of QUERIES) {
      const all = await expected(db, query);
      const found = await searchIds(db, 'cases', query, 500);
      expect(found, `"${query}"`).toEqual(all);
      // With a limit below the matches: that many, every one a match.
      const few = await searchIds(db, 'cases', query, 3);
      expect(few.length, `"${query}" limit 3`).toBe(Math.min(3, all.length));
      expect(few.every((id) => all.includes(id))).toBe(true);
      if (query === 'rosa reyes' || query === 'jun ramos') splitFound += found.length;
    }
    return splitFound;
  }

  it('finds a case by its client, its OFW, both at once, its reference and a phone, as its tokens say', async () => {
    await deskWithCases();
    expect(await compare()).toBeGreaterThan(0);
    expect((await searchIds(db, 'cases', 'villanueva', 500)).length).toBeGreaterThan(0);
  });

  it('answers the same when every word is held by more people than it reads of the index', async () => {
    await deskWithCases();
    // 4 ids a word at most: the first word's references and people are read a page at a time.
    blindSearchLimits.idsPerWord = 4;
    await compare();
  });

  it("keeps in a case's own blind index its reference's and names' keys, no phone's, and every token sealed", async () => {
    const { keys } = await deskWithCases();
    const cipher = new FieldCipher(keys);
    const rows = await storedRows(db, 'cases');
    const opened = await readForSearch(db, ['cases'], () => db.cases.toArray());
    const phones = /^0?9175551\d{3}$/;
    for (const row of rows) {
      const tokens = opened.find((c) => c.id === row.id)!.searchTokens;
      // Every token sealed, the phone's forms among them, for the in-memory index.
      expect(tokens.some((t) => phones.test(t))).toBe(true);
      const own = new Set(referenceTokens(row.reference as string));
      const indexed = tokens.filter((t) => own.has(t) || !phones.test(t));
      expect(row.searchTokens).toEqual(cipher.blindTokens(indexed));
    }
    expect(JSON.stringify(rows).toLowerCase()).not.toMatch(/santos|reyes|villanueva|9175551/);
  });
});
