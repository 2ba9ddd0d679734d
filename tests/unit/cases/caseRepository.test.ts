import { afterEach, describe, expect, it } from 'vitest';
import { createRecord, type TulayDatabase } from '../../../renderer/db';
import { stripMeta } from '../../../renderer/db/recordFields';
import {
  changeStatus,
  createCase,
  TransitionError,
  undoStatusChange,
  UndoRefused,
  type IntakeInput,
} from '../../../renderer/features/cases/caseRepository';
import { addReferral, ReferralRefused } from '../../../renderer/features/cases/caseEventRepository';
import { createPerson, searchIds, searchPeople } from '../../../renderer/features/people';
import { freshDatabase, writer } from '../db/testDatabase';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };

async function motherAndDaughter(db: TulayDatabase) {
  const ctx = writer(db);
  const mother = await createPerson(ctx, {
    givenName: 'Rosario',
    familyName: 'Dela Cruz',
    phone: '0917 555 1234',
  });
  const daughter = await createPerson(ctx, {
    givenName: 'Maria',
    familyName: 'Dela Cruz',
    phone: '+966 50 123 4567',
  });
  return { mother, daughter };
}

function intake(
  clientId: string,
  ofwId: string,
  overrides: Partial<IntakeInput> = {},
): IntakeInput {
  return {
    clientId,
    clientRole: 'familyParent',
    ofwId,
    relationship: 'child',
    ofwDetails: { destinationCountry: 'SA', occupation: 'Domestic worker' },
    channel: 'walkIn',
    categories: ['welfareCheck'],
    urgency: 'high',
    description: 'Daughter in Riyadh has not answered for three weeks.',
    consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    ...overrides,
  };
}

describe('caseRepository', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('numbers cases per desk and year without gaps or reuse', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = { ...writer(db), now: () => new Date('2026-03-01T08:00:00Z') };
    const first = await createCase(ctx, desk, intake(mother.id, daughter.id));
    const second = await createCase(ctx, desk, intake(mother.id, daughter.id));
    expect([first.reference, second.reference]).toEqual(['LGZ-2026-000001', 'LGZ-2026-000002']);
    const nextYear = await createCase(
      { ...ctx, now: () => new Date('2027-01-02T08:00:00Z') },
      desk,
      intake(mother.id, daughter.id),
    );
    expect(nextYear.reference).toBe('LGZ-2027-000001');
  });

  it('never gives a number a case already holds, even one above the counter (an import)', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = { ...writer(db), now: () => new Date('2026-03-01T08:00:00Z') };
    await createCase(ctx, desk, intake(mother.id, daughter.id));
    // A case brought in from elsewhere holds number 7; the counter still says 1.
    await createRecord(ctx, 'cases', {
      ...stripMeta((await db.cases.toArray())[0]!),
      reference: 'LGZ-2026-000007',
    });
    // Another desk's prefix does not count.
    await createRecord(ctx, 'cases', {
      ...stripMeta((await db.cases.toArray())[0]!),
      reference: 'SOR-2026-000050',
    });
    const next = await createCase(ctx, desk, intake(mother.id, daughter.id));
    expect(next.reference).toBe('LGZ-2026-000008');
    const after = await createCase(ctx, desk, intake(mother.id, daughter.id));
    expect(after.reference).toBe('LGZ-2026-000009');
  });

  it('saves nothing of an intake whose client has gone, and uses no number for it', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = { ...writer(db), now: () => new Date('2026-03-01T08:00:00Z') };
    await expect(createCase(ctx, desk, intake('no-such-person', daughter.id))).rejects.toThrow();
    expect(await db.cases.count()).toBe(0);
    expect(await db.consents.count()).toBe(0);
    const first = await createCase(ctx, desk, intake(mother.id, daughter.id));
    expect(first.reference).toBe('LGZ-2026-000001');
  });

  it('links the mother and the daughter as a household and finds the case by either name or phone', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    // On the same day as the other tests: the case number it is searched by holds the year.
    const ctx = { ...writer(db), now: () => new Date('2026-03-01T08:00:00Z') };
    const created = await createCase(ctx, desk, intake(mother.id, daughter.id));
    expect(await db.households.toArray()).toEqual([
      expect.objectContaining({
        personId: mother.id,
        relatedPersonId: daughter.id,
        relationship: 'child',
      }),
    ]);
    for (const query of [
      'maria dela cruz',
      'Rosario',
      'delacruz',
      '0917 555',
      '+966 50 123',
      'LGZ-2026-000001',
      '1',
    ]) {
      expect(await searchIds(db, 'cases', query), query).toEqual([created.id]);
    }
    expect(await searchIds(db, 'cases', 'maria santos')).toEqual([]);
    expect((await searchPeople(db, 'dela cruz')).map((p) => p.givenName).sort()).toEqual([
      'Maria',
      'Rosario',
    ]);
    expect(created.status).toBe('new');
  });

  it('follows the preset transitions and asks an outcome to close', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = writer(db);
    const c = await createCase(ctx, desk, intake(mother.id, daughter.id));
    await expect(changeStatus(ctx, 'ofw-ph', c.id, 'closedResolved')).rejects.toEqual(
      new TransitionError('outcomeRequired'),
    );
    await expect(changeStatus(ctx, 'ofw-ph', c.id, 'nonsense')).rejects.toEqual(
      new TransitionError('notAllowed'),
    );
    await changeStatus(ctx, 'ofw-ph', c.id, 'inProgress');
    await changeStatus(
      ctx,
      'ofw-ph',
      c.id,
      'closedResolved',
      'Daughter found safe; OWWA confirmed.',
    );
    const closed = await db.cases.get(c.id);
    expect(closed).toMatchObject({
      status: 'closedResolved',
      outcome: 'Daughter found safe; OWWA confirmed.',
    });
    const events = await db.caseEvents.where('caseId').equals(c.id).toArray();
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ['new', 'inProgress'],
      ['inProgress', 'closedResolved'],
    ]);
  });

  it('undoes a re-open: the case is closed again with its outcome and closing date', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const at = (iso: string) => ({ ...writer(db), now: () => new Date(iso) });
    const c = await createCase(at('2026-03-01T08:00:00Z'), desk, intake(mother.id, daughter.id));
    await changeStatus(
      at('2026-03-05T09:00:00Z'),
      'ofw-ph',
      c.id,
      'closedResolved',
      'Daughter found safe; OWWA confirmed.',
    );
    const closed = (await db.cases.get(c.id))!;
    const reopen = await changeStatus(at('2026-03-09T10:00:00Z'), 'ofw-ph', c.id, 'inProgress');
    expect(await db.cases.get(c.id)).toMatchObject({ status: 'inProgress', outcome: undefined });

    await undoStatusChange(at('2026-03-09T10:00:05Z'), c.id, reopen.id);
    const after = (await db.cases.get(c.id))!;
    expect(stripMeta(after)).toEqual(stripMeta(closed));
    expect(after).toMatchObject({
      status: 'closedResolved',
      closedAt: '2026-03-05T09:00:00.000Z',
      outcome: 'Daughter found safe; OWWA confirmed.',
    });
    const timeline = await db.caseEvents.where('caseId').equals(c.id).toArray();
    expect(timeline.filter((e) => !e.deletedAt).map((e) => e.toStatus)).toEqual(['closedResolved']);
  });

  it('undoes a closing: the case is open again, without outcome or closing date', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = writer(db);
    const c = await createCase(ctx, desk, intake(mother.id, daughter.id));
    await changeStatus(ctx, 'ofw-ph', c.id, 'inProgress');
    const open = (await db.cases.get(c.id))!;
    const close = await changeStatus(ctx, 'ofw-ph', c.id, 'closedNoContact', 'No answer.');
    await undoStatusChange(ctx, c.id, close.id);
    expect(stripMeta((await db.cases.get(c.id))!)).toEqual(stripMeta(open));
  });

  it('refuses to undo a status change of another case, or one that is no longer the latest', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = writer(db);
    const first = await createCase(ctx, desk, intake(mother.id, daughter.id));
    const second = await createCase(ctx, desk, intake(mother.id, daughter.id));
    const change = await changeStatus(ctx, 'ofw-ph', first.id, 'inProgress');
    await changeStatus(ctx, 'ofw-ph', second.id, 'inProgress');

    await expect(undoStatusChange(ctx, second.id, change.id)).rejects.toEqual(
      new UndoRefused('otherCase'),
    );
    expect((await db.cases.get(first.id))!.status).toBe('inProgress');
    expect((await db.cases.get(second.id))!.status).toBe('inProgress');
    expect((await db.caseEvents.get(change.id))!.deletedAt).toBeNull();

    // inProgress → referred → inProgress: the first change's status is back, but it is not
    // the latest change any more.
    await changeStatus(ctx, 'ofw-ph', first.id, 'referred');
    await changeStatus(ctx, 'ofw-ph', first.id, 'inProgress');
    await expect(undoStatusChange(ctx, first.id, change.id)).rejects.toEqual(
      new UndoRefused('changedSince'),
    );
    expect((await db.cases.get(first.id))!.status).toBe('inProgress');
  });

  it('refuses a referral without consent, and records a supervisor override with its reason', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = writer(db);
    const c = await createCase(ctx, desk, intake(mother.id, daughter.id));
    const referral = {
      caseId: c.id,
      clientId: mother.id,
      partnerId: 'owwa',
      reason: 'Welfare check',
    };
    await expect(addReferral(ctx, referral)).rejects.toEqual(new ReferralRefused('noConsent'));
    await expect(
      addReferral(ctx, {
        ...referral,
        override: { role: 'officer', reason: 'Life at risk, no contact' },
      }),
    ).rejects.toEqual(new ReferralRefused('notSupervisor'));
    await expect(
      addReferral(ctx, { ...referral, override: { role: 'supervisor', reason: 'urgent' } }),
    ).rejects.toEqual(new ReferralRefused('reasonRequired'));
    expect(await db.caseEvents.count()).toBe(0);

    await addReferral(ctx, {
      ...referral,
      override: { role: 'supervisor', reason: 'Life may be at risk; mother unreachable by phone' },
    });
    const events = await db.caseEvents.where('caseId').equals(c.id).toArray();
    expect(events.map((e) => e.type).sort()).toEqual(['consentOverride', 'referral']);
    // The audit trail names the override as such, on the override's timeline entry.
    const override = events.find((e) => e.type === 'consentOverride')!;
    const overrides = await db.audit.filter((e) => e.action === 'consentOverride').toArray();
    expect(overrides.map((e) => [e.table, e.recordId, e.actor])).toEqual([
      ['caseEvents', override.id, 'staff-1'],
    ]);
    expect(overrides[0]!.seq).toBeGreaterThan(0);
  });

  it('accepts a referral when the client consented to referral at intake', async () => {
    db = await freshDatabase();
    const { mother, daughter } = await motherAndDaughter(db);
    const ctx = writer(db);
    const c = await createCase(
      ctx,
      desk,
      intake(mother.id, daughter.id, {
        consents: [{ purpose: 'referral', legalBasis: 'consent' }],
      }),
    );
    await addReferral(ctx, {
      caseId: c.id,
      clientId: mother.id,
      partnerId: 'owwa',
      reason: 'Welfare check',
    });
    expect((await db.caseEvents.toArray()).map((e) => e.type)).toEqual(['referral']);
  });
});
