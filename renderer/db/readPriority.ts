// Reads the officer is waiting for go before reads made in the background. IndexedDB serves a
// window's requests in turn, whatever they are for: after sign-in the case list reads every case
// in large chunks and the search index's build reads every person and case, and a search typed
// meanwhile waited behind them (at 100,000 encrypted cases, 20 s for a family name). A search
// runs as a foreground read; the background loops wait for their turn before each chunk, so a
// search waits at most for the one chunk already asked for.

let running = 0;
let waiting: (() => void)[] = [];

/** Runs `read` as a read someone waits for: background chunks are not asked for until it ends. */
export async function inForeground<T>(read: () => PromiseLike<T>): Promise<T> {
  running++;
  try {
    return await read();
  } finally {
    running--;
    if (running === 0) {
      const turn = waiting;
      waiting = [];
      for (const resolve of turn) resolve();
    }
  }
}

/** Resolves when no foreground read is running: a background loop awaits it before each chunk. */
export function backgroundTurn(): Promise<void> {
  if (running === 0) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
