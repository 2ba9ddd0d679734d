// Household links between people (spouse, child, parent, sibling, other), never twice.
import type { StoredRecord } from '../../../domain/records';
import { createRecord, type WriteContext } from '../../db';

export type Relationship = StoredRecord<'households'>['relationship'];
export type HouseholdLink = StoredRecord<'households'>;

/** The relationship seen from the other side: if B is A's child, A is B's parent. */
export const INVERSE: Record<Relationship, Relationship> = {
  spouse: 'spouse',
  child: 'parent',
  parent: 'child',
  sibling: 'sibling',
  other: 'other',
};

/** Records that `relatedPersonId` is `relationship` of `personId`, unless already linked. */
export async function linkHousehold(
  ctx: WriteContext,
  personId: string,
  relatedPersonId: string,
  relationship: Relationship,
): Promise<HouseholdLink | undefined> {
  const { db } = ctx;
  return db.transaction('rw', [db.households, db.audit, db.outbox], async () => {
    const existing = await db.households
      .where('personId')
      .anyOf(personId, relatedPersonId)
      .filter(
        (link) =>
          !link.deletedAt &&
          ((link.personId === personId && link.relatedPersonId === relatedPersonId) ||
            (link.personId === relatedPersonId && link.relatedPersonId === personId)),
      )
      .first();
    if (existing) return undefined;
    return createRecord(ctx, 'households', { personId, relatedPersonId, relationship });
  });
}
