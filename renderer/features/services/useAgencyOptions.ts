// The desk's stakeholders as the agencies a service can name, from the stakeholders feature.
import { useStakeholderOptions } from '../stakeholders';
import type { AgencyOption } from './serviceTypes';

export function useAgencyOptions(): AgencyOption[] {
  return useStakeholderOptions();
}
