// A pulled page's slices (writeInSlices.ts): the next slice is prepared while the last is
// stored, but its writes are issued only once the last is stored, in slice order; a failure
// ends the page after the slice still being stored, with nothing issued after it.
import { describe, expect, it } from 'vitest';
import { SlicePace, writeInSlices } from '../../../renderer/sync/writeInSlices';

/** A store the test ends by hand, as IndexedDB would end a slice's writes. */
function storeByHand() {
  const log: string[] = [];
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const store = (rows: readonly number[]) => {
    log.push(`issue ${rows[0]}`);
    return new Promise<void>((resolve, reject) => {
      pending.push({
        resolve: () => {
          log.push(`stored ${rows[0]}`);
          resolve();
        },
        reject,
      });
    });
  };
  return { log, pending, store };
}

/** Lets every promise that can settle settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// Slices of 50, then of twice the last (each takes well under its time): 0, 50, 150, 350.
const items = Array.from({ length: 400 }, (_, i) => i);

describe('writeInSlices', () => {
  it('prepares the next slice while the last is stored and issues each slice after the last is stored', async () => {
    const { log, pending, store } = storeByHand();
    const prepare = async (slice: readonly number[]) => {
      log.push(`prepare ${slice[0]}`);
      await Promise.resolve();
      return slice;
    };
    let done = false;
    const writing = writeInSlices(items, new SlicePace(), prepare, store).then(() => {
      done = true;
    });

    await settle();
    // The first slice is being stored and the second is ready, its writes not issued.
    expect(log).toEqual(['prepare 0', 'issue 0', 'prepare 50']);
    pending[0]!.resolve();
    await settle();
    // Stored, the second slice's writes are issued and the third slice prepared meanwhile.
    expect(log.slice(3)).toEqual(['stored 0', 'issue 50', 'prepare 150']);
    pending[1]!.resolve();
    await settle();
    expect(log.slice(6)).toEqual(['stored 50', 'issue 150', 'prepare 350']);
    pending[2]!.resolve();
    await settle();
    expect(log.slice(9)).toEqual(['stored 150', 'issue 350']);
    // The page's slices end only when the last is stored.
    expect(done).toBe(false);
    pending[3]!.resolve();
    await writing;
    expect(log.at(-1)).toBe('stored 350');
  });

  it('issues nothing after a slice whose writes failed, and throws their failure', async () => {
    const { log, pending, store } = storeByHand();
    const writing = writeInSlices(items, new SlicePace(), (slice) => Promise.resolve(slice), store);
    await settle();
    pending[0]!.reject(new Error('quota exceeded'));
    await expect(writing).rejects.toThrow('quota exceeded');
    expect(log).toEqual(['issue 0']);
  });

  it('ends only after the slice being stored when preparing the next fails', async () => {
    const { log, pending, store } = storeByHand();
    const prepare = (slice: readonly number[]) =>
      slice[0] === 0 ? Promise.resolve(slice) : Promise.reject(new Error('bad record'));
    let settled = false;
    const writing = writeInSlices(items, new SlicePace(), prepare, store).finally(() => {
      settled = true;
    });
    writing.catch(() => {});
    await settle();
    expect(settled).toBe(false);
    pending[0]!.resolve();
    await expect(writing).rejects.toThrow('bad record');
    expect(log).toEqual(['issue 0', 'stored 0']);
  });
});
