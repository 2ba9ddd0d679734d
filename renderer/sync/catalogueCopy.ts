// The desk's copy of the public catalogue, followed with its own cursor (DESIGN §5): each page of
// `/v1/catalogue/changes` and the new cursor are written in one transaction, so a crash leaves
// either the whole page with its cursor or neither. A withdrawn entry removes the copy's row.
// Nothing here goes through the write path: the copy is the catalogue's, not the desk's records.
import type { CatalogueCopyEntry } from '../../domain/records/internal';
import type { TulayDatabase } from '../db';
import type { FetchLike } from './client';
import { fetchCatalogueChanges, type CatalogueChanges } from './publicCatalogue';

/** The syncState row holding the catalogue's cursor and when the copy was last brought up to date. */
export const CATALOGUE_CURSOR_ID = 'catalogue';
export const CATALOGUE_PAGE_SIZE = 500;

export const copyIdOf = (entry: { kind: string; id: string; publisher: { tenantId: string } }) =>
  `${entry.kind}/${entry.publisher.tenantId}/${entry.id}`;

/** Writes one page of changes and the cursor after it, together. Returns the entries it wrote. */
export async function applyCataloguePage(
  db: TulayDatabase,
  page: CatalogueChanges,
  now: () => string = () => new Date().toISOString(),
): Promise<number> {
  return db.transaction('rw', [db.catalogue, db.syncState], async () => {
    const removed: string[] = [];
    const kept: CatalogueCopyEntry[] = [];
    for (const entry of page.entries) {
      const id = copyIdOf(entry);
      if (entry.deleted || entry.data === null) {
        removed.push(id);
        continue;
      }
      kept.push({
        id,
        kind: entry.kind,
        entryId: entry.id,
        tenantId: entry.publisher.tenantId,
        municipality: entry.publisher.municipality,
        country: entry.publisher.country,
        seq: entry.seq,
        updatedAt: entry.updatedAt,
        data: entry.data,
      });
    }
    if (removed.length > 0) await db.catalogue.bulkDelete(removed);
    if (kept.length > 0) await db.catalogue.bulkPut(kept);
    await db.syncState.put({ id: CATALOGUE_CURSOR_ID, cursor: page.nextCursor, updatedAt: now() });
    return page.entries.length;
  });
}

export interface CatalogueCopyState {
  cursor: number;
  /** When the copy was last brought up to date; null if it never was. */
  refreshedAt: string | null;
}

export async function readCatalogueState(db: TulayDatabase): Promise<CatalogueCopyState> {
  const row = await db.syncState.get(CATALOGUE_CURSOR_ID);
  return { cursor: row?.cursor ?? 0, refreshedAt: row?.updatedAt ?? null };
}

/** Pulls every page after the copy's cursor. Returns how many entries changed. */
export async function pullCatalogue(
  db: TulayDatabase,
  address: string,
  options: { fetchImpl?: FetchLike; pageSize?: number; onPage?: (done: number) => void } = {},
): Promise<number> {
  let { cursor } = await readCatalogueState(db);
  let done = 0;
  for (;;) {
    const page = await fetchCatalogueChanges(
      address,
      cursor,
      options.pageSize ?? CATALOGUE_PAGE_SIZE,
      options.fetchImpl,
    );
    done += await applyCataloguePage(db, page);
    options.onPage?.(done);
    if (!page.hasMore || page.nextCursor <= cursor) return done;
    cursor = page.nextCursor;
  }
}
