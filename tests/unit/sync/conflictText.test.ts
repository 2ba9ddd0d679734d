// How "Needs review" says a stored value: what each field stands for (a preset id, a person, a
// country…), and the value written with those labels, a case's details by their field names.
import { describe, expect, it } from 'vitest';
import { formatConflictValue } from '../../../renderer/sync/conflictText';
import { referencedIds, valueKindOf } from '../../../renderer/sync/conflictValueKinds';

const WORDS = { empty: '(empty)', yes: 'Yes', no: 'No' };

describe('valueKindOf', () => {
  it("knows a case's status and categories are preset ids, an attendance's status is not", () => {
    expect(valueKindOf('cases', 'status')).toEqual({ kind: 'preset', group: 'statuses' });
    expect(valueKindOf('cases', 'categories')).toEqual({ kind: 'preset', group: 'categories' });
    expect(valueKindOf('attendance', 'status')).toMatchObject({ kind: 'key', ns: 'seminars' });
    expect(valueKindOf('cases', 'urgency')).toMatchObject({ ns: 'cases', prefix: 'urgency' });
    expect(valueKindOf('cases', 'clientId')).toEqual({ kind: 'person' });
    expect(valueKindOf('people', 'nationality')).toEqual({ kind: 'country' });
    expect(valueKindOf('cases', 'description')).toBeUndefined();
  });

  it('reads the record ids a value names, and none of free text', () => {
    expect(referencedIds(valueKindOf('households', 'relatedPersonId'), 'p-1')).toEqual(['p-1']);
    expect(referencedIds(valueKindOf('stakeholderLinks', 'toId'), 's-1')).toEqual(['s-1']);
    expect(referencedIds(valueKindOf('people', 'notes'), 'p-1')).toEqual([]);
    expect(referencedIds(valueKindOf('cases', 'status'), 'new')).toEqual([]);
  });
});

describe('formatConflictValue', () => {
  const label = (id: string) =>
    ({ inProgress: 'In progress', repatriation: 'Repatriation' })[id] ?? id;

  it('labels each item of a list, never showing the ids', () => {
    const text = formatConflictValue('en', ['inProgress', 'repatriation'], WORDS, { item: label });
    expect(text).toBe('In progress and Repatriation');
  });

  it("names a case's details by their field and labels their values", () => {
    const text = formatConflictValue(
      'en',
      { destinationCountry: 'SA', owwaMember: 'yes', employer: '' },
      WORDS,
      {
        entry: (key) =>
          key === 'destinationCountry'
            ? { name: 'Destination country', labels: { item: () => 'Saudi Arabia' } }
            : { name: 'OWWA member', labels: { item: () => 'Yes' } },
      },
    );
    expect(text).toBe('Destination country: Saudi Arabia; OWWA member: Yes');
  });

  it('says an empty value, list or details as empty', () => {
    expect(formatConflictValue('en', null, WORDS)).toBe('(empty)');
    expect(formatConflictValue('en', [], WORDS)).toBe('(empty)');
    expect(formatConflictValue('en', { employer: '' }, WORDS)).toBe('(empty)');
    expect(formatConflictValue('en', true, WORDS)).toBe('Yes');
  });
});
