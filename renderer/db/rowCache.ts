// The rows of people, cases and events as they stand inside one transaction that writes many of
// them in steps (a pulled page, written in slices: deferReportCounts in reportCounts.ts). The
// report counts need the person of every case and the case of every event, and the page's merge
// needs its own records as stored: most are records the same page has just written, or read for
// an earlier slice. Each is then read at most once per page, and a row the page wrote is taken
// from what it wrote instead of being read back (a thousand reads of a page are a thousand
// answers for the main thread to run).
//
// It stays true because every write of these tables goes through the counts' middleware, which
// tells it: a write drops its rows when it starts and sets them from its values when it ends,
// unless another write of the same table started meanwhile (the later one decides); a read is
// kept only if no write of its table started after it was issued (its answer may be older).

export type CachedRow = { id: string } & Record<string, unknown>;

export class RowCache {
  private readonly tables = new Map<string, Map<string, CachedRow | undefined>>();
  private readonly generations = new Map<string, number>();

  /** How many writes of `table` have started: handed back to `keep` by a read issued now. */
  generation(table: string): number {
    return this.generations.get(table) ?? 0;
  }

  /** The rows of `ids` known here (absent from `found`: known not to be stored), and the others. */
  lookup(
    table: string,
    ids: Iterable<string>,
  ): { found: Map<string, CachedRow>; missing: string[] } {
    const rows = this.tables.get(table);
    const found = new Map<string, CachedRow>();
    const missing: string[] = [];
    for (const id of ids) {
      if (!rows?.has(id)) missing.push(id);
      else {
        const row = rows.get(id);
        if (row) found.set(id, row);
      }
    }
    return { found, missing };
  }

  /**
   * Remembers rows as they are (undefined: not stored), read or written at `generation`: dropped
   * if a write of the table started since.
   */
  keep(
    table: string,
    rows: Iterable<readonly [string, CachedRow | undefined]>,
    generation: number = this.generation(table),
  ) {
    if (this.generation(table) !== generation) return;
    let known = this.tables.get(table);
    if (!known) this.tables.set(table, (known = new Map<string, CachedRow | undefined>()));
    for (const [id, row] of rows) known.set(id, row);
  }

  /**
   * A write of `ids` (every row of the table when they are not known beforehand) starts: they are
   * forgotten until it ends. Returns the write's generation, for `keep` with its values.
   */
  writing(table: string, ids: readonly string[] | 'all'): number {
    const generation = this.generation(table) + 1;
    this.generations.set(table, generation);
    if (ids === 'all') this.tables.delete(table);
    else for (const id of ids) this.tables.get(table)?.delete(id);
    return generation;
  }
}
