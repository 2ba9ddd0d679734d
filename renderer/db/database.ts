// The Dexie database class: one table per record type, typed from domain/ records.
// Durability is "strict" so that a resolved write is on disk, not in an OS cache:
// "Saved" must mean saved even when the office PC loses power.
import { Dexie, type EntityTable } from 'dexie';
import type {
  AuditEntry,
  ConflictEntry,
  CatalogueCopyEntry,
  CatalogueShare,
  OutboxEntry,
  SyncStateEntry,
} from '../../domain/records/internal';
import type { DraftEntry } from '../../domain/records/draft';
import type { KeyringEntry } from '../../domain/records/keyring';
import type { RecordTable, StoredRecord } from '../../domain/records';
import { SCHEMA_VERSIONS } from './schema';
import { attachSearchIndexes } from './searchIndex';
import { attachReportCounts, type ReportCountRow } from './reportCounts';
import type { ReportMonthRow } from './reportMonths';
import { attachAuditChain } from './auditChain';
import { attachEncryption } from './encryption';

type RecordTables = { [T in RecordTable]: EntityTable<StoredRecord<T>, 'id'> };

export type TulayDatabase = Dexie &
  RecordTables & {
    audit: EntityTable<AuditEntry, 'id'>;
    outbox: EntityTable<OutboxEntry, 'id'>;
    syncState: EntityTable<SyncStateEntry, 'id'>;
    drafts: EntityTable<DraftEntry, 'id'>;
    reportCounts: EntityTable<ReportCountRow, 'id'>;
    reportMonths: EntityTable<ReportMonthRow, 'id'>;
    conflicts: EntityTable<ConflictEntry, 'id'>;
    catalogue: EntityTable<CatalogueCopyEntry, 'id'>;
    catalogueShares: EntityTable<CatalogueShare, 'id'>;
    keyring: EntityTable<KeyringEntry, 'id'>;
  };

export const DEFAULT_DATABASE_NAME = 'tulay';

/** Creates (does not open) the database with every schema version declared. */
export function createDatabase(name: string = DEFAULT_DATABASE_NAME): TulayDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  attachEncryption(db);
  attachSearchIndexes(db);
  attachReportCounts(db);
  attachAuditChain(db);
  return db as TulayDatabase;
}
