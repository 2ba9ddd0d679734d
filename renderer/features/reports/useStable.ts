// Keeps the previous value while a new one has the same content, so that a memoised section
// whose figures did not change (another period, a live query run again) is not drawn again.
import { useState } from 'react';

export function useStable<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [kept, keep] = useState(value);
  if (kept !== value && !same(kept, value)) {
    keep(value);
    return value;
  }
  return kept;
}

/** Two lists of the same length whose items are equal one by one. */
export function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) {
  return a.length === b.length && a.every((item, i) => same(item, b[i]!));
}
