// The audit trail's hash chain: each entry carries the hash of the one before it, so an entry
// removed or altered afterwards breaks the chain where it was. There is no secret key: the
// chain shows tampering by anyone who edits the stored rows without recomputing every later
// hash (an IndexedDB editor, a copied profile folder); it cannot stop someone who does.
import type { AuditEntry } from '../records/internal';
import { sha256 } from '../security/sha256';

/** The end of the chain: what the next entry links to. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_CHAIN: ChainHead = { seq: 0, hash: '' };

/** JSON with object keys sorted at every level: the same entry always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter(
      (k) => (value as Record<string, unknown>)[k] !== undefined,
    );
    keys.sort();
    const parts = keys.map(
      (k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`,
    );
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The hash of an entry: every field but the hash itself (seq and prevHash included). */
export function entryHash(entry: AuditEntry): string {
  return sha256(canonicalJson({ ...entry, hash: undefined }));
}

/** The entry as it joins the chain after `head`; returns it with the new head. */
export function linkEntry(entry: AuditEntry, head: ChainHead): AuditEntry {
  const linked: AuditEntry = { ...entry, seq: head.seq + 1, prevHash: head.hash };
  return { ...linked, hash: entryHash(linked) };
}

/** What stays of a chained entry that Tulay itself removed (with the sample data). */
export interface RemovedLink {
  seq: number;
  prevHash: string;
  hash: string;
}

export type ChainBreakKind =
  /** No entry holds this place in the chain. */
  | 'missing'
  /** The entry's content no longer gives its hash. */
  | 'altered'
  /** The entry does not link to the one before it. */
  | 'relinked'
  /** An entry without a link, written after the chain started. */
  | 'unlinked';

export interface ChainBreak {
  kind: ChainBreakKind;
  seq?: number;
  /** The entry at the break, when there is one. */
  entry?: Pick<AuditEntry, 'id' | 'at' | 'actor' | 'action' | 'table' | 'recordId'>;
  /** The last intact entry before the break: where to start looking. */
  after?: Pick<AuditEntry, 'id' | 'at'>;
}

export interface ChainReport {
  /** Entries whose link was checked and holds. */
  verified: number;
  /** Entries written before the chain started (accepted, not verifiable). */
  unchained: number;
  /** Places in the chain of entries Tulay removed with the sample data. */
  removedBySampleData: number;
  breaks: ChainBreak[];
}

const MAX_BREAKS = 50;

const describe = (e: AuditEntry) => ({
  id: e.id,
  at: e.at,
  actor: e.actor,
  action: e.action,
  table: e.table,
  recordId: e.recordId,
});

/**
 * Checks the chain: every place from 1 to the head is held by an entry (or a link Tulay removed)
 * whose content gives its hash and which links to the one before. Entries without a link are the
 * unchained prefix when they are older than the chain's first entry.
 */
export function verifyChain(
  entries: readonly AuditEntry[],
  head: ChainHead,
  removed: readonly RemovedLink[] = [],
  /** Checks only the chain's end from this place (the quick check at start); 1 checks it all. */
  fromSeq = 1,
  /** The hash of an entry as stored; computed beforehand by a caller that spreads the work. */
  hashOf: (entry: AuditEntry) => string = entryHash,
): ChainReport {
  const breaks: ChainBreak[] = [];
  const bySeq = new Map<number, AuditEntry>();
  const unchained: AuditEntry[] = [];
  for (const e of entries) {
    if (typeof e.seq !== 'number') {
      if (fromSeq === 1) unchained.push(e);
    } else if (e.seq < fromSeq) continue;
    else if (bySeq.has(e.seq) || e.seq < 1 || e.seq > head.seq) {
      breaks.push({ kind: 'relinked', seq: e.seq, entry: describe(e) });
    } else bySeq.set(e.seq, e);
  }
  const stubs = new Map(removed.map((r) => [r.seq, r]));
  let prevHash = EMPTY_CHAIN.hash;
  let after: AuditEntry | undefined;
  let verified = 0;
  let removedBySampleData = 0;
  let firstAt: string | undefined;
  // After a break the next link cannot be checked against the one before; it starts afresh.
  let resume = fromSeq > 1;
  for (let seq = fromSeq; seq <= head.seq && breaks.length < MAX_BREAKS; seq++) {
    const entry = bySeq.get(seq);
    const stub = entry ? undefined : stubs.get(seq);
    const where = after && { id: after.id, at: after.at };
    if (!entry && !stub) {
      breaks.push({ kind: 'missing', seq, after: where });
      resume = true;
      continue;
    }
    const hash = entry ? hashOf(entry) : stub!.hash;
    const claimed = entry ? entry.hash : stub!.hash;
    const linkedTo = entry ? entry.prevHash : stub!.prevHash;
    if (hash !== claimed) {
      breaks.push({ kind: 'altered', seq, entry: entry && describe(entry), after: where });
      resume = true;
    } else if (linkedTo !== prevHash && !resume) {
      breaks.push({ kind: 'relinked', seq, entry: entry && describe(entry), after: where });
    } else if (entry) verified++;
    else removedBySampleData++;
    if (hash === claimed) resume = false;
    prevHash = claimed ?? '';
    if (entry) {
      after = entry;
      firstAt ??= entry.at;
    }
  }
  if (head.seq > 0 && prevHash !== head.hash && breaks.length === 0) {
    breaks.push({ kind: 'missing', seq: head.seq, after: after && { id: after.id, at: after.at } });
  }
  let prefix = 0;
  for (const e of unchained) {
    if (firstAt === undefined || e.at <= firstAt) prefix++;
    else if (breaks.length < MAX_BREAKS) breaks.push({ kind: 'unlinked', entry: describe(e) });
  }
  return { verified, unchained: prefix, removedBySampleData, breaks };
}
