import { afterEach, describe, expect, it } from 'vitest';
import { duplicateNameKey } from '../../../domain/people/duplicates';
import { queryTokens } from '../../../domain/search/normalize';
import {
  createDatabase,
  createRecords,
  deleteRecord,
  dropSearchIndexes,
  openDatabase,
  searchInMemory,
  similarNamesInMemory,
  warmSearchIndexes,
  type TulayDatabase,
} from '../../../renderer/db';
import { createPerson, updatePerson } from '../../../renderer/features/people';
import { freshDatabase, writer } from './testDatabase';

/** What the in-memory index answers; null when it is not ready and the database would be asked. */
const fromMemory = (db: TulayDatabase, query: string) =>
  searchInMemory(db, 'people', queryTokens(query), 50);

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('the in-memory search index', () => {
  const open: TulayDatabase[] = [];
  afterEach(() => {
    open.forEach((db) => db.close());
    open.length = 0;
  });
  async function desk() {
    const db = await freshDatabase();
    open.push(db);
    return { db, ctx: writer(db) };
  }

  it('is built from what the database holds and leaves out deleted records', async () => {
    const { db, ctx } = await desk();
    const maria = await createPerson(ctx, { givenName: 'Maria', familyName: 'Dela Cruz' });
    const gone = await createPerson(ctx, { givenName: 'Mario', familyName: 'Dela Cruz' });
    await deleteRecord(ctx, 'people', gone.id);
    expect(fromMemory(db, 'dela')).toBeNull();
    await warmSearchIndexes(db);
    expect(fromMemory(db, 'dela')).toEqual([maria.id]);
  });

  it('forgets every name when the desk locks, ignores writes meanwhile, and is built again after sign-in', async () => {
    const { db, ctx } = await desk();
    const maria = await createPerson(ctx, { givenName: 'Maria', familyName: 'Dela Cruz' });
    await warmSearchIndexes(db);
    expect(fromMemory(db, 'dela')).toEqual([maria.id]);
    dropSearchIndexes(db);
    expect(fromMemory(db, 'dela')).toBeNull();
    await createPerson(ctx, { givenName: 'Marites', familyName: 'Dela Rosa' });
    expect(fromMemory(db, 'dela')).toBeNull();
    // A lock during a build throws the build away.
    const building = warmSearchIndexes(db);
    dropSearchIndexes(db);
    await building;
    expect(fromMemory(db, 'dela')).toBeNull();
    await warmSearchIndexes(db);
    expect(fromMemory(db, 'dela')).toHaveLength(2);
  });

  it('follows every write of this connection once it commits', async () => {
    const { db, ctx } = await desk();
    await warmSearchIndexes(db);
    const ana = await createPerson(ctx, { givenName: 'Ana', familyName: 'Reyes' });
    expect(fromMemory(db, 'reyes')).toEqual([ana.id]);
    await updatePerson(ctx, ana.id, { familyName: 'Bautista' });
    expect(fromMemory(db, 'reyes')).toEqual([]);
    expect(fromMemory(db, 'ana baut')).toEqual([ana.id]);
    await deleteRecord(ctx, 'people', ana.id);
    expect(fromMemory(db, 'bautista')).toEqual([]);
    const bulk = await createRecords(ctx, 'people', [
      { givenName: 'Jose', familyName: 'Rizal', searchTokens: ['jose', 'rizal'] },
      { givenName: 'Josefa', familyName: 'Llanes', searchTokens: ['josefa', 'llanes'] },
    ]);
    expect(fromMemory(db, 'jos')).toEqual(bulk.map((p) => p.id).reverse());
  });

  it('keeps nothing of a write whose transaction was rolled back', async () => {
    const { db, ctx } = await desk();
    await warmSearchIndexes(db);
    await expect(
      db.transaction('rw', [db.people, db.audit, db.outbox], async () => {
        await createPerson(ctx, { givenName: 'Teodora', familyName: 'Alonso' });
        throw new Error('the intake failed after the person was written');
      }),
    ).rejects.toThrow('the intake failed');
    expect(await db.people.count()).toBe(0);
    expect(fromMemory(db, 'teodora')).toEqual([]);
  });

  it('keeps a write made while it is being built', async () => {
    const { db, ctx } = await desk();
    await createPerson(ctx, { givenName: 'Gabriela', familyName: 'Silang' });
    const building = warmSearchIndexes(db);
    const diego = await createPerson(ctx, { givenName: 'Diego', familyName: 'Silang' });
    await building;
    expect(fromMemory(db, 'silang')).toHaveLength(2);
    expect(fromMemory(db, 'diego')).toEqual([diego.id]);
  });

  it('is rebuilt when another connection changes people', async () => {
    const { db } = await desk();
    await warmSearchIndexes(db);
    const other = createDatabase(db.name);
    await openDatabase(other);
    open.push(other);
    const andres = await createPerson(writer(other), {
      givenName: 'Andres',
      familyName: 'Bonifacio',
    });
    // Until the rebuild is done, the search asks the database (which has Andres).
    await until(() => fromMemory(db, 'bonifacio') !== null);
    expect(fromMemory(db, 'bonifacio')).toEqual([andres.id]);
  });

  it('keeps the name of each person for the duplicate check, through renames and deletions', async () => {
    const { db, ctx } = await desk();
    const named = (givenName: string, familyName: string) =>
      similarNamesInMemory(db, duplicateNameKey({ givenName, familyName }));
    const juan = await createPerson(ctx, { givenName: 'Juan', familyName: 'Dela Cruz' });
    expect(named('Juan', 'Dela Cruz')).toBeNull();
    await warmSearchIndexes(db);
    expect(named('Juan', 'de la Cruz')).toEqual({ same: [juan.id], close: [] });
    const juana = await createPerson(ctx, { givenName: 'Juana', familyName: 'Dela Cruz' });
    expect(named('Juan', 'Dela Cruz')).toEqual({ same: [juan.id], close: [juana.id] });
    await updatePerson(ctx, juan.id, { givenName: 'Pedro' });
    expect(named('Juan', 'Dela Cruz')).toEqual({ same: [], close: [juana.id] });
    expect(named('Pedro', 'Dela Cruz')?.same).toEqual([juan.id]);
    await deleteRecord(ctx, 'people', juana.id);
    expect(named('Juana', 'Dela Cruz')).toEqual({ same: [], close: [] });
  });
});
