// Writes of links between stakeholders. The link rules (domain/stakeholders/linkRules.ts) are
// checked inside the write transaction, so two officers cannot add the same link at once.
import type { RecordInput } from '../../../domain/records';
import { linkProblems } from '../../../domain/stakeholders/linkRules';
import { createRecord, deleteRecord, RecordValidationError, type WriteContext } from '../../db';

export type LinkInput = RecordInput<'stakeholderLinks'>;

export async function createLink(ctx: WriteContext, input: LinkInput) {
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.stakeholders, db.stakeholderLinks, db.audit, db.outbox],
    async () => {
      const ends = await db.stakeholders.bulkGet([input.fromId, input.toId]);
      const live = new Set(ends.filter((s) => s && !s.deletedAt).map((s) => s!.id));
      const links = await db.stakeholderLinks
        .where('fromId')
        .anyOf(input.fromId, input.toId)
        .or('toId')
        .anyOf(input.fromId, input.toId)
        .toArray();
      const problems = linkProblems(input, links, live);
      if (problems.length > 0) throw new RecordValidationError('stakeholderLinks', problems);
      return createRecord(ctx, 'stakeholderLinks', input);
    },
  );
}

export function deleteLink(ctx: WriteContext, id: string) {
  return deleteRecord(ctx, 'stakeholderLinks', id);
}
