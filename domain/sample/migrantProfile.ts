// The sample profile of a migrant and refugee desk in Terrassa: clients from the
// city's neighbourhoods, most from Morocco and Latin America, asking about papers, housing,
// work and asylum; the details recorded are origin, arrival and administrative status.
import { hostCommunityNames, LANGUAGES_BY_ORIGIN, migrantNamesFor } from './migrantNames';
import { spanishMobile, TERRASSA_NEIGHBOURHOODS, TERRASSA_WEIGHTS } from './places';
import type { DetailsInput, DetailsResult, OpenerKind, SampleProfile } from './profile';
import type { Random } from './random';
import { localDay } from '../localDay';
import { migrantTexts } from './migrantTexts';

const DAY = 86_400_000;

const OPENER_KINDS: Readonly<Record<string, OpenerKind>> = {
  migrant: 'self',
  refugeeOrAsylumSeeker: 'self',
  returnee: 'returned',
  hostCommunity: 'host',
};

const DOCUMENT_BY_STATUS: Readonly<Record<string, readonly string[]>> = {
  regular: ['residenceCard', 'residenceCard', 'passport'],
  irregular: ['passport', 'passport', 'nationalId', 'none'],
  asylumSeeker: ['asylumSeekerDocument'],
  refugee: ['residenceCard', 'travelDocument'],
  pendingRenewal: ['residenceCard', 'passport'],
  stateless: ['travelDocument', 'none'],
  unknown: ['other', 'passport'],
};

function administrativeStatus(random: Random, input: DetailsInput): string {
  if (input.role === 'refugeeOrAsylumSeeker' || input.categories.includes('asylumProtection')) {
    return random.weighted(['asylumSeeker', 'refugee'], [8, 2]);
  }
  return random.weighted(
    ['regular', 'irregular', 'pendingRenewal', 'stateless', 'unknown'],
    [45, 28, 18, 1, 8],
  );
}

function migrantDetails(random: Random, input: DetailsInput): DetailsResult {
  // A neighbour from the host community has no migration details to record.
  if (input.role === 'hostCommunity') return { field: 'migrantDetails', value: {}, words: {} };
  const status = administrativeStatus(random, input);
  const yearsHere = input.role === 'refugeeOrAsylumSeeker' ? random.next() * 2 : random.next() * 12;
  const arrival = new Date(input.openedAt - Math.round(yearsHere * 365) * DAY);
  const value = {
    countryOfOrigin: input.country,
    arrivalDate: localDay(arrival),
    administrativeStatus: status,
    documentType: random.pick(DOCUMENT_BY_STATUS[status] ?? ['passport']),
    languagesSpoken: LANGUAGES_BY_ORIGIN[input.country] ?? 'Spanish',
    municipalRegister: random.weighted(['yes', 'no', 'unknown'], [65, 25, 10]),
  };
  return { field: 'migrantDetails', value, words: { arrivalYear: arrival.getFullYear() } };
}

export const migrantSampleProfile: SampleProfile = {
  city: 'Terrassa',
  country: 'ES',
  utcOffsetHours: 1,
  neighbourhoods: TERRASSA_NEIGHBOURHOODS,
  neighbourhoodWeights: TERRASSA_WEIGHTS,
  phone: spanishMobile,
  roleWeights: {
    migrant: 55,
    refugeeOrAsylumSeeker: 14,
    returnee: 2,
    familyMember: 20,
    hostCommunity: 4,
  },
  openerKind: (role) => OPENER_KINDS[role] ?? 'relative',
  categoryWeights: {
    documentsRegularisation: 16,
    asylumProtection: 5,
    employment: 9,
    housing: 9,
    healthCare: 5,
    education: 5,
    languageCourses: 7,
    legalAid: 4,
    discrimination: 2,
    socialAssistance: 8,
    familyReunification: 4,
    genderBasedViolence: 1,
    other: 2,
  },
  categoryBoost: {
    refugeeOrAsylumSeeker: { asylumProtection: 10, documentsRegularisation: 0.5 },
    familyMember: { familyReunification: 5, education: 2 },
    hostCommunity: { discrimination: 6, languageCourses: 2, asylumProtection: 0 },
  },
  partnersByCategory: {
    documentsRegularisation: ['migrationOffice', 'legalAid', 'consulate'],
    asylumProtection: ['asylumOffice', 'cear', 'unhcr', 'redCross'],
    employment: ['employmentService'],
    housing: ['socialServices', 'caritas'],
    healthCare: ['healthCentre'],
    education: ['schoolEnrolment'],
    languageCourses: ['languageCourses'],
    legalAid: ['legalAid'],
    discrimination: ['legalAid', 'socialServices'],
    socialAssistance: ['socialServices', 'caritas', 'redCross'],
    familyReunification: ['migrationOffice', 'consulate'],
    genderBasedViolence: ['gbvService'],
    other: ['socialServices'],
  },
  texts: migrantTexts,
  namesFor: (country) => (country ? migrantNamesFor(country) : hostCommunityNames),
  nationalityFor: (country) => country,
  details: migrantDetails,
};
