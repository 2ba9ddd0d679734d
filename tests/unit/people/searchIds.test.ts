import { afterEach, describe, expect, it } from 'vitest';
import { deleteRecord, warmSearchIndexes, type TulayDatabase } from '../../../renderer/db';
import { createPerson, searchIds } from '../../../renderer/features/people';
import { searchIdsInMemory } from '../../../renderer/features/people/peopleRepository';
import { freshDatabase, writer } from '../db/testDatabase';

// The same answers whether the database's token index is walked (while the in-memory index is
// being built) or the in-memory index answers.
describe.each([
  ['from the database', false],
  ['from the in-memory index', true],
])('prefix search by several words, %s', (_, inMemory) => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  async function desk() {
    db = await freshDatabase();
    if (inMemory) await warmSearchIndexes(db);
    const ctx = writer(db);
    const make = (givenName: string, familyName: string) =>
      createPerson(ctx, { givenName, familyName });
    return {
      ctx,
      maria: await make('Maria', 'Dela Cruz'),
      jose: await make('Jose', 'Dela Cruz'),
      mariaSantos: await make('Maria', 'Santos'),
      marites: await make('Marites', 'Dela Rosa'),
    };
  }

  it('finds only the people every word matches the start of a name of', async () => {
    const { maria, marites } = await desk();
    expect(await searchIds(db, 'people', 'ma dela')).toEqual([marites.id, maria.id]);
    expect(await searchIds(db, 'people', 'cruz ma')).toEqual([maria.id]);
    expect(await searchIds(db, 'people', 'dela cruz mar')).toEqual([maria.id]);
    expect(await searchIds(db, 'people', 'santos jo')).toEqual([]);
  });

  it('finds a person by the last digits of the phone number and by a hyphenated name as one word', async () => {
    const { ctx } = await desk();
    const junjun = await createPerson(ctx, {
      givenName: 'Jun-jun',
      familyName: 'Peñaflor',
      phone: '+63 918 555 0142',
    });
    const other = await createPerson(ctx, {
      givenName: 'Rosa',
      familyName: 'Lim',
      phone: '0142 555 0918',
    });
    expect(await searchIds(db, 'people', '0142')).toEqual([other.id, junjun.id]);
    expect(await searchIds(db, 'people', '555 0142')).toEqual([junjun.id]);
    expect(await searchIds(db, 'people', '0918')).toEqual([other.id, junjun.id]);
    expect(await searchIds(db, 'people', '5550')).toEqual([]);
    expect(await searchIds(db, 'people', 'junjun')).toEqual([junjun.id]);
    expect(await searchIds(db, 'people', 'junjun pen')).toEqual([junjun.id]);
    expect(await searchIds(db, 'people', '0918 555')).toEqual([junjun.id]);
    // Once the index is built, a number is answered from memory, start and end alike.
    expect(searchIdsInMemory(db, 'people', '0142') !== null).toBe(inMemory);
    expect(searchIdsInMemory(db, 'people', '0918 555') !== null).toBe(inMemory);
  });

  it('lists the newest first, leaves out deleted people and stops at the limit', async () => {
    const { ctx, maria, marites } = await desk();
    const newer = await createPerson(ctx, { givenName: 'Mariel', familyName: 'Dela Paz' });
    expect(await searchIds(db, 'people', 'ma dela')).toEqual([newer.id, marites.id, maria.id]);
    expect(await searchIds(db, 'people', 'ma dela', 2)).toHaveLength(2);
    await deleteRecord(ctx, 'people', marites.id);
    expect(await searchIds(db, 'people', 'ma dela')).toEqual([newer.id, maria.id]);
  });
});
