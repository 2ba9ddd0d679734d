// The words a desk uses to map its stakeholders: kinds of organisation, sectors, how closely the
// desk works with them, and how two of them are linked. Labels live in
// locales/*/stakeholders.json under types.*, sectors.*, engagement.* and linkTypes.*.

export const STAKEHOLDER_TYPES = [
  'diaspora',
  'civilSociety',
  'governmentAgency',
  'localGovernmentUnit',
  'internationalOrganisation',
  'recruitmentAgency',
  'employer',
  'faithBased',
  'academia',
  'media',
  'privateSector',
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

/** Sectors and services a stakeholder works in; the directory filters on them. */
export const SECTORS = [
  'employment',
  'welfare',
  'health',
  'psychosocial',
  'legalAid',
  'shelter',
  'education',
  'skillsTraining',
  'financialLiteracy',
  'reintegration',
  'antiTrafficking',
  'advocacy',
  'culture',
  'research',
] as const;
export type Sector = (typeof SECTORS)[number];

export const ENGAGEMENT_LEVELS = ['none', 'aware', 'engaged', 'partner'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const LINK_TYPES = [
  'partnerOf',
  'memberOf',
  'funds',
  'refersTo',
  'coordinatesWith',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** "A partner of B" is the same fact as "B partner of A"; the other types have a direction. */
export const SYMMETRIC_LINK_TYPES: ReadonlySet<LinkType> = new Set([
  'partnerOf',
  'coordinatesWith',
]);

/**
 * Languages offered in the form (ISO 639 codes; names come from Intl). Philippine languages
 * first for the OFW desk, then the languages of the main destinations and migrant groups.
 */
export const STAKEHOLDER_LANGUAGES = [
  'fil',
  'en',
  'bik',
  'ceb',
  'ilo',
  'hil',
  'war',
  'ar',
  'es',
  'ca',
  'it',
  'fr',
  'de',
  'pt',
  'zh',
  'yue',
  'ja',
  'ko',
  'ms',
  'id',
  'he',
  'tr',
  'ru',
  'ro',
  'am',
  'ne',
  'ur',
  'hi',
  'bn',
  'uk',
  'wo',
  'zgh',
] as const;
