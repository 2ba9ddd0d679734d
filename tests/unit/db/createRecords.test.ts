import { afterEach, describe, expect, it } from 'vitest';
import {
  createRecords,
  deleteRecord,
  RecordValidationError,
  updateRecord,
  type TulayDatabase,
} from '../../../renderer/db';
import { freshDatabase, writer } from './testDatabase';

const people = [
  { givenName: 'Maria', familyName: 'Dela Cruz' },
  { givenName: 'Jose', familyName: 'Santos', phone: '0917 123 4567' },
  { givenName: 'Ana', familyName: 'Reyes' },
];

describe('the bulk write path', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('audits and queues a bulk write once, naming every record it created', async () => {
    db = await freshDatabase();
    const created = await createRecords(writer(db, 'staff-7'), 'people', people);
    expect(await db.people.count()).toBe(3);
    const batchId = created[0]!.batchId!;
    expect(created.every((p) => p.batchId === batchId)).toBe(true);

    const [audit] = await db.audit.toArray();
    expect(await db.audit.count()).toBe(1);
    expect(audit).toMatchObject({ id: batchId, actor: 'staff-7', action: 'create' });
    expect(audit!.recordIds).toEqual(created.map((p) => p.id));
    expect(audit!.fields).toEqual(expect.arrayContaining(['givenName', 'familyName', 'phone']));

    const [outbox] = await db.outbox.toArray();
    expect(await db.outbox.count()).toBe(1);
    expect(outbox).toMatchObject({ id: batchId, op: 'put', state: 'pending', baseSeq: 0 });
    expect(outbox!.recordIds).toEqual(created.map((p) => p.id));
  });

  it('stores nothing when one row is invalid, and names the row and the field', async () => {
    db = await freshDatabase();
    const bad = [...people, { givenName: '', familyName: 'Cruz' }];
    const error = await createRecords(writer(db), 'people', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).problems[0]!.path).toBe('3.givenName');
    expect(await db.people.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps one pending entry per record: an edit while the bulk entry is pending adds none', async () => {
    db = await freshDatabase();
    const [maria] = await createRecords(writer(db), 'people', people);
    await updateRecord(writer(db), 'people', maria!.id, { notes: 'Asked about OWWA' });
    await deleteRecord(writer(db), 'people', maria!.id);

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    // The bulk entry pushes its records whole; a field none of them had joins its list.
    expect(outbox[0]!.fields).toEqual(expect.arrayContaining(['notes']));
    // Every edit is still audited on its own.
    const actions = (await db.audit.toArray()).map((a) => a.action);
    expect(actions).toEqual(['create', 'update', 'delete']);
  });

  it('starts a record its own entry once the bulk entry is in flight', async () => {
    db = await freshDatabase();
    const [maria] = await createRecords(writer(db), 'people', people);
    await db.outbox.update(maria!.batchId!, { state: 'inflight' });
    await updateRecord(writer(db), 'people', maria!.id, { notes: 'Asked about OWWA' });
    await updateRecord(writer(db), 'people', maria!.id, { phone: '0918 000 1111' });

    const own = (await db.outbox.toArray()).filter((o) => o.recordId === maria!.id);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ state: 'pending', op: 'put' });
    expect(own[0]!.fields).toEqual(['notes', 'phone']);
  });

  it('writes nothing for an empty list', async () => {
    db = await freshDatabase();
    expect(await createRecords(writer(db), 'people', [])).toEqual([]);
    expect(await db.audit.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
