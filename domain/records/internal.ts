// Tables that only the write path and sync write: the audit trail, the outbox, sync cursors.
import type { RecordTable } from './index';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'view'
  | 'export'
  /** A print view sent to the printer or saved as PDF (`printed` says which). */
  | 'print'
  /** A backup file made of the whole database. */
  | 'backup'
  /** The whole database replaced by a backup file. */
  | 'restore'
  /** A referral made without the client's consent, on a supervisor's override. */
  | 'consentOverride';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'create',
  'update',
  'delete',
  'view',
  'export',
  'print',
  'backup',
  'restore',
  'consentOverride',
];

/** What an entry is about: a record table, or the audit trail itself (its export). */
export type AuditTable = RecordTable | 'audit';

/** Which print view a 'print' entry printed. */
export type PrintedDocument = 'caseSummary' | 'certificates' | 'report' | 'handout';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  table: AuditTable;
  recordId: string;
  /** Names of the fields written (never their values: the audit must not copy personal data). */
  fields: string[];
  /** A bulk write's entry: every record it created. `id` and `recordId` are the batch id. */
  recordIds?: string[];
  /** An export's entry: the filters of the list it started from and how many rows it wrote. */
  detail?: ExportDetail;
  /** A print's entry: which print view it was. */
  printed?: PrintedDocument;
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
