// The service record as this feature reads and writes it.
import type { RecordInput, StoredRecord } from '../../../domain/records';

export type Service = StoredRecord<'services'>;
export type ServiceInput = RecordInput<'services'>;

/** An agency a service can name: a stakeholder of the desk. */
export interface AgencyOption {
  id: string;
  name: string;
  presetPartnerId?: string;
}
