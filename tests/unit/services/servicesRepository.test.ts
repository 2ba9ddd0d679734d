import { describe, expect, it } from 'vitest';
import { OFW_STARTER_SERVICES } from '../../../domain/presets/ofwServices';
import { createRecord } from '../../../renderer/db';
import {
  createService,
  deleteService,
  findSuggestedServices,
  seedStarterServices,
  updateService,
} from '../../../renderer/features/services';
import { freshDatabase, writer } from '../db/testDatabase';

const STARTER_COUNT = OFW_STARTER_SERVICES.length;

describe('servicesRepository.seedStarterServices', () => {
  it('adds the OFW starter set once, however often the desk starts', async () => {
    const db = await freshDatabase();
    expect(await seedStarterServices(writer(db), 'ofw-ph')).toBe(STARTER_COUNT);
    expect(await seedStarterServices(writer(db), 'ofw-ph')).toBe(0);
    expect(await db.services.count()).toBe(STARTER_COUNT);
    const all = await db.services.toArray();
    expect(all.every((s) => s.verificationStatus === 'toVerify')).toBe(true);
  });

  it('does not add a service twice when two starts race (strict mode runs effects twice)', async () => {
    const db = await freshDatabase();
    await Promise.all([
      seedStarterServices(writer(db), 'ofw-ph'),
      seedStarterServices(writer(db), 'ofw-ph'),
    ]);
    expect(await db.services.count()).toBe(STARTER_COUNT);
  });

  it('does not bring back a starter service the desk deleted', async () => {
    const db = await freshDatabase();
    await seedStarterServices(writer(db), 'ofw-ph');
    const nbi = await db.services.filter((s) => s.starterId === 'ofw-ph/nbi-clearance').first();
    await deleteService(writer(db), nbi!.id);
    expect(await seedStarterServices(writer(db), 'ofw-ph')).toBe(0);
    const live = await db.services.filter((s) => !s.deletedAt).count();
    expect(live).toBe(STARTER_COUNT - 1);
  });

  it('links each service to the stakeholder that stands for its agency, when there is one', async () => {
    const db = await freshDatabase();
    const owwa = await createRecord(writer(db), 'stakeholders', {
      name: 'OWWA Regional Welfare Office V',
      type: 'governmentAgency',
      presetPartnerId: 'owwa',
    });
    await seedStarterServices(writer(db), 'ofw-ph');
    const owwaServices = await db.services.where('agencyId').equals(owwa.id).toArray();
    expect(owwaServices.map((s) => s.starterId).sort()).toEqual([
      'ofw-ph/owwa-membership',
      'ofw-ph/owwa-welfare-repatriation',
    ]);
    const dmw = await db.services.filter((s) => s.agencyPresetId === 'dmw').toArray();
    expect(dmw.every((s) => s.agencyId === undefined)).toBe(true);
  });

  it('writes every seeded service through the audit trail and the outbox', async () => {
    const db = await freshDatabase();
    await seedStarterServices(writer(db), 'ofw-ph');
    const audited = await db.audit.filter((a) => a.table === 'services').count();
    const queued = await db.outbox.filter((o) => o.table === 'services').count();
    expect([audited, queued]).toEqual([STARTER_COUNT, STARTER_COUNT]);
  });

  it('adds nothing for the migrant desk, which has no starter set yet', async () => {
    const db = await freshDatabase();
    expect(await seedStarterServices(writer(db), 'migrant')).toBe(0);
    expect(await db.services.count()).toBe(0);
  });
});

describe('servicesRepository.findSuggestedServices', () => {
  it('suggests the services of a case’s categories, the closest match first', async () => {
    const db = await freshDatabase();
    const ctx = writer(db);
    const both = await createService(ctx, {
      name: 'Both',
      categories: ['repatriation', 'deathAndRemains'],
    });
    const one = await createService(ctx, { name: 'Aardvark one', categories: ['repatriation'] });
    await createService(ctx, { name: 'Unrelated', categories: ['documents'] });
    const suggested = await findSuggestedServices(db, ['repatriation', 'deathAndRemains']);
    expect(suggested.map((s) => s.id)).toEqual([both.id, one.id]);
  });

  it('leaves out deleted services, and suggests nothing without a category', async () => {
    const db = await freshDatabase();
    const gone = await createService(writer(db), { name: 'Gone', categories: ['abuse'] });
    await deleteService(writer(db), gone.id);
    expect(await findSuggestedServices(db, ['abuse'])).toEqual([]);
    await seedStarterServices(writer(db), 'ofw-ph');
    expect(await findSuggestedServices(db, [])).toEqual([]);
  });

  it('finds the illegal recruitment help of the starter set', async () => {
    const db = await freshDatabase();
    await seedStarterServices(writer(db), 'ofw-ph');
    const ids = (await findSuggestedServices(db, ['illegalRecruitment'])).map((s) => s.starterId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ofw-ph/dmw-warning-signs',
        'ofw-ph/peso-check-agency',
        'ofw-ph/nbi-illegal-recruitment-complaint',
      ]),
    );
  });
});

describe('servicesRepository handouts', () => {
  it('drops a language whose handout was left empty instead of storing an empty shell', async () => {
    const db = await freshDatabase();
    const service = await createService(writer(db), {
      name: 'OEC',
      content: {
        fil: { title: 'Pagkuha ng OEC' },
        ar: { title: '  ', summary: '', documents: [] },
      },
    });
    expect(Object.keys(service.content)).toEqual(['fil']);
    const updated = await updateService(writer(db), service.id, {
      content: { fil: { title: '' }, es: { summary: 'Cómo obtener el OEC' } },
    });
    expect(Object.keys(updated.content)).toEqual(['es']);
  });
});
