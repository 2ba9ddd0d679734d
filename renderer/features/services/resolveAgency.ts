// Which agency a service names: its stakeholder, else the stakeholder standing for its preset
// partner (a starter service seeded before the stakeholders were), else the preset partner.
import type { AgencyOption, Service } from './serviceTypes';

export interface ResolvedAgency {
  /** Stable key for filtering: a stakeholder id, or `preset:<partnerId>`. */
  key: string;
  stakeholderId?: string;
  presetPartnerId?: string;
  /** The stakeholder's name; undefined when only the preset partner is known. */
  name?: string;
}

type AgencyFields = Pick<Service, 'agencyId' | 'agencyPresetId'>;

export function resolveAgency(
  service: AgencyFields,
  agencies: readonly AgencyOption[],
): ResolvedAgency | null {
  const byId = service.agencyId && agencies.find((a) => a.id === service.agencyId);
  if (byId) return { key: byId.id, stakeholderId: byId.id, name: byId.name };
  const partner = service.agencyPresetId;
  if (!partner) return null;
  const byPartner = agencies.find((a) => a.presetPartnerId === partner);
  if (byPartner) {
    return {
      key: byPartner.id,
      stakeholderId: byPartner.id,
      presetPartnerId: partner,
      name: byPartner.name,
    };
  }
  return { key: `preset:${partner}`, presetPartnerId: partner };
}
