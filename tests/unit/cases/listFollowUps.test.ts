import { afterEach, describe, expect, it } from 'vitest';
import type { TulayDatabase } from '../../../renderer/db';
import {
  addFollowUp,
  completeFollowUp,
} from '../../../renderer/features/cases/caseEventRepository';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { myFollowUps } from '../../../renderer/features/cases/followUps/followUpReads';
import {
  followUpGroup,
  groupFollowUps,
} from '../../../renderer/features/cases/followUps/followUpOrder';
import { createPerson } from '../../../renderer/features/people';
import { freshDatabase, writer } from '../db/testDatabase';

const now = new Date(2026, 2, 10, 14, 0); // 10 March 2026, 14:00 local time
const at = (day: number, hour: number) => new Date(2026, 2, day, hour, 0).toISOString();

describe('follow-up order', () => {
  it('puts overdue first (longest overdue on top), then later today, then coming days', () => {
    const items = [
      { id: 'next-week', dueAt: at(17, 9) },
      { id: 'this-evening', dueAt: at(10, 18) },
      { id: 'this-morning', dueAt: at(10, 9) },
      { id: 'last-week', dueAt: at(3, 9) },
      { id: 'tomorrow', dueAt: at(11, 9) },
    ];
    expect(groupFollowUps(items, now).map((g) => [g.group, g.items.map((i) => i.id)])).toEqual([
      ['overdue', ['last-week', 'this-morning']],
      ['today', ['this-evening']],
      ['upcoming', ['tomorrow', 'next-week']],
    ]);
  });

  it('calls a follow-up due a minute ago overdue', () => {
    expect(followUpGroup(new Date(now.getTime() - 60_000).toISOString(), now)).toBe('overdue');
    expect(groupFollowUps([], now)).toEqual([]);
  });
});

describe('myFollowUps', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('lists only open follow-ups of the cases assigned to me, with the case reference and client', async () => {
    db = await freshDatabase();
    const mine = writer(db, 'ana');
    const other = writer(db, 'ben');
    const client = await createPerson(mine, { givenName: 'Rosario', familyName: 'Dela Cruz' });
    const intake = {
      clientId: client.id,
      clientRole: 'ofwLandBased',
      ofwDetails: {},
      channel: 'walkIn' as const,
      categories: ['welfareCheck'],
      urgency: 'normal' as const,
      description: 'Asked for help.',
      consents: [],
    };
    const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };
    const myCase = await createCase(mine, desk, intake);
    const bensCase = await createCase(other, desk, intake);
    const open = await addFollowUp(mine, myCase.id, at(9, 9), 'Call OWWA back');
    const done = await addFollowUp(mine, myCase.id, at(8, 9), 'Ask for the contract');
    await addFollowUp(other, bensCase.id, at(9, 9), 'Not mine');
    await completeFollowUp(mine, done);

    const list = await myFollowUps(db, 'ana', 'officer');
    expect(list.map((f) => [f.event.id, f.reference, f.clientName, f.event.text])).toEqual([
      [open.id, myCase.reference, 'Rosario Dela Cruz', 'Call OWWA back'],
    ]);
  });
});
