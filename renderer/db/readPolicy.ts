// What the signed-in session may decrypt (issue #15, docs/accounts.md#roles): "hidden means not
// rendered and not read". A clerk's session never opens the health, legal and abuse details of a
// restricted case, nor anyone's immigration status: the encryption layer (encryption.ts) gives
// those fields back absent, and on a clerk's write puts the stored ones back in their place, so
// that a record read without them is not saved without them. Sync, backups, conflict settling
// and sealing need records whole whoever is signed in: `readWholeInThisTransaction`.
import { Dexie } from 'dexie';
import {
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
   * The cases with a health, legal or abuse category, by id, for their events and consents
   * (which hold only the case's id). Null until read after sign-in: meanwhile every event's and
   * consent's details are withheld.
   */
  restricted: Set<string> | null;
}

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
    restricted: null,
  };
  if (policy.seesRestricted && policy.seesLegalStatus) {
    policies.delete(db.name);
    return Promise.resolve();
  }
  policies.set(db.name, policy);
  if (policy.seesRestricted) return Promise.resolve();
  // The multi-entry index of categories answers with keys only: nothing is decrypted.
  return db
    .table('cases')
    .where('categories')
    .anyOf(RESTRICTED_IDS)
    .primaryKeys()
    .then((ids) => {
      if (policies.get(db.name) !== policy) return;
      // Cases written meanwhile were noted in a set of their own: they join the ones read.
      policy.restricted = new Set([...(ids as string[]), ...pendingOf(policy)]);
      pending.delete(policy);
    });
}

/** At the lock: no policy (and nothing can be read until the next sign-in anyway). */
export function clearReadPolicy(db: Dexie) {
  policies.delete(db.name);
}

export function readPolicyOf(name: string): ReadPolicy | undefined {
  return policies.get(name);
}

/** Restricted cases written while the set was being read at sign-in. */
const pending = new WeakMap<ReadPolicy, Set<string>>();
function pendingOf(policy: ReadPolicy): Set<string> {
  let set = pending.get(policy);
  if (!set) pending.set(policy, (set = new Set()));
  return set;
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
    return policy.seesLegalStatus ? details : [...details, ...LEGAL_STATUS_FIELDS];
  }
  if (policy.seesRestricted) return [];
  if (table === 'caseEvents' || table === 'consents') {
    if (typeof r.caseId !== 'string') return [];
    const restricted = policy.restricted === null || policy.restricted.has(r.caseId);
    return restricted ? RESTRICTED_DETAIL_FIELDS[table] : [];
  }
  // Both sides of a sync conflict: settling them is an administrator's work.
  if (table === 'conflicts') return CONFLICT_VALUES;
  return [];
}

/**
 * Keeps the restricted set in step with a write of cases: a case that becomes restricted counts
 * at once; one that stops being restricted (or is removed) only once its transaction commits, so
 * that an aborted write never shows what is still restricted.
 */
export function noteCaseWrite(
  policy: ReadPolicy,
  trans: unknown,
  writes: { restricted: string[]; unrestricted: string[] },
) {
  const target = policy.restricted ?? pendingOf(policy);
  writes.restricted.forEach((id) => target.add(id));
  if (writes.unrestricted.length === 0) return;
  const drop = () => {
    const set = policy.restricted ?? pendingOf(policy);
    writes.unrestricted.forEach((id) => set.delete(id));
  };
  const idb = trans as IDBTransaction | undefined;
  if (typeof idb?.addEventListener === 'function') idb.addEventListener('complete', drop);
  else drop();
}

/** Which cases of a write are restricted now, and which are not (or no longer exist). */
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
