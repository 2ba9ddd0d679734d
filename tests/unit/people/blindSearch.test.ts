import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryTokens } from '../../../domain/search/normalize';
import {
  createRecords,
  deleteRecord,
  readForSearch,
  type TulayDatabase,
} from '../../../renderer/db';
import { FieldCipher } from '../../../renderer/db/fieldCipher';
import { createPerson, searchIds, type Person } from '../../../renderer/features/people';
import { blindSearchLimits } from '../../../renderer/features/people/peopleRepository';
import { freshDatabase, storedRows, writer } from '../db/testDatabase';

// The search that reads the database before the in-memory index is built, on an encrypted desk:
// the blind index's ids are intersected from the index alone and only those records are read
// (peopleRepository.ts, byBlindTokens); a word of one or two letters is checked on the records
// read, and asked of the index only when they say it would save reads. It must answer exactly as
// the walk of the first token's index range did, and open the tokens of no other record.

const GIVEN = ['Maria', 'Mario', 'Marites', 'Jose', 'Josefina', 'Ana', 'Andres', 'Rosa'];
const FAMILY = ['Dela Cruz', 'Santos', 'Santiago', 'Reyes', 'Ramos', 'Bartholomewson'];

/** The walk as it was: the first token's range, every record checked on its opened tokens. */
async function walked(db: TulayDatabase, query: string, limit: number): Promise<string[]> {
  const tokens = queryTokens(query).sort((a, b) => b.length - a.length);
  const ids = await readForSearch(db, ['people'], () =>
    db.people
      .where('searchTokens')
      .startsWith(tokens[0]!)
      .distinct()
      .filter(
        (p) => !p.deletedAt && tokens.every((q) => p.searchTokens.some((t) => t.startsWith(q))),
      )
      .limit(limit)
      .primaryKeys(),
  );
  return ids.sort().reverse();
}

describe('searching an encrypted desk before the in-memory index is built', () => {
  let db: TulayDatabase;
  const { idsPerWord, probe } = blindSearchLimits;
  afterEach(() => {
    blindSearchLimits.idsPerWord = idsPerWord;
    blindSearchLimits.probe = probe;
    vi.restoreAllMocks();
    db?.close();
  });

  async function desk() {
    db = await freshDatabase();
    const ctx = writer(db);
    // A few rare names, before and after the common ones: a query pairing one with a common word.
    const rare = (givenName: string, familyName: string) =>
      createPerson(ctx, { givenName, familyName });
    const people: Person[] = [await rare('Zenaida', 'Reyes'), await rare('Zoilo', 'Santos')];
    for (let i = 0; i < 96; i++) {
      people.push(
        await createPerson(ctx, {
          givenName: GIVEN[(i * 5) % GIVEN.length]!,
          familyName: FAMILY[(i * 7) % FAMILY.length]!,
          ...(i % 11 === 0 ? { middleName: 'Bartholomewsky' } : {}),
        }),
      );
    }
    people.push(await rare('Zenaida', 'Santos'), await rare('Zoilo', 'Ramos'));
    // Deleted people hold their hashes still: the walk skipped them, and must still.
    const deleted = new Set(people.filter((_, i) => i % 9 === 4).map((p) => p.id));
    for (const id of deleted) await deleteRecord(ctx, 'people', id);
    return { people: people.filter((p) => !deleted.has(p.id)), deleted };
  }

  const QUERIES = [
    'santos',
    'sant ma',
    'ma santos',
    'dela cruz',
    'ros ram',
    'jose re',
    'a',
    'm s',
    'bartholomewson',
    'bartholomewsk',
    'bartholomews ana',
    'bartholomewso a',
    'bartholomewsk a',
    'nobody here',
    'santos zen',
    'zo santos',
    'ra zoi',
    'z s',
  ];

  /**
   * Every query at four limits, against the walk: the same people when fewer match than the
   * limit; else as many as the limit, each a match (which ones is the order of the reads: the
   * walk's is the blind index's, by keyed hash). How many answers stopped at the limit.
   */
  async function compareWithWalk() {
    let beyondLimit = 0;
    for (const query of QUERIES) {
      const every = await walked(db, query, 100_000);
      for (const limit of [3, 7, 50, 5000]) {
        const found = await searchIds(db, 'people', query, limit);
        const said = `"${query}" ${limit}`;
        if (every.length <= limit) expect(found, said).toEqual(every);
        else {
          beyondLimit++;
          expect(found, said).toHaveLength(limit);
          expect(new Set(found).size, said).toBe(limit);
          expect(
            found.filter((id) => !every.includes(id)),
            said,
          ).toEqual([]);
          // Newest first, as every search answers.
          expect(found, said).toEqual([...found].sort().reverse());
        }
      }
    }
    return beyondLimit;
  }

  it('answers as the walk of the token index did: the same people, or as many as the limit', async () => {
    await desk();
    const beyondLimit = await compareWithWalk();
    // The limits are reached (an answer of as many as the limit, each a match)...
    expect(beyondLimit).toBeGreaterThan(10);
    // ...and a 13-character query tells apart two names that share their first 12 characters.
    const son = await searchIds(db, 'people', 'bartholomewso', 50);
    const sky = await searchIds(db, 'people', 'bartholomewsk', 50);
    expect(son.length).toBeGreaterThan(0);
    expect(sky.length).toBeGreaterThan(0);
    expect(son.filter((id) => sky.includes(id))).toEqual(
      (await db.people.bulkGet(son))
        .filter((p) => p!.middleName === 'Bartholomewsky')
        .map((p) => p!.id),
    );
  });

  it('answers as the walk did when a word has more ids than it reads of the index', async () => {
    await desk();
    // 4 ids a word at most: most words here are "too common", some queries all of them (walked).
    blindSearchLimits.idsPerWord = 4;
    expect(await compareWithWalk()).toBeGreaterThan(10);
  });

  it('answers as the walk did when it asks the index for a short word after a few reads', async () => {
    await desk();
    blindSearchLimits.probe = 2;
    expect(await compareWithWalk()).toBeGreaterThan(10);
  });

  it('opens the tokens of the records it finds, and no other field of any record', async () => {
    const { people, deleted } = await desk();
    // Every word asked of the index before any record is read.
    blindSearchLimits.probe = 0;
    const open = vi.spyOn(FieldCipher.prototype, 'open');
    const found = await searchIds(db, 'people', 'santos ma', 50);
    const santos = people.filter((p) => p.familyName === 'Santos');
    expect(found.length).toBeGreaterThan(0);
    // Fewer than the people the first token alone finds: the others are not opened.
    expect(found.length).toBeLessThan(santos.length);
    const places = open.mock.calls.map(([, where]) => where);
    expect(places.every((where) => /^people\/[^/]+\/searchTokens$/.test(where))).toBe(true);
    // Those found, and those deleted that hold both hashes still (left out once read).
    const opened = new Set(places.map((where) => where.split('/')[1]!));
    expect(found.every((id) => opened.has(id))).toBe(true);
    expect([...opened].filter((id) => !found.includes(id) && !deleted.has(id))).toEqual([]);
    // A search writes nothing: what is stored holds no name and no token in clear.
    const stored = JSON.stringify(await storedRows(db, 'people')).toLowerCase();
    for (const word of ['santos', 'zenaida', 'bartholomew']) expect(stored).not.toContain(word);
  });

  it('checks a word of one or two letters on the records it reads, and asks the index for it when they say so', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const santos: Person[] = [];
    for (let i = 0; i < 240; i++)
      santos.push(
        await createPerson(ctx, {
          givenName: i % 3 === 0 ? 'Maria' : 'Jose',
          familyName: i % 2 === 0 ? 'Santos' : 'Reyes',
        }),
      );
    const expected = await walked(db, 'santos ma', 10);
    const asked = vi.spyOn(FieldCipher.prototype, 'blindPrefix');
    const open = vi.spyOn(FieldCipher.prototype, 'open');
    // One Santos in three is a Maria: ten are found within the first few dozen read, "ma" never
    // asked of the index.
    const marias = await searchIds(db, 'people', 'santos ma', 10);
    expect(marias).toEqual(expected);
    expect(marias).toHaveLength(10);
    expect(asked.mock.calls.map(([q]) => q)).toEqual(['santos']);
    expect(open.mock.calls.length).toBeLessThan(40);
    // No Santos holds "zz": after the probe's reads, "zz" is asked of the index, and nothing
    // more is read.
    asked.mockClear();
    open.mockClear();
    expect(await searchIds(db, 'people', 'santos zz', 10)).toEqual([]);
    // (The word's ids are read a page at a time: "santos" is asked again for its second page.)
    expect([...new Set(asked.mock.calls.map(([q]) => q))]).toEqual(['santos', 'zz']);
    expect(open.mock.calls.length).toBe(blindSearchLimits.probe);
    expect(santos.filter((p) => p.familyName === 'Santos').length).toBeGreaterThan(
      blindSearchLimits.probe,
    );
    // A search that needs more reads than its limit guesses how many from the matches so far:
    // one Santos in three is a Maria, and 30 of them take three requests, not ten (a batch of
    // what was still wanted, shrinking to a record or two).
    const requests = vi.spyOn(Object.getPrototypeOf(db.people) as typeof db.people, 'bulkGet');
    expect(await searchIds(db, 'people', 'santos ma', 30)).toEqual(
      await walked(db, 'santos ma', 30),
    );
    expect(requests.mock.calls.length).toBeLessThanOrEqual(3);
    requests.mockRestore();
    // The same with the case list's limit of 5,000, for one long word and for two: the probe's
    // reads, then "zz" asked of the index, not every Santos (or Jose Santos) read first.
    const joseSantos = santos.filter((p) => p.givenName === 'Jose' && p.familyName === 'Santos');
    expect(joseSantos.length).toBeGreaterThan(blindSearchLimits.probe);
    for (const query of ['santos zz', 'santos jose zz']) {
      open.mockClear();
      expect(await searchIds(db, 'people', query, 5000)).toEqual([]);
      expect(open.mock.calls.length, query).toBe(blindSearchLimits.probe);
    }
    expect(await searchIds(db, 'people', 'santos jose', 5000)).toEqual(
      await walked(db, 'santos jose', 5000),
    );
    // A Santos more common than the ids read of a word, and three Bienvenido among them: "bi",
    // asked of the index and read whole, gives the candidates ("maca bi" at 100,000 cases).
    const bienvenidos = [];
    for (let i = 0; i < 3; i++)
      bienvenidos.push(await createPerson(ctx, { givenName: 'Bienvenido', familyName: 'Santos' }));
    blindSearchLimits.idsPerWord = 100;
    const expectedBi = await walked(db, 'santos bi', 10);
    asked.mockClear();
    open.mockClear();
    const found = await searchIds(db, 'people', 'santos bi', 10);
    expect(found).toEqual(expectedBi);
    expect(new Set(found)).toEqual(new Set(bienvenidos.map((p) => p.id)));
    expect(asked.mock.calls.map(([q]) => q)).toContain('bi');
    expect(open.mock.calls.length).toBeLessThanOrEqual(blindSearchLimits.probe + 3);
  }, 30_000);

  it('asks a common short word for no more ids than the records left would cost to read', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    await createRecords(
      ctx,
      'people',
      Array.from({ length: 600 }, (_, i) => ({
        givenName: 'Maria',
        familyName: `Reyes${i}`,
        searchTokens: ['maria', `reyes${i}`],
      })),
    );
    for (let i = 0; i < 60; i++)
      await createPerson(ctx, { givenName: 'Jose', familyName: 'Santos' });
    const limits = vi.spyOn(
      Object.getPrototypeOf(db.people.toCollection()) as ReturnType<typeof db.people.toCollection>,
      'limit',
    );
    const open = vi.spyOn(FieldCipher.prototype, 'open');
    // No Santos is a Maria. After the probe's 50, ten Santos are left to read: "ma" is asked for
    // 60 ids (six a record), not 5,000, and comes cut; the ten are read and checked instead.
    expect(await searchIds(db, 'people', 'santos ma', 5000)).toEqual([]);
    expect(limits.mock.calls.map(([n]) => n)).toEqual([5000, 60]);
    expect(open.mock.calls.length).toBe(60);
  });

  it('reads a hash shared by two tokens longer than it as one, and tells them apart', async () => {
    await desk();
    const open = vi.spyOn(FieldCipher.prototype, 'open');
    // "bartholomews" (12 characters) is the hash both names share; the 13th tells them apart.
    const sons = await searchIds(db, 'people', 'bartholomewso a', 50);
    const opened = new Set(open.mock.calls.map(([, where]) => where.split('/')[1]));
    const rows = await db.people.bulkGet(sons);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((p) => p!.familyName === 'Bartholomewson' && /^A/.test(p!.givenName))).toBe(
      true,
    );
    // Ana Bartholomewsky Reyes was a candidate by the hashes, opened and left out.
    expect(opened.size).toBeGreaterThan(sons.length);
  });
});
