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
// unless a later write of the same row started meanwhile (the later one decides); a read is kept
// only if no write of its rows started after it was issued (its answer may be older). Writes of
// other rows of the table do not matter: a page's slices overlap, each writing its own records.

export type CachedRow = { id: string } & Record<string, unknown>;

interface TableRows {
  readonly rows: Map<string, CachedRow | undefined>;
  /** The number of the last write that named each row. */
  readonly written: Map<string, number>;
  /** Writes of the table started so far. */
  writes: number;
  /** The last write whose rows were not known beforehand (it may have changed any row). */
  wholeTable: number;
}

export class RowCache {
  private readonly tables = new Map<string, TableRows>();

  private of(table: string): TableRows {
    let state = this.tables.get(table);
    if (!state)
      this.tables.set(
        table,
        (state = { rows: new Map(), written: new Map(), writes: 0, wholeTable: 0 }),
      );
    return state;
  }

  /** How many writes of `table` have started: handed back to `keep` by a read issued now. */
  generation(table: string): number {
    return this.tables.get(table)?.writes ?? 0;
  }

  /**
   * Whether a write of this transaction named the row (or may have): it is stored now, or about
   * to be, whatever the table held before the transaction.
   */
  wrote(table: string, id: string): boolean {
    const state = this.tables.get(table);
    return !!state && (state.wholeTable > 0 || state.written.has(id));
  }

  /** The rows of `ids` known here (absent from `found`: known not to be stored), and the others. */
  lookup(
    table: string,
    ids: Iterable<string>,
  ): { found: Map<string, CachedRow>; missing: string[] } {
    const rows = this.tables.get(table)?.rows;
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
   * Remembers rows as they are (undefined: not stored), read when `generation` writes of the
   * table had started, or written by write number `generation`: each dropped if a later write
   * named it (or may have) since.
   */
  keep(
    table: string,
    rows: Iterable<readonly [string, CachedRow | undefined]>,
    generation: number = this.generation(table),
  ) {
    const state = this.of(table);
    if (state.wholeTable > generation) return;
    for (const [id, row] of rows)
      if ((state.written.get(id) ?? 0) <= generation) state.rows.set(id, row);
  }

  /**
   * A write of `ids` (every row of the table when they are not known beforehand) starts: they are
   * forgotten until it ends. Returns the write's number, for `keep` with its values.
   */
  writing(table: string, ids: readonly string[] | 'all'): number {
    const state = this.of(table);
    const generation = ++state.writes;
    if (ids === 'all') {
      state.wholeTable = generation;
      state.rows.clear();
    } else
      for (const id of ids) {
        state.written.set(id, generation);
        state.rows.delete(id);
      }
    return generation;
  }
}
