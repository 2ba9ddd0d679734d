// The writes of the services screens, bound to the staff member who makes them.
import { useMemo } from 'react';
import { useWriteContext } from '../../db';
import { createService, deleteService, updateService } from './servicesRepository';
import type { ServiceInput } from './serviceTypes';

export function useServiceWrites() {
  const ctx = useWriteContext();
  return useMemo(
    () => ({
      create: (input: ServiceInput) => createService(ctx, input),
      update: (id: string, changes: Partial<ServiceInput>) => updateService(ctx, id, changes),
      remove: (id: string) => deleteService(ctx, id),
    }),
    [ctx],
  );
}
