// Tables that only the write path and sync write: the audit trail, the outbox, sync cursors.
import type { RecordTable } from './index';

export type AuditAction = 'create' | 'update' | 'delete' | 'view' | 'export';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  table: RecordTable;
  recordId: string;
  /** Names of the fields written (never their values: the audit must not copy personal data). */
  fields: string[];
  /** A bulk write's entry: every record it created. `id` and `recordId` are the batch id. */
  recordIds?: string[];
  /** An export's entry: the filters of the list it started from and how many rows it wrote. */
  detail?: ExportDetail;
  /**
   * The entry's place in the hash chain (domain/audit/chain.ts), from 1. Entries written before
   * the chain started have none: the unchained prefix.
   */
  seq?: number;
  /** The hash of the entry before it in the chain ('' for the first). */
  prevHash?: string;
  /** SHA-256 of this entry's canonical form, prevHash included. */
  hash?: string;
}

/** What an export wrote: filters by name (values as the list holds them), and the row count. */
export interface ExportDetail {
  filters: Record<string, string | number | boolean | readonly string[]>;
  rows: number;
  format: 'csv' | 'xlsx';
}

export type OutboxState = 'pending' | 'inflight';

export interface OutboxEntry {
  id: string;
  table: RecordTable;
  recordId: string;
  op: 'put' | 'delete';
  /** Fields changed since the last acknowledged push; merged while the entry is pending. */
  fields: string[];
  /** The serverSeq of the record when it was first changed locally. */
  baseSeq: number;
  state: OutboxState;
  createdAt: string;
  updatedAt: string;
  /**
   * A bulk write's entry: every record it created, to be pushed whole. `id` and `recordId` are
   * the batch id. While it is pending it stands for each of these records' one pending entry.
   */
  recordIds?: string[];
}

export interface SyncStateEntry {
  id: string;
  cursor: number;
  updatedAt: string;
}

/**
 * The desk's copy of one public catalogue entry (docs/catalogue.md), kept to browse offline.
 * `id` is `<kind>/<publisher tenant>/<entry id>`: entries are keyed by (tenant, kind, id).
 */
export interface CatalogueCopyEntry {
  id: string;
  kind: 'commitment' | 'stakeholder' | 'indicators';
  entryId: string;
  tenantId: string;
  municipality: string;
  country: string | null;
  seq: number;
  updatedAt: string;
  /** The entry's data as the catalogue serves it (domain/sync/catalogue.ts). */
  data: Record<string, unknown>;
}

/** What this desk last published of a stakeholder it shares (desk-local, never synced). */
export interface CatalogueShare {
  /** The stakeholder's id, which is also the catalogue entry's id. */
  id: string;
  /** The stakeholder's updatedAt when it was published; null once withdrawn. */
  publishedVersion: string | null;
  at: string;
}
