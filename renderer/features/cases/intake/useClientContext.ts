// The chosen client's earlier cases and household, for the intake's right column.
import { useLiveQuery } from 'dexie-react-hooks';
import { fullName } from '../../../../domain/people/personTokens';
import { useDatabase } from '../../../db';
import { INVERSE, type Relationship } from '../../people';

export interface ClientContextData {
  cases: {
    id: string;
    reference: string;
    status: string;
    openedAt: string;
    categories: string[];
  }[];
  household: { personId: string; name: string; relationship: Relationship }[];
}

export function useClientContext(clientId: string): ClientContextData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!clientId) return { cases: [], household: [] };
    const cases = await db.cases
      .where('clientId')
      .equals(clientId)
      .or('ofwId')
      .equals(clientId)
      .toArray();
    const links = await db.households
      .where('personId')
      .equals(clientId)
      .or('relatedPersonId')
      .equals(clientId)
      .filter((l) => !l.deletedAt)
      .toArray();
    // Each link is read from the client's side: "X is the client's child".
    const related = links.map((l) =>
      l.personId === clientId
        ? { personId: l.relatedPersonId, relationship: l.relationship }
        : { personId: l.personId, relationship: INVERSE[l.relationship] },
    );
    const people = await db.people.bulkGet(related.map((r) => r.personId));
    return {
      cases: cases
        .filter((c) => !c.deletedAt)
        .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
        .map(({ id, reference, status, openedAt, categories }) => ({
          id,
          reference,
          status,
          openedAt,
          categories,
        })),
      household: related.map((r, i) => ({ ...r, name: people[i] ? fullName(people[i]) : '' })),
    };
  }, [db, clientId]);
}
