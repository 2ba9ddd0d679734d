// A pulled page is written in slices inside its one transaction, the next slice prepared while
// the last is stored: between slices the page runs its other tasks (a keystroke, a paint), and the
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
 * Writes consecutive slices of `items`: `prepare` makes a slice's rows (with the index of its
 * first item), `store` issues their writes. A slice is prepared while the one before is stored,
 * so the main thread and IndexedDB work at the same time instead of taking turns; its writes are
 * issued only once the one before is stored (and has issued what it reads after its writes), so
 * the database sees the requests in the order one slice after the other would give. `store` must
 * issue its writes before it returns. Both run their synchronous steps through the stopwatch.
 */
export async function writeInSlices<T, R>(
  items: readonly T[],
  pace: SlicePace,
  prepare: (slice: readonly T[], from: number, watch: Stopwatch) => Promise<R>,
  store: (rows: R, watch: Stopwatch) => Promise<unknown>,
): Promise<void> {
  let storing: Promise<unknown> | null = null;
  try {
    for (let from = 0; from < items.length;) {
      const slice = items.slice(from, from + pace.next);
      const watch = new Stopwatch();
      const rows = await prepare(slice, from, watch);
      if (storing) await storing;
      storing = store(rows, watch);
      // Awaited before the next slice's writes, or below when preparing it fails.
      storing.catch(() => {});
      pace.took(slice.length, watch.ms);
      from += slice.length;
    }
  } finally {
    // The last slice's writes, and a slice still being stored when preparing the next failed:
    // the page's transaction ends only after them (their failure, if any, is what is thrown).
    if (storing) await storing;
  }
}
