// A pulled page is written in slices inside its one transaction, each slice issued once the one
// before is stored: between slices the page runs its other tasks (a keystroke, a paint), and the
// transaction stays open because one of its requests is always pending. A slice is sized by the
// main-thread work the last one took (merging, search tokens, sealing, structured cloning), so it
// stays short on a slow or loaded machine and with encryption, and long enough to keep IndexedDB
// busy on a fast one.

/** Main-thread work per slice. Well under the 50 ms of a "long task", which a loaded CPU stretches. */
const SLICE_MS = 8;
const FIRST_SLICE = 50;
const MIN_SLICE = 10;
const MAX_SLICE = 1000;

/** Adds up the time of the synchronous steps it runs. */
export class Stopwatch {
  ms = 0;

  time<T>(step: () => T): T {
    const start = performance.now();
    try {
      return step();
    } finally {
      this.ms += performance.now() - start;
    }
  }
}

/** The size of the next slice, learnt from the last; one per page, across its tables. */
export class SlicePace {
  private size = FIRST_SLICE;

  get next(): number {
    return this.size;
  }

  took(records: number, ms: number) {
    if (records < this.size) return; // a table's last, short slice says little
    const fits = Math.round((records * SLICE_MS) / Math.max(ms, 0.5));
    this.size = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.min(fits, this.size * 2)));
  }
}

/**
 * Calls `write` on consecutive slices of `items` (with the index of each slice's first item),
 * one after the other; `write` runs its synchronous steps through the stopwatch it is given.
 */
export async function writeInSlices<T>(
  items: readonly T[],
  pace: SlicePace,
  write: (slice: readonly T[], from: number, watch: Stopwatch) => Promise<void>,
): Promise<void> {
  for (let from = 0; from < items.length;) {
    const slice = items.slice(from, from + pace.next);
    const watch = new Stopwatch();
    await write(slice, from, watch);
    pace.took(slice.length, watch.ms);
    from += slice.length;
  }
}
