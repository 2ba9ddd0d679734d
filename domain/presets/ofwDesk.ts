// The OFW help desk of a Philippine city or municipality (RA 10022 §16(d)).
// Categories follow DMW's AKSYON Fund orders and the desk's own services; partners are the
// agencies a desk actually refers to. Labels live in locales/*/presets.json under "ofw-ph".
import type { DeskPreset, StatusDefinition } from './types';

const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;

// Every closed case can be reopened: an OFW often comes back about the same matter
// (a delayed OWWA benefit, a second repatriation request), and a new case would split its history.
const REOPEN = ['inProgress'] as const;

/**
 * The usual desk workflow: intake, work on it, wait for the client's papers or a partner's
 * answer, check back when a follow-up falls due (e.g. two days after emailing OWWA), close
 * with an outcome.
 */
export const ofwDeskStatuses: readonly StatusDefinition[] = [
  {
    id: 'new',
    // A walk-in asking for pre-employment information is often answered and closed at once.
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
    /** Referred to a partner (DMW, OWWA …), waiting for its response. */
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
      'referred',
      'closedResolved',
      'closedUnresolved',
      'closedReferredOut',
      'closedNoContact',
    ],
  },
  { id: 'closedResolved', next: REOPEN, closing: true },
  { id: 'closedUnresolved', next: REOPEN, closing: true },
  /** Handed over to a partner that keeps the case; the desk no longer follows it. */
  { id: 'closedReferredOut', next: REOPEN, closing: true },
  { id: 'closedNoContact', next: REOPEN, closing: true },
];

export const ofwDeskPreset: DeskPreset = {
  id: 'ofw-ph',
  homeCountry: 'PH',
  topDestinations: [
    'SA',
    'AE',
    'KW',
    'QA',
    'HK',
    'SG',
    'TW',
    'JP',
    'MY',
    'OM',
    'BH',
    'IT',
    'CA',
    'US',
    'KR',
    'GB',
  ],
  categories: [
    'repatriation',
    'welfareCheck',
    'contractViolation',
    'abuse',
    'illegalRecruitment',
    'legalAssistance',
    'detentionAbroad',
    'healthCareAccess',
    'illnessInjury',
    'deathAndRemains',
    'financialAssistance',
    'displacement',
    'owwaMembership',
    'documents',
    'preEmploymentInfo',
    'reintegration',
    'psychosocialSupport',
    'other',
  ],
  clientRoles: [
    'ofwLandBased',
    'ofwSeaBased',
    'prospectiveOfw',
    'returnedOfw',
    'familySpouse',
    'familyChild',
    'familyParent',
    'familySibling',
    'familyOther',
  ],
  statuses: ofwDeskStatuses,
  initialStatus: 'new',
  referralPartners: [
    { id: 'dmw', abbreviation: 'DMW' },
    { id: 'owwa', abbreviation: 'OWWA' },
    { id: 'dfa', abbreviation: 'DFA' },
    { id: 'dole', abbreviation: 'DOLE' },
    { id: 'peso', abbreviation: 'PESO' },
    { id: 'tesda', abbreviation: 'TESDA' },
    { id: 'philhealth', abbreviation: 'PhilHealth' },
    { id: 'dswd', abbreviation: 'DSWD' },
    { id: 'cswdo', abbreviation: 'CSWDO' },
    { id: 'cfo', abbreviation: 'CFO' },
    { id: 'pao', abbreviation: 'PAO' },
    { id: 'nbi', abbreviation: 'NBI' },
    { id: 'localHospital', abbreviation: 'Hospital' },
  ],
  seminarTypes: [
    'peos',
    'pdos',
    'cityPreMigration',
    'illegalRecruitmentAwareness',
    'financialLiteracy',
    'healthAwareness',
    'reintegration',
  ],
  // Ids match ofwDetailsSchema in domain/records/cases.ts.
  detailsRecord: 'ofwDetails',
  relativeRoles: {
    familySpouse: 'spouse',
    familyChild: 'parent',
    familyParent: 'child',
    familySibling: 'sibling',
    familyOther: 'other',
  },
  detailFields: [
    { id: 'destinationCountry', kind: 'country' },
    { id: 'destinationCity', kind: 'text' },
    { id: 'occupation', kind: 'text' },
    { id: 'employer', kind: 'text' },
    { id: 'recruitmentAgency', kind: 'text' },
    { id: 'agencyLicensed', kind: 'choice', options: YES_NO_UNKNOWN },
    {
      id: 'deploymentStatus',
      kind: 'choice',
      options: [
        'prospective',
        'deployed',
        'onLeave',
        'returnedEndOfContract',
        'returnedDistressed',
        'undocumented',
      ],
    },
    { id: 'contractStart', kind: 'date' },
    { id: 'contractEnd', kind: 'date' },
    { id: 'owwaMember', kind: 'choice', options: YES_NO_UNKNOWN },
    { id: 'eRegistrationNumber', kind: 'text', sensitive: true },
  ],
};
