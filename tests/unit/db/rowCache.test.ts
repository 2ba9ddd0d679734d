// The rows a transaction has read or written, kept while it writes a pulled page in slices
// (rowCache.ts): a row is given back only while no write of its table can have changed it.
import { describe, expect, it } from 'vitest';
import { RowCache } from '../../../renderer/db/rowCache';

const row = (id: string, assignedTo: string) => ({ id, assignedTo });

describe('RowCache', () => {
  it('gives back the rows kept, knows a row that is not stored, and asks for the others', () => {
    const rows = new RowCache();
    rows.keep('cases', [
      ['a', row('a', 'ana')],
      ['b', undefined],
    ]);
    const { found, missing } = rows.lookup('cases', ['a', 'b', 'c']);
    expect([...found.values()]).toEqual([row('a', 'ana')]);
    expect(missing).toEqual(['c']);
    expect(rows.lookup('people', ['a']).missing).toEqual(['a']);
  });

  it('forgets the rows a write names until the write ends with its values', () => {
    const rows = new RowCache();
    rows.keep('cases', [['a', row('a', 'ana')]]);
    const write = rows.writing('cases', ['a']);
    expect(rows.lookup('cases', ['a']).missing).toEqual(['a']);
    rows.keep('cases', [['a', row('a', 'ben')]], write);
    expect(rows.lookup('cases', ['a']).found.get('a')).toEqual(row('a', 'ben'));
  });

  it('keeps no answer that a write of its table may have overtaken', () => {
    const rows = new RowCache();
    // A read issued, then a write of the table started before its answer came.
    const read = rows.generation('cases');
    const first = rows.writing('cases', ['a']);
    rows.keep('cases', [['a', row('a', 'old')]], read);
    expect(rows.lookup('cases', ['a']).missing).toEqual(['a']);
    // Two writes of the table at once: only the later one's values are kept.
    const second = rows.writing('cases', ['a']);
    rows.keep('cases', [['a', row('a', 'second')]], second);
    rows.keep('cases', [['a', row('a', 'first')]], first);
    expect(rows.lookup('cases', ['a']).found.get('a')).toEqual(row('a', 'second'));
    // A page's slices overlap: a write of other rows takes nothing from this one.
    const third = rows.writing('cases', ['a']);
    const other = rows.writing('cases', ['b']);
    rows.keep('cases', [['a', row('a', 'third')]], third);
    rows.keep('cases', [['b', row('b', 'other')]], other);
    expect(rows.lookup('cases', ['a', 'b']).missing).toEqual([]);
    // A write whose rows are not known beforehand forgets the whole table.
    rows.writing('cases', 'all');
    expect(rows.lookup('cases', ['a']).missing).toEqual(['a']);
  });
});
