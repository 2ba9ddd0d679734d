// Tables that only the write path and sync write: the audit trail, the outbox, sync cursors,
// and the conflicts the catalogue reported for a person to review.
import type { Conflict } from '../sync/messages';
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
  | 'consentOverride'
  /** Retention anonymised closed cases past their period (one entry for the run). */
  | 'anonymise'
  /** A staff member signed in at the start or after switching (recordId: the staff id). */
  | 'signIn'
  /** A wrong passphrase for that staff member. */
  | 'signInFailed'
  /** The desk locked itself (idle) or was locked by the staff member signed in. */
  | 'lock'
  /** The staff member who locked the desk signed in again. */
  | 'unlock'
  /** A staff member's passphrase set, reset, or recovered with the recovery key. */
  | 'passphraseChange';

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
  'anonymise',
  'signIn',
  'signInFailed',
  'lock',
  'unlock',
  'passphraseChange',
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
  /** A retention run's entry: how many records it anonymised, under which periods. */
  retention?: RetentionDetail;
  /** A print's entry: which print view it was. */
  printed?: PrintedDocument;
  /**
   * The entry's place in the hash chain (domain/audit/chain.ts), from 1. Entries written before
   * the chain started have none: the unchained prefix.
   */
  seq?: number;
  /**
   * An edit that settled sync conflicts (a reviewer's choice): their ids. Both values stay in
   * the `conflicts` table, so the record's history keeps the one not chosen.
   */
  resolves?: string[];
  /** The hash of the entry before it in the chain ('' for the first). */
  prevHash?: string;
  /** SHA-256 of this entry's canonical form, prevHash included. */
  hash?: string;
}

/** What a retention run did (the ids of its cases are the entry's `recordIds`). */
export interface RetentionDetail {
  cases: number;
  people: number;
  /** Whether the administrator stopped it before the end (what was done stays done). */
  cancelled: boolean;
  /** The periods it applied, in years. */
  defaultYears: number;
  byCategory: Record<string, number>;
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
  /** Conflicts of this record that the change settles (pushed as the mutation's `resolves`). */
  resolves?: string[];
}

export interface SyncStateEntry {
  id: string;
  cursor: number;
  updatedAt: string;
}

/**
 * A conflict the catalogue reported (docs/catalogue.md "Merge"), as the desk keeps it: `open`
 * until an officer chooses a value here, `chosen` until the catalogue confirms the choice (or
 * another desk's), then `resolved`. Resolved conflicts are kept: they are the record's history
 * of the value that was not chosen.
 */
export interface ConflictEntry extends Conflict {
  state: 'open' | 'chosen' | 'resolved';
  /** The value the officer chose on this desk, when and by whom (staff id). */
  chosenValue?: Conflict['storedValue'];
  chosenAt?: string;
  chosenBy?: string;
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
