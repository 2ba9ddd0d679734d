import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundTurn, inForeground, type TulayDatabase } from '../../../renderer/db';
import { Interner } from '../../../renderer/features/cases/list/caseSummary';
import { loadAllCases } from '../../../renderer/features/cases/list/caseSummaryRepository';
import { searchIds } from '../../../renderer/features/people';
import { loadSampleData } from '../../../renderer/features/settings/sampleData/loadSampleData';
import { freshDatabase, writer } from './testDatabase';

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
};

describe('reads the officer waits for, before background reads', () => {
  let db: TulayDatabase | undefined;
  afterEach(() => {
    vi.restoreAllMocks();
    db?.close();
  });

  it('holds a background turn while a foreground read runs, and gives it when all have ended', async () => {
    expect(await settled(backgroundTurn())).toBe(true);
    const first = deferred<string>();
    const second = deferred<string>();
    const reads = [inForeground(() => first.promise), inForeground(() => second.promise)];
    const turn = backgroundTurn();
    first.resolve('found');
    expect(await reads[0]).toBe('found');
    expect(await settled(turn)).toBe(false);
    // A read that fails ends too: the background is not held for ever.
    second.reject(new Error('database closed'));
    await expect(reads[1]).rejects.toThrow('database closed');
    expect(await settled(turn)).toBe(true);
  });

  it("keeps the case list's load from asking for its next chunk while a search is running", async () => {
    db = await freshDatabase();
    await loadSampleData(
      writer(db),
      { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
      {
        cases: 30,
        seed: 2,
      },
    );
    const search = deferred<void>();
    const searching = inForeground(() => search.promise);
    let chunks = 0;
    const load = loadAllCases(db, new Interner(), () => ++chunks > 0, 10);
    // The first chunk was asked for before the search began... none after it, until it ends.
    expect(await settled(load)).toBe(false);
    expect(chunks).toBeLessThanOrEqual(1);
    search.resolve();
    await searching;
    await load;
    expect(chunks).toBe(3);
    // A search is itself a foreground read: it answers while the load waits behind it.
    const ids = await searchIds(db, 'cases', 'lgz', 50);
    expect(ids).toHaveLength(30);
  });
});
