import { afterEach, describe, expect, it } from 'vitest';
import { UUID_V7 } from '../../../domain/ids';
import {
  createRecord,
  deleteRecord,
  RecordValidationError,
  updateRecord,
  type TulayDatabase,
} from '../../../renderer/db';
import { freshDatabase, writer } from './testDatabase';

const maria = { givenName: 'Maria', familyName: 'Dela Cruz', phone: '0917 123 4567' };

describe('the single write path', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('stores the record with its metadata, one audit entry and one outbox entry', async () => {
    db = await freshDatabase();
    const person = await createRecord(writer(db, 'staff-7'), 'people', maria);

    expect(person.id).toMatch(UUID_V7);
    expect(person.createdAt).toBe(person.updatedAt);
    expect(person).toMatchObject({
      updatedBy: 'staff-7',
      deletedAt: null,
      serverSeq: 0,
      sex: 'unknown',
    });
    expect(await db.people.get(person.id)).toEqual(person);

    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'staff-7',
      action: 'create',
      table: 'people',
      recordId: person.id,
    });
    expect(audit[0]!.fields).toEqual(expect.arrayContaining(['givenName', 'familyName', 'phone']));
    expect(JSON.stringify(audit)).not.toContain('Maria');

    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      expect.objectContaining({
        table: 'people',
        recordId: person.id,
        op: 'put',
        state: 'pending',
        baseSeq: 0,
      }),
    ]);
  });

  it('stores nothing when validation fails, and names the field', async () => {
    db = await freshDatabase();
    const attempt = createRecord(writer(db), 'people', { givenName: '  ', familyName: 'Reyes' });
    await expect(attempt).rejects.toBeInstanceOf(RecordValidationError);
    await expect(attempt).rejects.toMatchObject({
      problems: [{ path: 'givenName', message: 'errors.required' }],
    });
    expect(await db.people.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it.each(['people', 'audit', 'outbox'] as const)(
    'stores none of the three writes when writing to %s fails',
    async (failing) => {
      db = await freshDatabase();
      db.table(failing).hook('creating', () => {
        throw new Error(`disk refused ${failing}`);
      });
      await expect(createRecord(writer(db), 'people', maria)).rejects.toThrow(
        `disk refused ${failing}`,
      );
      expect(await db.people.count()).toBe(0);
      expect(await db.audit.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    },
  );

  it('keeps the earlier version when an update fails halfway', async () => {
    db = await freshDatabase();
    const person = await createRecord(writer(db), 'people', maria);
    db.audit.hook('creating', () => {
      throw new Error('audit full');
    });
    await expect(updateRecord(writer(db), 'people', person.id, { phone: '0999' })).rejects.toThrow(
      'audit full',
    );
    expect((await db.people.get(person.id))!.phone).toBe('0917 123 4567');
  });

  it('audits only the changed fields of an update and merges them into the pending outbox entry', async () => {
    db = await freshDatabase();
    const person = await createRecord(writer(db), 'people', maria);
    const updated = await updateRecord(writer(db, 'staff-2'), 'people', person.id, {
      phone: '0999 111 2222',
    });

    expect(updated.updatedBy).toBe('staff-2');
    expect(updated.createdAt).toBe(person.createdAt);
    const audit = await db.audit.where({ table: 'people', recordId: person.id }).sortBy('at');
    expect(audit.map((a) => [a.action, a.fields])).toEqual([
      ['create', expect.any(Array)],
      ['update', ['phone']],
    ]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.fields).toContain('phone');
  });

  it('starts a new outbox entry while the earlier one is in flight', async () => {
    db = await freshDatabase();
    const person = await createRecord(writer(db), 'people', maria);
    const [first] = await db.outbox.toArray();
    await db.outbox.update(first!.id, { state: 'inflight' });
    await updateRecord(writer(db), 'people', person.id, { barangay: 'Bitano' });
    const entries = await db.outbox.orderBy('id').toArray();
    expect(entries.map((e) => [e.state, e.fields])).toEqual([
      ['inflight', expect.arrayContaining(['givenName'])],
      ['pending', ['barangay']],
    ]);
  });

  it('writes nothing for an update that changes nothing', async () => {
    db = await freshDatabase();
    const person = await createRecord(writer(db), 'people', maria);
    await updateRecord(writer(db), 'people', person.id, { phone: maria.phone });
    expect(await db.audit.count()).toBe(1);
  });

  it('deletes softly: the record stays as a tombstone and the outbox says delete', async () => {
    db = await freshDatabase();
    const person = await createRecord(writer(db), 'people', maria);
    await deleteRecord(writer(db), 'people', person.id);
    const stored = await db.people.get(person.id);
    expect(stored?.deletedAt).toEqual(expect.any(String));
    expect(stored?.givenName).toBe('Maria');
    const [entry] = await db.outbox.toArray();
    expect(entry!.op).toBe('delete');
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('refuses a self-link with a field message', async () => {
    db = await freshDatabase();
    await expect(
      createRecord(writer(db), 'households', {
        personId: 'a',
        relatedPersonId: 'a',
        relationship: 'child',
      }),
    ).rejects.toMatchObject({
      problems: [{ path: 'relatedPersonId', message: 'errors.selfLink' }],
    });
  });
});
