// Writes of links between stakeholders. The link rules (domain/stakeholders/linkRules.ts) are
// checked inside the write transaction, so two officers cannot add the same link at once.
// Also the one read the directory's export needs: the links around a set of stakeholders.
import type { RecordInput, StoredRecord } from '../../../domain/records';
import { linkProblems } from '../../../domain/stakeholders/linkRules';
import { exportedLinks } from '../../../domain/stakeholders/linksCsv';
import {
  createRecord,
  deleteRecord,
  RecordValidationError,
  type TulayDatabase,
  type WriteContext,
} from '../../db';

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

/**
 * The living links that touch any of `ids`, with the names of both ends by id (the other end
 * may be a stakeholder outside `ids`). Read in one transaction, so the two agree.
 */
export function readLinksAround(db: TulayDatabase, ids: readonly string[]) {
  return db.transaction('r', [db.stakeholders, db.stakeholderLinks], async () => {
    const touching = await db.stakeholderLinks
      .where('fromId')
      .anyOf(ids)
      .or('toId')
      .anyOf(ids)
      .toArray();
    const ends = [...new Set(touching.flatMap((l) => [l.fromId, l.toId]))];
    const names = new Map<string, string>();
    for (const s of await db.stakeholders.bulkGet(ends)) {
      if (s && !s.deletedAt) names.set(s.id, s.name);
    }
    const links: StoredRecord<'stakeholderLinks'>[] = exportedLinks(touching, new Set(ids), names);
    return { links, names };
  });
}
