// The desk preset's referral partners become stakeholders, so that a referral names an
// organisation the desk maps. This says what kind of organisation each one is and how it is named.
import type { StakeholderType } from './taxonomy';

const PARTNER_TYPES: Readonly<Record<string, StakeholderType>> = {
  // OFW desk (Philippines): the city's own offices are the local government unit.
  peso: 'localGovernmentUnit',
  cswdo: 'localGovernmentUnit',
  // Migrant desk (Spain, Argentina, Peru).
  socialServices: 'localGovernmentUnit',
  schoolEnrolment: 'localGovernmentUnit',
  languageCourses: 'localGovernmentUnit',
  gbvService: 'localGovernmentUnit',
  legalAid: 'civilSociety',
  redCross: 'civilSociety',
  cear: 'civilSociety',
  caritas: 'faithBased',
  unhcr: 'internationalOrganisation',
  iom: 'internationalOrganisation',
};

/** The stakeholder type of a preset partner; national agencies unless listed above. */
export function presetPartnerType(partnerId: string): StakeholderType {
  return PARTNER_TYPES[partnerId] ?? 'governmentAgency';
}

/**
 * "Overseas Workers Welfare Administration (OWWA)"; the abbreviation is left out when the name
 * already contains it ("UN Refugee Agency (UNHCR)", "Local hospital").
 */
export function presetPartnerName(fullName: string, abbreviation: string): string {
  const contains = fullName.toLocaleLowerCase().includes(abbreviation.toLocaleLowerCase());
  return contains ? fullName : `${fullName} (${abbreviation})`;
}
