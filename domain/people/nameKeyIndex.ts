// The name of every person of the desk, held in memory for the duplicate check: which people are
// called the same as, or within two letters of, the person about to be created. Every name is
// compared, not only those that share a prefix: "Jaun Dela Cruz" still finds "Juan Dela Cruz",
// and the 20,000th "Maria …" is checked like the first. People share names, so each distinct
// name is compared once (a few thousand names at 100,000 people of the sample desk).
import { editDistance, SIMILAR_NAME_EDITS } from './duplicates';

export interface SimilarNames {
  same: string[];
  close: string[];
}

export class NameKeyIndex {
  /** The key of each person. */
  private readonly keyOf = new Map<string, string>();
  /** The people of each key, and the keys of each length (a close name is about as long). */
  private readonly idsOf = new Map<string, Set<string>>();
  private readonly byLength = new Map<number, Set<string>>();

  get size(): number {
    return this.keyOf.size;
  }

  /** Sets the name key of a person; null (a deleted person) takes them out. */
  set(id: string, key: string | null): void {
    const before = this.keyOf.get(id);
    if (before === key) return;
    if (before !== undefined) {
      this.keyOf.delete(id);
      const ids = this.idsOf.get(before)!;
      ids.delete(id);
      if (ids.size === 0) {
        this.idsOf.delete(before);
        this.byLength.get(before.length)!.delete(before);
      }
    }
    if (key === null) return;
    this.keyOf.set(id, key);
    const ids = this.idsOf.get(key);
    if (ids) ids.add(id);
    else {
      this.idsOf.set(key, new Set([id]));
      let keys = this.byLength.get(key.length);
      if (!keys) this.byLength.set(key.length, (keys = new Set()));
      keys.add(key);
    }
  }

  /**
   * The people with this key (`same`), and those whose key is within `max` edits of it
   * (`close`, the nearest first).
   */
  near(key: string, max = SIMILAR_NAME_EDITS): SimilarNames {
    const same = [...(this.idsOf.get(key) ?? [])];
    const byDistance: string[][] = Array.from({ length: max }, () => []);
    for (let length = key.length - max; length <= key.length + max; length++) {
      for (const other of this.byLength.get(length) ?? []) {
        if (other === key) continue;
        const distance = editDistance(key, other, max);
        if (distance <= max) byDistance[distance - 1]!.push(...this.idsOf.get(other)!);
      }
    }
    return { same, close: byDistance.flat() };
  }
}
