// The OFW starter set is data a client will read: it must be valid, complete in English and
// Filipino, and point at real preset categories and agencies.
import { describe, expect, it } from 'vitest';
import { ofwDeskPreset } from '../../../domain/presets';
import {
  OFW_AGENCY_MANDATES,
  OFW_STARTER_SERVICES,
  starterServiceRecord,
  starterServicesFor,
} from '../../../domain/presets/ofwServices';
import { serviceSchema } from '../../../domain/records';
import { handoutLanguages } from '../../../domain/records/handout';

const AGENCIES = [
  'dmw',
  'owwa',
  'dfa',
  'dole',
  'peso',
  'tesda',
  'philhealth',
  'dswd',
  'cfo',
  'pao',
  'nbi',
];

describe('the OFW starter services', () => {
  it('gives every agency of the issue at least one service and a public mandate', () => {
    const agencies = new Set(OFW_STARTER_SERVICES.map((s) => s.agencyPresetId));
    for (const agency of AGENCIES) {
      expect(agencies, agency).toContain(agency);
      expect(OFW_AGENCY_MANDATES[agency]?.length ?? 0, agency).toBeGreaterThan(60);
    }
  });

  it('names only categories and partners that the OFW preset knows', () => {
    const partners = ofwDeskPreset.referralPartners.map((p) => p.id);
    for (const service of OFW_STARTER_SERVICES) {
      expect(partners).toContain(service.agencyPresetId);
      for (const category of service.categories) {
        expect(ofwDeskPreset.categories, service.starterId).toContain(category);
      }
    }
  });

  it('seeds records that pass the service schema, every one to be verified by the desk', () => {
    for (const entry of OFW_STARTER_SERVICES) {
      const record = serviceSchema.parse(starterServiceRecord(entry));
      expect(record.verificationStatus).toBe('toVerify');
      expect(record.starterId).toBe(entry.starterId);
      expect(record.documents.length + record.steps.length).toBeGreaterThan(0);
    }
  });

  it('has a Filipino handout for every service, with as many items as the English one', () => {
    for (const { starterId, handouts } of OFW_STARTER_SERVICES) {
      expect(handoutLanguages(handouts), starterId).toEqual(expect.arrayContaining(['en', 'fil']));
      for (const [lng, handout] of Object.entries(handouts)) {
        for (const list of ['documents', 'steps', 'keyPoints'] as const) {
          expect(handout[list]?.length ?? 0, `${starterId} ${lng} ${list}`).toBe(
            handouts.en[list]?.length ?? 0,
          );
        }
      }
    }
  });

  it('includes the illegal recruitment warning signs in Arabic for clients who read it', () => {
    const warning = OFW_STARTER_SERVICES.find((s) => s.starterId === 'ofw-ph/dmw-warning-signs');
    expect(handoutLanguages(warning!.handouts)).toEqual(['en', 'fil', 'es', 'ca', 'ar']);
  });

  it('has unique starter ids, and nothing for a preset without a starter set', () => {
    const ids = OFW_STARTER_SERVICES.map((s) => s.starterId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(starterServicesFor('migrant')).toEqual([]);
  });
});
