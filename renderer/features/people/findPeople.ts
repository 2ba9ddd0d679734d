// The picker's search: people by name or phone (prefix search on their tokens) and, when a
// case reference is typed, the client and the OFW of that case.
import type { TulayDatabase } from '../../db';
import { searchIds, searchPeople, type Person } from './peopleRepository';

const looksLikeReference = (query: string) => /^[a-z]{2,5}-\d/i.test(query.trim());

export async function findPeople(db: TulayDatabase, query: string, limit = 20): Promise<Person[]> {
  if (!looksLikeReference(query)) return searchPeople(db, query, limit);
  const caseIds = await searchIds(db, 'cases', query, limit);
  const cases = await db.cases.bulkGet(caseIds);
  const ids = [
    ...new Set(cases.flatMap((c) => (c ? [c.clientId, ...(c.ofwId ? [c.ofwId] : [])] : []))),
  ];
  const people = await db.people.bulkGet(ids);
  return people.filter((p): p is Person => !!p && !p.deletedAt);
}
