// Who is anonymised with the expired cases: only people nothing else keeps whole.
import { describe, expect, it } from 'vitest';
import {
  candidatePeople,
  selectPeopleToAnonymise,
  type RetentionPeopleInput,
} from '../../../domain/retention/people';

const input = (over: Partial<RetentionPeopleInput>): RetentionPeopleInput => ({
  expired: [],
  otherCases: [],
  registrations: [],
  links: [],
  anonymisedPeople: new Set(),
  ...over,
});

describe('the people anonymised with expired cases', () => {
  const expired = [
    { id: 'e1', clientId: 'ana' },
    { id: 'e2', clientId: 'ben', ofwId: 'cora' },
    { id: 'e3', clientId: 'ana' },
  ];

  it('are the clients and OFWs of the expired cases, once each', () => {
    expect(candidatePeople(expired)).toEqual(['ana', 'ben', 'cora']);
    expect([...selectPeopleToAnonymise(input({ expired }))].sort()).toEqual(['ana', 'ben', 'cora']);
  });

  it('never include someone with an open case or a case still inside its period', () => {
    const chosen = selectPeopleToAnonymise(
      input({
        expired,
        // e1 and e3 come back from the index too: they do not keep Ana.
        otherCases: [
          { id: 'e1', clientId: 'ana' },
          { id: 'e3', clientId: 'ana' },
          { id: 'open', clientId: 'x', ofwId: 'cora' },
        ],
      }),
    );
    expect([...chosen].sort()).toEqual(['ana', 'ben']);
  });

  it('ignore deleted cases and cases anonymised already', () => {
    const chosen = selectPeopleToAnonymise(
      input({
        expired,
        otherCases: [
          { id: 'gone', clientId: 'ana', deletedAt: '2025-01-01T00:00:00.000Z' },
          { id: 'old', clientId: 'ben', anonymisedAt: '2025-01-01T00:00:00.000Z' },
        ],
      }),
    );
    expect([...chosen].sort()).toEqual(['ana', 'ben', 'cora']);
  });

  it('never include someone registered for a seminar, or anonymised already', () => {
    const chosen = selectPeopleToAnonymise(
      input({
        expired,
        registrations: [
          { personId: 'ana' },
          { personId: 'ben', deletedAt: '2025-01-01T00:00:00.000Z' },
        ],
        anonymisedPeople: new Set(['cora']),
      }),
    );
    expect([...chosen]).toEqual(['ben']);
  });

  it('keep someone linked to a person kept whole, and what that keeps in turn', () => {
    // Ben ↔ Cora ↔ Dan: Dan has no expired case, so is kept; that keeps Cora, which keeps Ben.
    // Ana is linked only to Eve, anonymised already.
    const chosen = selectPeopleToAnonymise(
      input({
        expired,
        links: [
          { personId: 'ben', relatedPersonId: 'cora' },
          { personId: 'dan', relatedPersonId: 'cora' },
          { personId: 'ana', relatedPersonId: 'eve' },
        ],
        anonymisedPeople: new Set(['eve']),
      }),
    );
    expect([...chosen]).toEqual(['ana']);
  });

  it('anonymise two linked people who both qualify, and ignore deleted links', () => {
    const chosen = selectPeopleToAnonymise(
      input({
        expired,
        links: [
          { personId: 'ben', relatedPersonId: 'cora' },
          { personId: 'ana', relatedPersonId: 'dan', deletedAt: '2025-01-01T00:00:00.000Z' },
        ],
      }),
    );
    expect([...chosen].sort()).toEqual(['ana', 'ben', 'cora']);
  });
});
