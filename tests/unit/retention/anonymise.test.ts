// What anonymising removes and what it keeps, field by field.
import { describe, expect, it } from 'vitest';
import {
  ANONYMISED_TEXT,
  anonymisedPaths,
  anonymiseFields,
} from '../../../domain/retention/anonymise';
import { caseSchema, personSchema, sensitiveFields } from '../../../domain/records';

const AT = '2026-12-05T10:00:00.000Z';

describe('anonymising', () => {
  it('removes every field marked sensitive, nested ones included', () => {
    expect(anonymisedPaths('people')).toEqual(
      expect.arrayContaining(sensitiveFields(personSchema)),
    );
    expect(anonymisedPaths('cases')).toEqual(
      expect.arrayContaining([
        ...sensitiveFields(caseSchema),
        'ofwDetails.eRegistrationNumber',
        'migrantDetails.documentNumber',
        'migrantDetails.administrativeStatus',
      ]),
    );
  });

  it('removes a person’s name, contacts and notes and keeps sex, city and countries', () => {
    const person = {
      id: 'p1',
      givenName: 'Maria',
      middleName: 'Santos',
      familyName: 'Dela Cruz',
      sex: 'female',
      birthDate: '1990-05-02',
      phone: '0917 123 4567',
      email: 'maria@example.org',
      barangay: 'San Isidro',
      city: 'Lagawe',
      country: 'PH',
      nationality: 'PH',
      idNumbers: 'P1234567',
      notes: 'Lives with her aunt.',
      searchTokens: ['maria', 'santos', 'delacruz', '09171234567'],
      updatedAt: 't',
    };
    expect(anonymiseFields('people', person, AT)).toEqual({
      id: 'p1',
      givenName: ANONYMISED_TEXT,
      familyName: ANONYMISED_TEXT,
      sex: 'female',
      city: 'Lagawe',
      country: 'PH',
      nationality: 'PH',
      searchTokens: [],
      updatedAt: 't',
      anonymisedAt: AT,
    });
  });

  it('keeps a case’s statistics and finds it by its reference only', () => {
    const kase = {
      reference: 'LGZ-2021-000123',
      clientId: 'p1',
      clientRole: 'ofwLandBased',
      categories: ['repatriation', 'abuse'],
      status: 'closedResolved',
      urgency: 'high',
      channel: 'walkIn',
      description: 'Maria called from Riyadh.',
      openedAt: '2021-01-02T02:00:00.000Z',
      closedAt: '2021-03-09T23:00:00.000Z',
      outcome: 'Back home with her aunt',
      ofwDetails: {
        destinationCountry: 'SA',
        destinationCity: 'Riyadh',
        eRegistrationNumber: 'E-1',
      },
      migrantDetails: { documentNumber: 'X1', administrativeStatus: 'irregular' },
      searchTokens: ['lgz2021000123', 'maria', 'delacruz'],
    };
    const out = anonymiseFields('cases', kase, AT);
    expect(out).toMatchObject({
      categories: ['repatriation', 'abuse'],
      status: 'closedResolved',
      openedAt: kase.openedAt,
      closedAt: kase.closedAt,
      description: ANONYMISED_TEXT,
      ofwDetails: { destinationCountry: 'SA', destinationCity: 'Riyadh' },
      migrantDetails: {},
      anonymisedAt: AT,
    });
    expect(out).not.toHaveProperty('outcome');
    expect(out.ofwDetails).not.toHaveProperty('eRegistrationNumber');
    expect(out.searchTokens).not.toContain('maria');
    expect(out.searchTokens.join(' ')).toMatch(/2021000123/);
    expect(caseSchema.safeParse(out).success).toBe(true);
  });

  it('keeps the first anonymising date when it runs again', () => {
    const once = anonymiseFields('consents', { note: 'x' }, AT);
    expect(anonymiseFields('consents', once, '2030-01-01T00:00:00.000Z')).toEqual({
      anonymisedAt: AT,
    });
  });
});
