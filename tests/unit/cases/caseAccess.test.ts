// What each role sees of a case: a clerk gets the outline of a health, legal or abuse case and
// nothing of what happened; case officers, supervisors and administrators get all of it.
import { describe, expect, it } from 'vitest';
import {
  LEGAL_STATUS_FIELDS,
  RESTRICTED_CATEGORIES,
  caseContentFor,
  clientRoleRevealsLegalStatus,
  seesClientRoles,
  seesDetailField,
  shownClientRole,
  eventFor,
  isRestrictedCase,
  shownCategories,
} from '../../../domain/cases/caseAccess';
import { migrantDeskPreset } from '../../../domain/presets/migrantDesk';
import { ofwDeskPreset } from '../../../domain/presets/ofwDesk';
import { roleMay } from '../../../domain/roles';

const NARRATIVE = 'Beaten by her employer; treated at the hospital in Riyadh for a broken arm.';

const content = (categories: string[]) => ({
  record: {
    id: 'c1',
    reference: 'LGZ-2026-000001',
    status: 'inProgress',
    categories,
    description: NARRATIVE,
    outcome: 'Repatriated with medical escort',
  },
  events: [
    { id: 'e1', type: 'note', text: 'X-ray shows a fracture' },
    {
      id: 'e2',
      type: 'referral',
      text: 'To the hospital',
      partnerId: 'hospital',
      documentsSent: 'Medical certificate',
    },
    {
      id: 'e3',
      type: 'statusChange',
      fromStatus: 'new',
      toStatus: 'inProgress',
      text: 'Seen by the doctor',
    },
    {
      id: 'e4',
      type: 'followUpDue',
      text: 'Ask about the surgery',
      dueAt: '2026-12-10T09:00:00.000Z',
    },
    { id: 'e5', type: 'contactAttempt', text: 'Her sister answered' },
    { id: 'e6', type: 'consentOverride', text: 'Vital interest' },
  ],
  consents: [{ id: 'k1', note: 'Consent given through her sister' }],
});

describe('caseAccess', () => {
  it('names only categories the presets have, and every health, legal and abuse one', () => {
    const known = new Set([...ofwDeskPreset.categories, ...migrantDeskPreset.categories]);
    for (const id of Object.values(RESTRICTED_CATEGORIES).flat()) expect(known).toContain(id);
    for (const id of [
      'abuse',
      'illnessInjury',
      'legalAssistance',
      'genderBasedViolence',
      'healthCare',
    ])
      expect(isRestrictedCase([id])).toBe(true);
    for (const id of ['repatriation', 'documents', 'housing', 'employment', 'other'])
      expect(isRestrictedCase([id])).toBe(false);
  });

  it('gives a clerk the outline of an abuse case and none of its story', () => {
    const shown = caseContentFor('clerk', content(['abuse', 'repatriation']));
    expect(shown.restricted).toBe(true);
    expect(shown.record).toMatchObject({
      reference: 'LGZ-2026-000001',
      status: 'inProgress',
      categories: ['repatriation'],
      description: '',
    });
    expect(shown.record.outcome).toBeUndefined();
    expect(shown.events.map((e) => e.id)).toEqual(['e3', 'e4']);
    expect(shown.consents).toEqual([{ id: 'k1', note: undefined }]);
    // Nothing of what happened survives anywhere in what the clerk gets.
    const all = JSON.stringify(shown);
    for (const secret of [
      'Beaten',
      'X-ray',
      'hospital',
      'Medical',
      'doctor',
      'surgery',
      'sister',
      'Vital',
      'escort',
    ])
      expect(all).not.toContain(secret);
  });

  it('gives case officers, supervisors and administrators the whole case', () => {
    for (const role of ['officer', 'supervisor', 'admin'] as const) {
      const whole = content(['illnessInjury']);
      const shown = caseContentFor(role, whole);
      expect(shown.restricted).toBe(false);
      expect(shown.record).toBe(whole.record);
      expect(shown.events).toBe(whole.events);
    }
  });

  it('gives a clerk the whole of a case with no sensitive category', () => {
    const whole = content(['contractViolation', 'documents']);
    const shown = caseContentFor('clerk', whole);
    expect(shown.restricted).toBe(false);
    expect(shown.record.description).toBe(NARRATIVE);
  });

  it('holds everything back when no one is signed in', () => {
    expect(caseContentFor(undefined, content(['healthCare'])).restricted).toBe(true);
    expect(shownCategories(undefined, ['healthCare', 'housing'])).toEqual(['housing']);
  });

  it('keeps the same category list (for the case list) when nothing is held back', () => {
    const categories = ['abuse', 'repatriation'];
    expect(shownCategories('officer', categories)).toBe(categories);
    expect(shownCategories('clerk', categories)).toEqual(['repatriation']);
  });

  it('gives a clerk a follow-up of a restricted case without its text, and no note', () => {
    const [note, , , followUp] = content([]).events;
    expect(eventFor('clerk', ['legalAid'], followUp!)).toEqual({
      ...followUp,
      text: undefined,
      fromOutcome: undefined,
      documentsSent: undefined,
    });
    expect(eventFor('clerk', ['legalAid'], note!)).toBeUndefined();
    expect(eventFor('officer', ['legalAid'], note!)).toBe(note);
  });
});

describe('roleMay', () => {
  it('leaves exports and case import to supervisors and administrators, sample data to administrators', () => {
    const table = (['clerk', 'officer', 'supervisor', 'admin', undefined] as const).map((role) => [
      role,
      roleMay(role, 'exportData'),
      roleMay(role, 'importCases'),
      roleMay(role, 'manageSampleData'),
      roleMay(role, 'seeRestrictedDetails'),
    ]);
    expect(table).toEqual([
      ['clerk', false, false, false, false],
      ['officer', false, false, false, true],
      ['supervisor', true, true, false, true],
      ['admin', true, true, true, true],
      [undefined, false, false, false, false],
    ]);
  });
});

describe("a person's legal status", () => {
  it('withholds every client role of the migrant desk from a clerk, none of the OFW desk', () => {
    expect(migrantDeskPreset.clientRoles).toContain('refugeeOrAsylumSeeker');
    for (const id of migrantDeskPreset.clientRoles) {
      expect(clientRoleRevealsLegalStatus(id)).toBe(true);
      expect(shownClientRole('clerk', id)).toBeUndefined();
      expect(shownClientRole('officer', id)).toBe(id);
    }
    for (const id of ofwDeskPreset.clientRoles) expect(shownClientRole('clerk', id)).toBe(id);
    expect(seesClientRoles('clerk', migrantDeskPreset.clientRoles)).toBe(false);
    expect(seesClientRoles('clerk', ofwDeskPreset.clientRoles)).toBe(true);
    expect(seesClientRoles('supervisor', migrantDeskPreset.clientRoles)).toBe(true);
  });

  it('treats a role no preset knows, or none, as one that may say a legal status', () => {
    for (const id of ['refugee', 'asylumSeeker', '', 'constructor', '__proto__'])
      expect(shownClientRole('clerk', id)).toBeUndefined();
    expect(shownClientRole(undefined, 'ofwLandBased')).toBe('ofwLandBased');
    expect(shownClientRole(undefined, 'refugeeOrAsylumSeeker')).toBeUndefined();
  });

  it('counts every detail field whose options name a legal status among the withheld', () => {
    const legal = /asylum|refugee|irregular|undocumented|stateless|residence/i;
    for (const preset of [migrantDeskPreset, ofwDeskPreset])
      for (const field of preset.detailFields) {
        const path = `${preset.detailsRecord}.${field.id}`;
        const says = (field.options ?? []).some((option) => legal.test(option));
        expect({ path, withheld: !seesDetailField('clerk', path) }).toEqual({
          path,
          withheld: says,
        });
        expect(seesDetailField('officer', path)).toBe(true);
      }
    expect(LEGAL_STATUS_FIELDS).toContain('migrantDetails.documentType');
  });
});
