// The stakeholders as choices for another feature's picker (a case's referral partner).
import { useMemo } from 'react';
import type { StakeholderType } from '../../../domain/stakeholders/taxonomy';
import { useStakeholders } from './useStakeholders';

export interface StakeholderOption {
  id: string;
  name: string;
  type: StakeholderType;
  /** Set when the stakeholder stands for a referral partner of the desk preset ("owwa"). */
  presetPartnerId?: string;
}

/** Sorted by name in the interface language; empty while loading. */
export function useStakeholderOptions(): StakeholderOption[] {
  const stakeholders = useStakeholders();
  return useMemo(
    () =>
      (stakeholders ?? []).map(({ id, name, type, presetPartnerId }) => ({
        id,
        name,
        type,
        ...(presetPartnerId ? { presetPartnerId } : {}),
      })),
    [stakeholders],
  );
}
