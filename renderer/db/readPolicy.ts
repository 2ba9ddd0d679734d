// What the signed-in session may decrypt (issue #15, docs/accounts.md#roles): "hidden means not
// rendered and not read". A clerk's session never opens the health, legal and abuse details of a
// restricted case, nor anyone's immigration or legal status (the administrative status, the
// document type, the deployment status, the client role on a desk where it can say "refugee or
// asylum seeker"), nor the timeline of a case it does not know yet: the encryption layer (encryption.ts) gives
// those fields back absent, and on a clerk's write puts the stored ones back in their place, so
// that a record read without them is not saved without them. Sync, backups, conflict settling
// and sealing need records whole whoever is signed in: `readWholeInThisTransaction`.
import { Dexie } from 'dexie';
import {
  clientRoleRevealsLegalStatus,
  isRestrictedCase,
  LEGAL_STATUS_FIELDS,
  RESTRICTED_CATEGORIES,
  RESTRICTED_DETAIL_FIELDS,
} from '../../domain/cases/caseAccess';
import type { StaffRole } from '../../domain/records/desk';
import { roleMay } from '../../domain/roles';

type Row = Record<string, unknown>;

export interface ReadPolicy {
  seesRestricted: boolean;
  seesLegalStatus: boolean;
  /**
   * The cases stored and known to be neither health, legal nor abuse matters, by id: the details
   * of their events and consents (which hold only the case's id) are read. A case not in it is
   * restricted, or not stored yet: a sync can pull a case's timeline before the case itself, and
   * until the case arrives no one can tell whether it is restricted. Null until read after
   * sign-in: meanwhile every event's and consent's details are withheld.
   */
  readable: Set<string> | null;
}

/** A change to the readable set, kept in order while the set is read at sign-in. */
type Change = (readable: Set<string>) => void;

/** Per database name; absent = every field is read (no one signed in yet, or a test database). */
const policies = new Map<string, ReadPolicy>();
/** IndexedDB transactions that read and write records whole (sync, backup, settling, sealing). */
const wholeTransactions = new WeakSet<object>();

const RESTRICTED_IDS = Object.values(RESTRICTED_CATEGORIES).flat();
const CONFLICT_VALUES = ['storedValue', 'otherValue', 'chosenValue'];

/**
 * At sign-in: what this role's session reads. In force at once (an event's details are withheld
 * until the restricted cases are known), complete when the promise resolves; call it after the
 * database is unlocked and before any screen reads.
 */
export function applyReadPolicy(db: Dexie, role: StaffRole): Promise<void> {
  const policy: ReadPolicy = {
    seesRestricted: roleMay(role, 'seeRestrictedDetails'),
    seesLegalStatus: roleMay(role, 'seeLegalStatus'),
    readable: null,
  };
  if (policy.seesRestricted && policy.seesLegalStatus) {
    policies.delete(db.name);
    return Promise.resolve();
  }
  policies.set(db.name, policy);
  if (policy.seesRestricted) return Promise.resolve();
  // Keys only (the primary key and the multi-entry index of categories): nothing is decrypted.
  const cases = db.table('cases');
  return db
    .transaction('r', cases, () =>
      Promise.all([
        cases.toCollection().primaryKeys(),
        cases.where('categories').anyOf(RESTRICTED_IDS).primaryKeys(),
      ]),
    )
    .then(([all, restricted]) => {
      if (policies.get(db.name) !== policy) return;
      const hidden = new Set(restricted as string[]);
      const readable = new Set((all as string[]).filter((id) => !hidden.has(id)));
      // Cases written meanwhile: their changes, in the order they happened, on what was read.
      pendingOf(policy).forEach((change) => change(readable));
      pending.delete(policy);
      policy.readable = readable;
    });
}

/** At the lock: no policy (and nothing can be read until the next sign-in anyway). */
export function clearReadPolicy(db: Dexie) {
  policies.delete(db.name);
}

export function readPolicyOf(name: string): ReadPolicy | undefined {
  return policies.get(name);
}

/** Changes of cases written while the readable set was being read at sign-in. */
const pending = new WeakMap<ReadPolicy, Change[]>();
function pendingOf(policy: ReadPolicy): Change[] {
  let list = pending.get(policy);
  if (!list) pending.set(policy, (list = []));
  return list;
}

function applyChange(policy: ReadPolicy, change: Change) {
  if (policy.readable) change(policy.readable);
  else pendingOf(policy).push(change);
}

/**
 * This transaction (the current Dexie transaction) reads and writes records whole, whatever the
 * signed-in role: for sync, backups, conflict settling and sealing only, whose records leave the
 * screen's reach. Throws outside a transaction.
 */
export function readWholeInThisTransaction(): void {
  const trans = Dexie.currentTransaction;
  if (!trans?.idbtrans) throw new Error('readWholeInThisTransaction() needs a transaction');
  wholeTransactions.add(trans.idbtrans);
}

export function isWholeTransaction(trans: unknown): boolean {
  return typeof trans === 'object' && trans !== null && wholeTransactions.has(trans);
}

/** The field paths of `row` (as stored or as read) that this policy does not decrypt. */
export function withheldPaths(policy: ReadPolicy, table: string, row: unknown): readonly string[] {
  if (row === null || typeof row !== 'object') return [];
  const r = row as Row;
  if (table === 'cases') {
    const details =
      !policy.seesRestricted && Array.isArray(r.categories) && isRestrictedCase(r.categories)
        ? RESTRICTED_DETAIL_FIELDS.cases
        : [];
    if (policy.seesLegalStatus) return details;
    // A row as read lacks the role only when it was withheld (every case has one).
    const withheldRole = r.clientRole === undefined || clientRoleRevealsLegalStatus(r.clientRole);
    const role = withheldRole ? ['clientRole'] : [];
    return [...details, ...LEGAL_STATUS_FIELDS, ...role];
  }
  if (policy.seesRestricted) return [];
  if (table === 'caseEvents' || table === 'consents') {
    if (typeof r.caseId !== 'string') return [];
    return policy.readable?.has(r.caseId) ? [] : RESTRICTED_DETAIL_FIELDS[table];
  }
  // Both sides of a sync conflict: settling them is an administrator's work.
  if (table === 'conflicts') return CONFLICT_VALUES;
  return [];
}

/**
 * Keeps the readable set in step with a write of cases: a case that becomes restricted (or is
 * removed) leaves it at once; one that is not restricted joins it only once its transaction
 * commits, so that an aborted write never shows what is still restricted or not stored.
 * `restricted` null: every case was removed (a restore clears the table).
 */
export function noteCaseWrite(
  policy: ReadPolicy,
  trans: unknown,
  writes: { restricted: string[] | null; unrestricted: string[] },
) {
  const { restricted, unrestricted } = writes;
  applyChange(policy, (readable) =>
    restricted ? restricted.forEach((id) => readable.delete(id)) : readable.clear(),
  );
  if (unrestricted.length === 0) return;
  const add = () =>
    applyChange(policy, (readable) => unrestricted.forEach((id) => readable.add(id)));
  const idb = trans as IDBTransaction | undefined;
  if (typeof idb?.addEventListener === 'function') idb.addEventListener('complete', add);
  else add();
}

/** Which cases of a write are restricted now, and which are not. */
export function classifyCases(values: readonly unknown[]) {
  const restricted: string[] = [];
  const unrestricted: string[] = [];
  for (const value of values) {
    const row = value as Row;
    if (typeof row?.id !== 'string') continue;
    const categories = Array.isArray(row.categories) ? (row.categories as string[]) : [];
    (isRestrictedCase(categories) ? restricted : unrestricted).push(row.id);
  }
  return { restricted, unrestricted };
}

/**
 * The top-level fields of `row` that the current transaction read without (the write path
 * validates an edit of such a row without them; encryption.ts puts the stored ones back).
 */
export function unreadFields(db: Dexie, table: string, row: unknown): string[] {
  const policy = policies.get(db.name);
  if (!policy || isWholeTransaction(Dexie.currentTransaction?.idbtrans)) return [];
  return withheldPaths(policy, table, row).filter((path) => !path.includes('.'));
}
