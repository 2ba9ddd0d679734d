// The migrant and refugee help desk of a city in Spain, Argentina or Peru.
// Partner abbreviations are those a desk in Spain writes (Terrassa is the reference desk);
// a desk in Argentina or Peru knows the same bodies as DNM/CONARE or Migraciones/CEPR.
import type { DeskPreset, StatusDefinition } from './types';

const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
const REOPEN = ['inProgress'] as const;

/**
 * As on the OFW desk, plus a wait on the administration: an immigration appointment or a
 * decision on residence or asylum takes weeks or months, and is neither the client's nor a
 * referral partner's doing.
 */
export const migrantDeskStatuses: readonly StatusDefinition[] = [
  {
    id: 'new',
    next: [
      'inProgress',
      'waitingForClient',
      'referred',
      'closedResolved',
      'closedReferredOut',
      'closedNoContact',
    ],
  },
  {
    id: 'inProgress',
    next: [
      'waitingForClient',
      'waitingForAdministration',
      'referred',
      'followUp',
      'closedResolved',
      'closedUnresolved',
      'closedReferredOut',
      'closedNoContact',
    ],
  },
  {
    id: 'waitingForClient',
    next: ['inProgress', 'followUp', 'closedUnresolved', 'closedNoContact'],
  },
  {
    id: 'waitingForAdministration',
    next: ['inProgress', 'waitingForClient', 'followUp', 'closedResolved', 'closedUnresolved'],
  },
  {
    id: 'referred',
    next: [
      'inProgress',
      'waitingForClient',
      'followUp',
      'closedResolved',
      'closedUnresolved',
      'closedReferredOut',
    ],
  },
  {
    id: 'followUp',
    next: [
      'inProgress',
      'waitingForClient',
      'waitingForAdministration',
      'referred',
      'closedResolved',
      'closedUnresolved',
      'closedReferredOut',
      'closedNoContact',
    ],
  },
  { id: 'closedResolved', next: REOPEN, closing: true },
  { id: 'closedUnresolved', next: REOPEN, closing: true },
  { id: 'closedReferredOut', next: REOPEN, closing: true },
  { id: 'closedNoContact', next: REOPEN, closing: true },
];

export const migrantDeskPreset: DeskPreset = {
  id: 'migrant',
  // On this desk the list means the clients' most common countries of origin (Morocco first
  // in Catalan cities, Venezuela in Argentina and Peru).
  topDestinations: [
    'MA',
    'VE',
    'CO',
    'PE',
    'BO',
    'UA',
    'SN',
    'PK',
    'HN',
    'AR',
    'PY',
    'EC',
    'DZ',
    'GM',
    'CN',
  ],
  categories: [
    'documentsRegularisation',
    'asylumProtection',
    'employment',
    'housing',
    'healthCare',
    'education',
    'languageCourses',
    'legalAid',
    'discrimination',
    'socialAssistance',
    'familyReunification',
    'genderBasedViolence',
    'other',
  ],
  referralOnlyCategories: ['genderBasedViolence'],
  clientRoles: ['migrant', 'refugeeOrAsylumSeeker', 'returnee', 'familyMember', 'hostCommunity'],
  statuses: migrantDeskStatuses,
  initialStatus: 'new',
  referralPartners: [
    { id: 'migrationOffice', abbreviation: 'Extranjería' },
    { id: 'asylumOffice', abbreviation: 'OAR' },
    { id: 'employmentService', abbreviation: 'SEPE' },
    { id: 'socialServices', abbreviation: 'SS.SS.' },
    { id: 'healthCentre', abbreviation: 'CAP' },
    { id: 'schoolEnrolment', abbreviation: 'OME' },
    { id: 'legalAid', abbreviation: 'SOJ' },
    { id: 'gbvService', abbreviation: 'SIAD' },
    { id: 'languageCourses', abbreviation: 'CFA' },
    { id: 'redCross', abbreviation: 'Cruz Roja' },
    { id: 'caritas', abbreviation: 'Cáritas' },
    { id: 'cear', abbreviation: 'CEAR' },
    { id: 'unhcr', abbreviation: 'ACNUR' },
    { id: 'iom', abbreviation: 'OIM' },
    { id: 'consulate', abbreviation: 'Consulado' },
  ],
  seminarTypes: [
    // The three modules of Catalonia's first-reception service (Law 10/2010).
    'firstReceptionCatalan',
    'firstReceptionLabour',
    'firstReceptionSociety',
    'spanishLanguage',
    'rightsOrientation',
    'jobSearchWorkshop',
  ],
  detailsRecord: 'migrantDetails',
  relativeRoles: { familyMember: 'other' },
  detailFields: [
    { id: 'countryOfOrigin', kind: 'country' },
    { id: 'arrivalDate', kind: 'date' },
    {
      id: 'administrativeStatus',
      kind: 'choice',
      options: [
        'regular',
        'irregular',
        'asylumSeeker',
        'refugee',
        'pendingRenewal',
        'stateless',
        'unknown',
      ],
      // An irregular status on record can harm the person if it leaks.
      sensitive: true,
    },
    {
      id: 'documentType',
      kind: 'choice',
      options: [
        'passport',
        'nationalId',
        'residenceCard',
        'asylumSeekerDocument',
        'travelDocument',
        'none',
        'other',
      ],
    },
    { id: 'documentNumber', kind: 'text', sensitive: true },
    { id: 'languagesSpoken', kind: 'text' },
    /** Empadronamiento: the municipal register that opens health care and school in Spain. */
    { id: 'municipalRegister', kind: 'choice', options: YES_NO_UNKNOWN },
  ],
};
