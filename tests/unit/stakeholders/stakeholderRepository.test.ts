import { afterEach, describe, expect, it } from 'vitest';
import type { TulayDatabase } from '../../../renderer/db';
import {
  addObservation,
  createStakeholder,
  recordStakeholderExport,
  removeObservation,
  updateStakeholder,
} from '../../../renderer/features/stakeholders/stakeholderRepository';
import { freshDatabase, writer } from '../db/testDatabase';

describe('stakeholderRepository', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  async function riyadh() {
    db = await freshDatabase();
    return createStakeholder(writer(db), {
      name: 'Samahang Pilipino sa Riyadh',
      type: 'diaspora',
      country: 'SA',
    });
  }

  it('keeps the reported needs newest first, whatever order they are entered in', async () => {
    const { id } = await riyadh();
    await addObservation(writer(db), id, { date: '2025-11-03', text: 'Unpaid wages' });
    await addObservation(writer(db), id, { date: '2026-01-20', text: 'Expired iqamas' });
    await addObservation(writer(db), id, { date: '2025-12-01', text: 'No rest days' });
    const stored = await db.stakeholders.get(id);
    expect(stored!.observations.map((o) => o.date)).toEqual([
      '2026-01-20',
      '2025-12-01',
      '2025-11-03',
    ]);
  });

  it('removes the observation that was pointed at, even after the list changed', async () => {
    const { id } = await riyadh();
    const wages = { date: '2025-11-03', text: 'Unpaid wages' };
    await addObservation(writer(db), id, wages);
    await addObservation(writer(db), id, { date: '2026-01-20', text: 'Expired iqamas' });
    await removeObservation(writer(db), id, wages);
    expect((await db.stakeholders.get(id))!.observations).toEqual([
      { date: '2026-01-20', text: 'Expired iqamas' },
    ]);
  });

  it('refuses half a position and keeps the stored one', async () => {
    const { id } = await riyadh();
    await expect(updateStakeholder(writer(db), id, { latitude: 24.71 })).rejects.toMatchObject({
      problems: [{ path: 'longitude', message: 'stakeholders:errors.coordinatesPair' }],
    });
    expect((await db.stakeholders.get(id))!.latitude).toBeUndefined();
  });

  it('writes one export entry per stakeholder in the audit trail, and changes nothing', async () => {
    const { id } = await riyadh();
    await recordStakeholderExport(writer(db, 'staff-9'), [id]);
    const audit = await db.audit.where({ table: 'stakeholders', recordId: id }).toArray();
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['create', 'staff-1'],
      ['export', 'staff-9'],
    ]);
    expect(await db.outbox.count()).toBe(1);
  });
});
