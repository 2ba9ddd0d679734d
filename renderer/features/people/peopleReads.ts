// Reads of the people pages: the list pages through the primary-key index (uuidv7 ids sort by
// creation, so newest first is a reverse key range) and reads only the rows on screen.
import type { StoredRecord } from '../../../domain/records';
import type { TulayDatabase } from '../../db';
import type { HouseholdLink } from './householdRepository';
import type { Person } from './peopleRepository';

/** Ids of every person, newest first: keys only, so 100k people cost a few megabytes. */
export async function allPeopleIds(db: TulayDatabase): Promise<string[]> {
  return db.people.orderBy(':id').reverse().primaryKeys();
}

/** The most matches the people list shows for a search. */
export const MATCHES_LISTED = 1000;

export async function peopleByIds(db: TulayDatabase, ids: readonly string[]) {
  const people = await db.people.bulkGet([...ids]);
  return new Map(people.filter((p): p is Person => !!p).map((p) => [p.id, p]));
}

export type PersonCase = Pick<
  StoredRecord<'cases'>,
  'id' | 'reference' | 'status' | 'categories' | 'openedAt' | 'urgency'
> & { role: 'client' | 'ofw' };

/** The person's cases, as the client and as the OFW concerned, newest first. */
export async function casesOfPerson(db: TulayDatabase, personId: string): Promise<PersonCase[]> {
  const [asClient, asOfw] = await Promise.all([
    db.cases.where('clientId').equals(personId).toArray(),
    db.cases.where('ofwId').equals(personId).toArray(),
  ]);
  const pick = (role: PersonCase['role']) => (c: StoredRecord<'cases'>) => ({
    id: c.id,
    reference: c.reference,
    status: c.status,
    categories: c.categories,
    openedAt: c.openedAt,
    urgency: c.urgency,
    role,
  });
  const live = (c: StoredRecord<'cases'>) => !c.deletedAt;
  return [
    ...asClient.filter(live).map(pick('client')),
    ...asOfw.filter(live).map(pick('ofw')),
  ].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}

export interface HouseholdMember {
  link: HouseholdLink;
  person: Person;
  /** What `person` is to the person whose page this is. */
  relationship: HouseholdLink['relationship'];
}

/** Everyone linked to the person, in either direction, with the relationship seen from here. */
export async function householdOf(
  db: TulayDatabase,
  personId: string,
  inverse: Record<HouseholdLink['relationship'], HouseholdLink['relationship']>,
): Promise<HouseholdMember[]> {
  const links = (
    await db.households
      .where('personId')
      .equals(personId)
      .or('relatedPersonId')
      .equals(personId)
      .toArray()
  ).filter((link) => !link.deletedAt);
  const otherId = (link: HouseholdLink) =>
    link.personId === personId ? link.relatedPersonId : link.personId;
  const people = await peopleByIds(db, links.map(otherId));
  return links.flatMap((link) => {
    const person = people.get(otherId(link));
    if (!person || person.deletedAt) return [];
    const relationship =
      link.personId === personId ? link.relationship : inverse[link.relationship];
    return [{ link, person, relationship }];
  });
}
