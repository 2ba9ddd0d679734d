// Every schema version of the Tulay database, oldest first. Versions are never edited or
// removed once shipped: a new version is appended with its upgrade and a migration test
// (tests/unit/db/migrations.test.ts) that opens a fixture of the previous version.
import type { Transaction } from 'dexie';
import { fillReportCounts } from './fillReportCounts';
import { fillReportMonths } from './reportMonths';
import { recomputeSearchTokens } from './recomputeSearchTokens';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id, &key',
      staff: 'id',
      people: 'id, *searchTokens, familyName, updatedAt',
      households: 'id, personId, relatedPersonId',
      cases:
        'id, &reference, clientId, ofwId, status, openedAt, updatedAt, *categories, *searchTokens',
      caseEvents: 'id, caseId, [caseId+at], dueAt',
      consents: 'id, personId, caseId',
      seminars: 'id, startsAt',
      attendance: 'id, seminarId, personId, [seminarId+personId]',
      stakeholders: 'id, name, type, country',
      stakeholderLinks: 'id, fromId, toId',
      services: 'id, agencyId, *categories',
      audit: 'id, at, [table+recordId]',
      outbox: 'id, &[table+recordId+state], state',
      syncState: 'id',
    },
  },
  {
    // Drafts of forms in progress (an intake survives a reload or a crash), local to this
    // computer: never synced or audited, deleted when the form is saved. Follow-ups are found
    // by type and due date.
    version: 2,
    stores: {
      drafts: 'id, updatedAt',
      caseEvents: 'id, caseId, [caseId+at], dueAt, [type+dueAt]',
    },
  },
  {
    // Check-in finds a registration code at the door; certificate numbers are looked up and
    // kept unique without scanning every attendance record.
    version: 3,
    stores: {
      attendance:
        'id, seminarId, personId, [seminarId+personId], [seminarId+registrationCode], certificateNumber',
    },
  },
  {
    // Phone numbers are found by their last digits ("0142", read off a call log) and hyphenated
    // names as one word ("junjun" finds "Jun-jun"): every stored token list is recomputed.
    version: 4,
    stores: {},
    upgrade: recomputeSearchTokens,
  },
  {
    // The report's counts per local day and staff member (renderer/db/reportCounts.ts), so
    // that a report of a year at 100,000 cases sums a few thousand small rows. Filled here from
    // the records already stored; a later upgrade that changes what they count refills them.
    version: 5,
    stores: { reportCounts: 'id, day' },
    upgrade: fillReportCounts,
  },
  {
    // Conflicts the catalogue reports (two desks changed the same field): kept on the desk for
    // an officer to review under Settings → Sync, and afterwards as the history of the value
    // not chosen. Open ones are counted by state; a record's are found by table and id.
    version: 6,
    stores: { conflicts: 'id, state, [table+recordId]' },
  },
  {
    // The desk's copy of the public catalogue (other cities' commitments, shared stakeholders and
    // published indicators), browsed offline and followed with its own cursor (syncState
    // 'catalogue'), and what this desk last published of each stakeholder it shares.
    version: 7,
    stores: { catalogue: 'id, kind, tenantId', catalogueShares: 'id' },
  },
  {
    // Staff accounts (issue #15): the desk key wrapped under each staff member's passphrase and
    // under the recovery key (domain/records/keyring.ts). Local, never synced. A desk set up
    // before accounts has none: its one staff member (already the administrator) is asked for a
    // passphrase at the next start, so there is nothing to convert here.
    version: 8,
    stores: { keyring: 'id' },
  },
  {
    // The report's counts summed per month and staff member (renderer/db/reportMonths.ts),
    // kept beside the day rows by the same middleware, so that a year's report at 100,000 cases
    // reads 12 rows per staff member. Summed here from the day rows already stored.
    version: 9,
    stores: { reportMonths: 'id, month' },
    upgrade: fillReportMonths,
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
