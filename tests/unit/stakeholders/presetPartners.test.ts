import { afterEach, describe, expect, it } from 'vitest';
import { migrantDeskPreset, ofwDeskPreset } from '../../../domain/presets';
import { presetPartnerName } from '../../../domain/stakeholders/presetPartners';
import type { TulayDatabase } from '../../../renderer/db';
import {
  deleteStakeholder,
  ensurePresetPartners,
} from '../../../renderer/features/stakeholders/stakeholderRepository';
import en from '../../../locales/en/presets.json';
import es from '../../../locales/es/presets.json';
import { freshDatabase, writer } from '../db/testDatabase';

const ofwNames = (id: string) =>
  en['ofw-ph'].partners[id as keyof (typeof en)['ofw-ph']['partners']];
const naming = { country: 'PH', fullName: ofwNames };

describe('ensurePresetPartners', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('creates one stakeholder per referral partner, named in full with its abbreviation', async () => {
    db = await freshDatabase();
    await ensurePresetPartners(writer(db), ofwDeskPreset, naming);
    const all = await db.stakeholders.toArray();
    expect(all).toHaveLength(ofwDeskPreset.referralPartners.length);
    expect(all.find((s) => s.presetPartnerId === 'owwa')).toMatchObject({
      name: 'Overseas Workers Welfare Administration (OWWA)',
      type: 'governmentAgency',
      country: 'PH',
      engagement: 'partner',
    });
    expect(all.find((s) => s.presetPartnerId === 'peso')?.type).toBe('localGovernmentUnit');
    expect(all.find((s) => s.presetPartnerId === 'localHospital')?.name).toBe('Local hospital');
  });

  it('creates nothing the second time, even when called twice at once', async () => {
    db = await freshDatabase();
    await Promise.all([
      ensurePresetPartners(writer(db), ofwDeskPreset, naming),
      ensurePresetPartners(writer(db), ofwDeskPreset, naming),
    ]);
    expect(await ensurePresetPartners(writer(db), ofwDeskPreset, naming)).toBe(0);
    expect(await db.stakeholders.count()).toBe(ofwDeskPreset.referralPartners.length);
  });

  it('does not bring back a partner the desk deleted', async () => {
    db = await freshDatabase();
    await ensurePresetPartners(writer(db), ofwDeskPreset, naming);
    const nbi = await db.stakeholders.filter((s) => s.presetPartnerId === 'nbi').first();
    await deleteStakeholder(writer(db), nbi!.id);
    expect(await ensurePresetPartners(writer(db), ofwDeskPreset, naming)).toBe(0);
  });

  it('names the partners in the language of the desk at creation', async () => {
    db = await freshDatabase();
    const spanish = (id: string) =>
      es.migrant.partners[id as keyof (typeof es)['migrant']['partners']];
    await ensurePresetPartners(writer(db), migrantDeskPreset, { country: 'ES', fullName: spanish });
    const unhcr = await db.stakeholders.filter((s) => s.presetPartnerId === 'unhcr').first();
    expect(unhcr).toMatchObject({ type: 'internationalOrganisation', country: 'ES' });
    expect(unhcr!.name).toBe('Agencia de la ONU para los Refugiados (ACNUR)');
    expect(presetPartnerName('UN Refugee Agency (UNHCR)', 'UNHCR')).toBe(
      'UN Refugee Agency (UNHCR)',
    );
  });
});
