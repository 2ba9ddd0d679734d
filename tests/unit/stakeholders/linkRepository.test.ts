import { afterEach, describe, expect, it } from 'vitest';
import { RecordValidationError, type TulayDatabase } from '../../../renderer/db';
import { createLink } from '../../../renderer/features/stakeholders/linkRepository';
import {
  createStakeholder,
  deleteStakeholder,
} from '../../../renderer/features/stakeholders/stakeholderRepository';
import { freshDatabase, writer } from '../db/testDatabase';

describe('linkRepository', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  async function twoOrganisations() {
    db = await freshDatabase();
    const ctx = writer(db);
    const riyadh = await createStakeholder(ctx, {
      name: 'Filipino Community Riyadh',
      type: 'diaspora',
      country: 'SA',
    });
    const milan = await createStakeholder(ctx, {
      name: 'Migrante Milano',
      type: 'diaspora',
      country: 'IT',
    });
    return { ctx, riyadh, milan };
  }

  it('stores a link with its note and since-date, audited', async () => {
    const { ctx, riyadh, milan } = await twoOrganisations();
    const link = await createLink(ctx, {
      fromId: riyadh.id,
      toId: milan.id,
      type: 'coordinatesWith',
      note: 'Joint repatriation desk',
      since: '2024-03-01',
    });
    expect(await db.stakeholderLinks.get(link.id)).toMatchObject({
      note: 'Joint repatriation desk',
      since: '2024-03-01',
    });
    const audit = await db.audit.where({ table: 'stakeholderLinks', recordId: link.id }).toArray();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses the reverse of a symmetric link and stores nothing', async () => {
    const { ctx, riyadh, milan } = await twoOrganisations();
    await createLink(ctx, { fromId: riyadh.id, toId: milan.id, type: 'partnerOf' });
    const again = createLink(ctx, { fromId: milan.id, toId: riyadh.id, type: 'partnerOf' });
    await expect(again).rejects.toBeInstanceOf(RecordValidationError);
    await expect(again).rejects.toMatchObject({
      problems: [{ path: 'toId', message: 'stakeholders:errors.duplicateLink' }],
    });
    expect(await db.stakeholderLinks.count()).toBe(1);
  });

  it('refuses two identical links added at the same moment', async () => {
    const { ctx, riyadh, milan } = await twoOrganisations();
    const link = { fromId: riyadh.id, toId: milan.id, type: 'funds' as const };
    const results = await Promise.allSettled([createLink(ctx, link), createLink(ctx, link)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.stakeholderLinks.count()).toBe(1);
  });

  it('deletes the links of a deleted stakeholder, and refuses new links to it', async () => {
    const { ctx, riyadh, milan } = await twoOrganisations();
    const link = await createLink(ctx, { fromId: riyadh.id, toId: milan.id, type: 'refersTo' });
    await deleteStakeholder(ctx, milan.id);
    expect((await db.stakeholderLinks.get(link.id))?.deletedAt).toEqual(expect.any(String));
    await expect(
      createLink(ctx, { fromId: riyadh.id, toId: milan.id, type: 'funds' }),
    ).rejects.toMatchObject({ problems: [{ message: 'errors.notFound' }] });
  });
});
