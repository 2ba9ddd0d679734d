// Sessions: created and edited through the write path. Raising the capacity gives the new
// places to the waitlist at once, in order.
import type { SeminarFields } from '../../../domain/seminars/seminarForm';
import { createRecord, updateRecord, type WriteContext } from '../../db';
import { promoteWaitlist } from './registrationRepository';
import type { Seminar } from './seminarTypes';

export function createSeminar(ctx: WriteContext, fields: SeminarFields): Promise<Seminar> {
  return createRecord(ctx, 'seminars', fields);
}

/** Saves the session; returns the ids of the registrations that left the waitlist. */
export async function updateSeminar(
  ctx: WriteContext,
  id: string,
  fields: SeminarFields,
): Promise<string[]> {
  const { db } = ctx;
  return db.transaction('rw', [db.seminars, db.attendance, db.audit, db.outbox], async () => {
    await updateRecord(ctx, 'seminars', id, fields);
    return promoteWaitlist(ctx, id);
  });
}
