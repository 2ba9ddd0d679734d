import { describe, expect, it } from 'vitest';
import {
  linkProblems,
  sameLinkFact,
  type ExistingLink,
} from '../../../domain/stakeholders/linkRules';

const live = new Set(['kasapi', 'migrante', 'owwa']);
const existing = (link: Partial<ExistingLink>): ExistingLink => ({
  id: 'l1',
  fromId: 'kasapi',
  toId: 'migrante',
  type: 'memberOf',
  deletedAt: null,
  ...link,
});

describe('link rules', () => {
  it('refuses a link from a stakeholder to itself', () => {
    expect(linkProblems({ fromId: 'owwa', toId: 'owwa', type: 'funds' }, [], live)).toEqual([
      { path: 'toId', message: 'errors.selfLink' },
    ]);
  });

  it('refuses the same link twice', () => {
    const problems = linkProblems(
      { fromId: 'kasapi', toId: 'migrante', type: 'memberOf' },
      [existing({})],
      live,
    );
    expect(problems).toEqual([{ path: 'toId', message: 'stakeholders:errors.duplicateLink' }]);
  });

  it('treats "partner of" and "coordinates with" as the same fact in both directions', () => {
    for (const type of ['partnerOf', 'coordinatesWith'] as const) {
      const reverse = { fromId: 'migrante', toId: 'kasapi', type };
      expect(linkProblems(reverse, [existing({ type })], live)).toHaveLength(1);
      expect(sameLinkFact(reverse, existing({ type }))).toBe(true);
    }
  });

  it('allows the reverse of a directed link: B funding A is another fact than A funding B', () => {
    for (const type of ['memberOf', 'funds', 'refersTo'] as const) {
      const reverse = { fromId: 'migrante', toId: 'kasapi', type };
      expect(linkProblems(reverse, [existing({ type })], live)).toEqual([]);
    }
  });

  it('allows a second link of another type between the same two', () => {
    const funds = { fromId: 'kasapi', toId: 'migrante', type: 'funds' as const };
    expect(linkProblems(funds, [existing({})], live)).toEqual([]);
  });

  it('allows a link again once the earlier one was deleted', () => {
    const again = { fromId: 'kasapi', toId: 'migrante', type: 'memberOf' as const };
    const removed = existing({ deletedAt: '2026-01-05T10:00:00.000Z' });
    expect(linkProblems(again, [removed], live)).toEqual([]);
  });

  it('refuses a link to a stakeholder that does not exist or was deleted', () => {
    const toGone = { fromId: 'kasapi', toId: 'gone', type: 'refersTo' as const };
    expect(linkProblems(toGone, [], live)).toEqual([{ path: 'toId', message: 'errors.notFound' }]);
  });
});
