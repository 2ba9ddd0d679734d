// The service form's values: the record's fields without its metadata, and empty defaults.
import type { z } from 'zod';
import { META_FIELDS, type serviceSchema } from '../../../domain/records';
import type { Service, ServiceInput } from './serviceTypes';

export type ServiceValues = z.output<typeof serviceSchema>;

export const EMPTY_SERVICE: ServiceInput = {
  name: '',
  documents: [],
  steps: [],
  languages: [],
  categories: [],
  verificationStatus: 'toVerify',
  content: {},
};

export function serviceFormValues(service: Service): ServiceInput {
  const meta = new Set<string>(META_FIELDS);
  return Object.fromEntries(
    Object.entries(service).filter(([key]) => !meta.has(key)),
  ) as ServiceInput;
}
