import { afterEach, describe, expect, it } from 'vitest';
import { deleteRecord, type TulayDatabase } from '../../../renderer/db';
import { createPerson, searchIds } from '../../../renderer/features/people';
import { freshDatabase, writer } from '../db/testDatabase';

describe('prefix search by several words', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  async function desk() {
    db = await freshDatabase();
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

  it('lists the newest first, leaves out deleted people and stops at the limit', async () => {
    const { ctx, maria, marites } = await desk();
    const newer = await createPerson(ctx, { givenName: 'Mariel', familyName: 'Dela Paz' });
    expect(await searchIds(db, 'people', 'ma dela')).toEqual([newer.id, marites.id, maria.id]);
    expect(await searchIds(db, 'people', 'ma dela', 2)).toHaveLength(2);
    await deleteRecord(ctx, 'people', marites.id);
    expect(await searchIds(db, 'people', 'ma dela')).toEqual([newer.id, maria.id]);
  });
});
