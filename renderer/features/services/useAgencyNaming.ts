// Names the agency of each service: the stakeholder's name, or the preset partner's label
// while the desk has no stakeholder for it.
import { useCallback } from 'react';
import { resolveAgency, type ResolvedAgency } from './resolveAgency';
import type { Service } from './serviceTypes';
import { useAgencyOptions } from './useAgencyOptions';
import { usePresetLabels } from './usePresetLabels';

export type NamedAgency = ResolvedAgency & { name: string };

export function useAgencyNaming() {
  const agencies = useAgencyOptions();
  const { partner } = usePresetLabels();
  const agencyOf = useCallback(
    (service: Pick<Service, 'agencyId' | 'agencyPresetId'>): NamedAgency | null => {
      const resolved = resolveAgency(service, agencies);
      if (!resolved) return null;
      return { ...resolved, name: resolved.name ?? partner(resolved.presetPartnerId ?? '') };
    },
    [agencies, partner],
  );
  return { agencies, agencyOf };
}
