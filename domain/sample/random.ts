// A small seeded pseudo-random generator (mulberry32) and the choices the sample generator
// makes with it. Seeded, so that the same seed always gives the same sample data: tests and
// benchmarks can compare runs, and a bug report can name the seed that shows it.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, each with the weight given (weights need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Up to n distinct items, in the order drawn, each drawn by weight. */
  distinct<T>(items: readonly T[], weights: readonly number[], n: number): T[];
}

/** mulberry32: 32-bit state, fast, good enough for realistic-looking data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedIndex(next: () => number, weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items, weights) => items[weightedIndex(next, weights)]!,
    distinct(items, weights, n) {
      const pool = [...items];
      const poolWeights = [...weights];
      const chosen: (typeof items)[number][] = [];
      while (chosen.length < n && pool.length > 0) {
        const i = weightedIndex(next, poolWeights);
        chosen.push(pool[i]!);
        pool.splice(i, 1);
        poolWeights.splice(i, 1);
      }
      return chosen;
    },
  };
}

/** Weights that fall with the position in a list: the first entry is the most common. */
export function rankWeights(length: number, steepness = 0.9): number[] {
  return Array.from({ length }, (_, i) => 1 / Math.pow(i + 1, steepness));
}
