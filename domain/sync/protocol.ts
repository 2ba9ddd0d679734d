// The sync protocol's constants (DESIGN §5), shared by the catalogue server and the desk.
import { RECORD_TABLES, type RecordTable } from '../records';

/**
 * The protocol version this code speaks. The server accepts this one and the one before it
 * (OLDEST_PROTOCOL_VERSION), so desks can be updated after the server. A desk sends its version
 * in the PROTOCOL_HEADER of every request. Version 2 added `PUT /v1/desk/prefix` (a desk claims
 * its case reference prefix); a version-1 desk syncs as before, without claiming one.
 */
export const PROTOCOL_VERSION = 2;
export const OLDEST_PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'tulay-protocol';

/** At most this many mutations in one push (one PostgreSQL transaction each). */
export const MAX_PUSH_MUTATIONS = 500;
/** At most this many records in one pull page. */
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;

/**
 * The tables a desk replicates through the catalogue. `settings` stays on the desk: it holds
 * this desk's own set-up (its reference prefix, its language).
 */
export const SYNC_TABLES = RECORD_TABLES.filter(
  (table): table is Exclude<RecordTable, 'settings'> => table !== 'settings',
);
export type SyncTable = (typeof SYNC_TABLES)[number];

/**
 * Record metadata that never travels in a mutation's fields: the id is the mutation's own
 * `id`, `serverSeq` is what the server hands out, `batchId` names a bulk write on one desk.
 */
export const LOCAL_ONLY_FIELDS = ['id', 'serverSeq', 'batchId'] as const;

/** A field name: a plain identifier (no dots, so a field path in an error is unambiguous). */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
