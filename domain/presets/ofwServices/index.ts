// The OFW desk's starter set of services (its referral partners): one or more real
// services per agency, each with a client handout in English and Filipino (a few in more
// languages). Everything is seeded as "to be verified by the desk": fees, offices and
// procedures change, and only the desk can confirm them for its own town.
import type { PresetId } from '../../records/desk';
import type { RecordInput } from '../../records';
import { dmwAksyon, dmwOec } from './dmw';
import { dfaAssistance, dfaPassport } from './dfa';
import { doleLivelihood, pesoCheck, pesoJobs } from './employment';
import { paoLegalAid, nbiClearance, nbiComplaint } from './legal';
import { OFW_AGENCY_MANDATES } from './mandates';
import { owwaMembership, owwaWelfare } from './owwa';
import { tesdaTraining } from './tesda';
import type { StarterService } from './types';
import { warningSigns } from './warningSigns';
import { cfoGuidance, dswdAics, philhealthMembership } from './welfare';

export type { StarterHandout, StarterService } from './types';
export { OFW_AGENCY_MANDATES };

export const OFW_STARTER_SERVICES: readonly StarterService[] = [
  dmwOec,
  dmwAksyon,
  warningSigns,
  owwaMembership,
  owwaWelfare,
  dfaPassport,
  dfaAssistance,
  doleLivelihood,
  pesoJobs,
  pesoCheck,
  tesdaTraining,
  philhealthMembership,
  dswdAics,
  cfoGuidance,
  paoLegalAid,
  nbiClearance,
  nbiComplaint,
];

/** The starter services a desk of this preset begins with (none yet for the migrant desk). */
export function starterServicesFor(presetId: PresetId): readonly StarterService[] {
  return presetId === 'ofw-ph' ? OFW_STARTER_SERVICES : [];
}

/** The service record of a starter entry: the English handout doubles as its details. */
export function starterServiceRecord(
  entry: StarterService,
  agencyId?: string,
): RecordInput<'services'> {
  const en = entry.handouts.en;
  return {
    name: entry.name,
    agencyId,
    agencyPresetId: entry.agencyPresetId,
    agencyMandate: OFW_AGENCY_MANDATES[entry.agencyPresetId],
    eligibility: en.eligibility,
    documents: [...(en.documents ?? [])],
    fees: entry.fees,
    processingTime: entry.processingTime,
    steps: [...(en.steps ?? [])],
    howToApply: en.whereToApply,
    contact: entry.contact,
    languages: ['Filipino', 'English'],
    verificationStatus: 'toVerify',
    categories: [...entry.categories],
    content: structuredClone(entry.handouts),
    starterId: entry.starterId,
  };
}
