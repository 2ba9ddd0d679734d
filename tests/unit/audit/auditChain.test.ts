import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../../domain/security/sha256';
import {
  createRecord,
  createRecords,
  deleteRecord,
  keepRemovedLinks,
  recordAccess,
  updateRecord,
  type TulayDatabase,
} from '../../../renderer/db';
import {
  CHAIN_HEAD_ID,
  REMOVED_PREFIX,
  checkAuditChain,
  checkRecentAuditChain,
} from '../../../renderer/db/auditChain';
import { freshDatabase, writer } from '../db/testDatabase';

const maria = { givenName: 'Maria', familyName: 'Dela Cruz', phone: '0917 123 4567' };

describe('sha256', () => {
  it('gives what node:crypto gives, across block boundaries and multi-byte text', () => {
    for (const text of [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'Niño 日本 🇵🇭',
    ]) {
      expect(sha256(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});

describe('the audit chain', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  /** A few writes of every kind: create, update, delete, view, export, a bulk write. */
  async function trail() {
    db = await freshDatabase();
    const ctx = writer(db, 'staff-7');
    const person = await createRecord(ctx, 'people', maria);
    await updateRecord(ctx, 'people', person.id, { phone: '0918 000 1111' });
    await recordAccess(ctx, 'view', 'people', person.id);
    await createRecords(ctx, 'people', [
      { givenName: 'Ana', familyName: 'Reyes' },
      { givenName: 'Jun', familyName: 'Santos' },
    ]);
    await recordAccess(ctx, 'export', 'people', person.id);
    await deleteRecord(ctx, 'people', person.id);
    return (await db.audit.toArray()).sort((a, b) => a.seq! - b.seq!);
  }

  it('links every entry to the one before, in the order they were written', async () => {
    const entries = await trail();
    expect(entries.map((e) => [e.seq, e.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'view'],
      [4, 'create'],
      [5, 'export'],
      [6, 'delete'],
    ]);
    entries.forEach((e, i) => expect(e.prevHash).toBe(i === 0 ? '' : entries[i - 1]!.hash));
    expect(await checkAuditChain(db)).toEqual({
      verified: 6,
      unchained: 0,
      removedBySampleData: 0,
      breaks: [],
    });
  });

  it('links the entries of writes issued together in one transaction, none twice', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    await db.transaction('rw', [db.audit], () =>
      Promise.all([1, 2, 3].map((n) => recordAccess(ctx, 'view', 'people', `p-${n}`))),
    );
    const seqs = (await db.audit.toArray()).map((e) => e.seq).sort();
    expect(seqs).toEqual([1, 2, 3]);
    expect((await checkAuditChain(db)).breaks).toEqual([]);
  });

  it('detects a removed entry and names the last intact one before it', async () => {
    const entries = await trail();
    await db.audit.delete(entries[2]!.id);
    const report = await checkAuditChain(db);
    expect(report.breaks).toEqual([
      { kind: 'missing', seq: 3, after: { id: entries[1]!.id, at: entries[1]!.at } },
    ]);
    expect(report.verified).toBe(5);
  });

  it('still holds after removing sample data kept the links, and counts them', async () => {
    const entries = await trail();
    const removed = [entries[0]!, entries[3]!];
    await db.transaction('rw', [db.audit, db.syncState], async () => {
      await keepRemovedLinks(db, removed);
      await db.audit.bulkDelete(removed.map((e) => e.id));
    });
    expect(await db.syncState.where('id').startsWith(REMOVED_PREFIX).count()).toBe(2);
    expect(await checkAuditChain(db)).toEqual({
      verified: 4,
      unchained: 0,
      removedBySampleData: 2,
      breaks: [],
    });
  });

  it('detects the last entry removed', async () => {
    const entries = await trail();
    await db.audit.delete(entries[5]!.id);
    expect((await checkAuditChain(db)).breaks).toEqual([
      { kind: 'missing', seq: 6, after: { id: entries[4]!.id, at: entries[4]!.at } },
    ]);
  });

  it('detects an altered entry and says which', async () => {
    const entries = await trail();
    const changed = { ...entries[1]!, actor: 'staff-9' };
    await db.transaction('rw', [db.audit], () => db.audit.put(changed));
    const report = await checkAuditChain(db);
    expect(report.breaks).toHaveLength(1);
    expect(report.breaks[0]).toMatchObject({
      kind: 'altered',
      seq: 2,
      entry: { id: entries[1]!.id, actor: 'staff-9' },
    });
  });

  it('accepts entries written before the chain started as an unchained prefix', async () => {
    db = await freshDatabase();
    const old = {
      id: 'old-1',
      at: '2025-01-01T00:00:00.000Z',
      actor: 'staff-1',
      action: 'view' as const,
      table: 'people' as const,
      recordId: 'p-1',
      fields: [],
    };
    // As an earlier version stored it: below the chain (a raw IndexedDB write).
    await rawPut(db, old);
    await recordAccess(writer(db), 'view', 'people', 'p-2');
    expect(await checkAuditChain(db)).toMatchObject({ verified: 1, unchained: 1, breaks: [] });
    // An unlinked entry newer than the chain's start is not part of that prefix.
    await rawPut(db, { ...old, id: 'old-2', at: '2999-01-01T00:00:00.000Z' });
    const { breaks } = await checkAuditChain(db);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({ kind: 'unlinked', entry: { id: 'old-2' } });
  });

  it('finds a removed recent entry in the quick check at start', async () => {
    const entries = await trail();
    expect((await checkRecentAuditChain(db)).breaks).toEqual([]);
    await db.audit.delete(entries[4]!.id);
    expect((await checkRecentAuditChain(db)).breaks).toEqual([
      { kind: 'missing', seq: 5, after: { id: entries[3]!.id, at: entries[3]!.at } },
    ]);
  });

  it('keeps the head in step: a changed head is a break', async () => {
    await trail();
    await db.syncState.update(CHAIN_HEAD_ID, { cursor: 7 });
    expect((await checkAuditChain(db)).breaks[0]).toMatchObject({ kind: 'missing', seq: 7 });
  });
});

/** Writes a row straight into IndexedDB, below Dexie and the chain (an outside edit). */
function rawPut(db: TulayDatabase, value: object) {
  const idb = db.backendDB();
  return new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('audit', 'readwrite');
    tx.objectStore('audit').put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('put'));
  });
}
