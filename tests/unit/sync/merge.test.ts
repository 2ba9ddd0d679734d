// The server's field merge, without a database: what is a change, what is a conflict.
import { describe, expect, it } from 'vitest';
import { checkFields, mergeMutation, mutationsFromOutboxEntry } from '../../../domain/sync';
import type { OutboxEntry } from '../../../domain/records/internal';

const at = 1_796_000_000_000;

describe('mergeMutation', () => {
  const created = mergeMutation(undefined, {
    fields: { givenName: 'Ana', phone: '1', updatedAt: 't1' },
    baseSeq: 0,
    deskId: 'A',
    seq: 5,
    at,
  }).record;

  it('keeps, per field, the seq and desk of its last change', () => {
    expect(created.changes).toEqual({
      givenName: [5, 'A', at],
      phone: [5, 'A', at],
      updatedAt: [5, 'A', at],
    });
    expect(created.seq).toBe(5);
  });

  it('turns a field changed by another desk after baseSeq into a conflict, storing the later value', () => {
    const byB = mergeMutation(created, {
      fields: { phone: '2' },
      baseSeq: 5,
      deskId: 'B',
      seq: 6,
      at,
    }).record;
    const byA = mergeMutation(byB, {
      fields: { phone: '3', updatedAt: 't3' },
      baseSeq: 5,
      deskId: 'A',
      seq: 7,
      at,
    });
    expect(byA.record.fields.phone).toBe('3');
    expect(byA.conflicts).toEqual([
      {
        field: 'phone',
        storedValue: '3',
        otherValue: '2',
        otherDeskId: 'B',
        otherSeq: 6,
        otherAt: at,
      },
    ]);
  });

  it('is no conflict on another field, on an equal value, or on who-and-when fields', () => {
    const byB = mergeMutation(created, {
      fields: { phone: '2', updatedAt: 't2' },
      baseSeq: 5,
      deskId: 'B',
      seq: 6,
      at,
    }).record;
    const byA = mergeMutation(byB, {
      fields: { givenName: 'Ana María', phone: '2', updatedAt: 't3' },
      baseSeq: 5,
      deskId: 'A',
      seq: 7,
      at,
    });
    expect(byA.conflicts).toEqual([]);
    expect(byA.changed).toEqual(['givenName', 'updatedAt']);
    expect(byA.record.fields).toEqual({ givenName: 'Ana María', phone: '2', updatedAt: 't3' });
  });

  it('is no conflict on search tokens, which each desk derives from the fields it reviews', () => {
    const byB = mergeMutation(created, {
      fields: { phone: '2', searchTokens: ['ana', '2'] },
      baseSeq: 5,
      deskId: 'B',
      seq: 6,
      at,
    }).record;
    const byA = mergeMutation(byB, {
      fields: { givenName: 'Anna', searchTokens: ['anna', '1'] },
      baseSeq: 5,
      deskId: 'A',
      seq: 7,
      at,
    });
    expect(byA.conflicts).toEqual([]);
    expect(byA.record.fields).toMatchObject({ givenName: 'Anna', phone: '2' });
  });

  it('compares values by content, whatever the order of their keys', () => {
    const withObject = mergeMutation(undefined, {
      fields: { content: { en: 'a', fil: 'b' } },
      baseSeq: 0,
      deskId: 'A',
      seq: 1,
      at,
    }).record;
    const same = mergeMutation(withObject, {
      fields: { content: { fil: 'b', en: 'a' } },
      baseSeq: 0,
      deskId: 'B',
      seq: 2,
      at,
    });
    expect(same.changed).toEqual([]);
    expect(same.record.seq).toBe(1);
  });
});

describe('mutationsFromOutboxEntry', () => {
  const record = {
    id: '01900000-0000-7000-8000-000000000001',
    serverSeq: 12,
    batchId: 'b1',
    givenName: 'Ana',
    familyName: 'Cruz',
    phone: undefined,
    createdAt: 't0',
    updatedAt: 't1',
    updatedBy: 'staff',
    deletedAt: null,
  };
  const entry: OutboxEntry = {
    id: '01900000-0000-7000-8000-0000000000e1',
    table: 'people',
    recordId: record.id,
    op: 'put',
    fields: ['givenName', 'phone'],
    baseSeq: 12,
    state: 'inflight',
    createdAt: 't1',
    updatedAt: 't1',
  };

  it('sends an edit’s changed fields (a cleared one as null) with who and when, from its base', () => {
    expect(mutationsFromOutboxEntry(entry, () => record)).toEqual([
      {
        mutationId: `${entry.id}:${record.id}`,
        table: 'people',
        id: record.id,
        op: 'put',
        fields: {
          givenName: 'Ana',
          phone: null,
          updatedAt: 't1',
          updatedBy: 'staff',
          deletedAt: null,
        },
        baseSeq: 12,
      },
    ]);
  });

  it('sends a bulk entry as one whole-record mutation per record, without local fields', () => {
    const other = {
      ...record,
      id: '01900000-0000-7000-8000-000000000002',
      serverSeq: 0,
      deletedAt: 't2',
    };
    const bulk: OutboxEntry = {
      ...entry,
      recordId: 'b1',
      recordIds: [record.id, other.id, 'gone'],
      baseSeq: 0,
    };
    const byId = new Map([record, other].map((r) => [r.id, r]));
    const mutations = mutationsFromOutboxEntry(bulk, (id) => byId.get(id));
    expect(mutations.map((m) => [m.mutationId, m.op, m.baseSeq])).toEqual([
      [`${entry.id}:${record.id}`, 'put', 12],
      [`${entry.id}:${other.id}`, 'delete', 0],
    ]);
    expect(Object.keys(mutations[0]!.fields).sort()).toEqual([
      'createdAt',
      'deletedAt',
      'familyName',
      'givenName',
      'phone',
      'updatedAt',
      'updatedBy',
    ]);
  });

  it('checks pushed values against the record schemas, field by field', () => {
    expect(checkFields('people', { givenName: 'Ana', phone: null, futureField: 1 })).toEqual([]);
    expect(checkFields('people', { givenName: null, sex: 'x' }).map((i) => i.path)).toEqual([
      'fields.givenName',
      'fields.sex',
    ]);
  });
});
