// Rows of catalogue_entries as the protocol's entries (domain/sync/catalogue.ts).
import type { CatalogueEntry, CatalogueKind } from '../../domain/sync';

export interface EntryRow {
  tenant_id: string;
  kind: CatalogueKind;
  id: string;
  data: Record<string, unknown> | null;
  publisher_name: string;
  publisher_country: string | null;
  seq: number;
  updated_at: Date;
}

export const ENTRY_COLUMNS =
  'tenant_id, kind, id, data, publisher_name, publisher_country, seq, updated_at';

export function toEntry(row: EntryRow): CatalogueEntry {
  return {
    kind: row.kind,
    id: row.id,
    seq: row.seq,
    publisher: {
      tenantId: row.tenant_id,
      municipality: row.publisher_name,
      country: row.publisher_country,
    },
    updatedAt: row.updated_at.toISOString(),
    deleted: row.data === null,
    data: row.data,
  } as CatalogueEntry;
}
