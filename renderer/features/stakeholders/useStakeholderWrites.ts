// The stakeholder repository functions bound to the staff member who writes, for components.
import { useMemo } from 'react';
import type { Observation } from '../../../domain/records';
import { useWriteContext } from '../../db';
import { createLink, deleteLink, type LinkInput } from './linkRepository';
import {
  addObservation,
  createStakeholder,
  deleteStakeholder,
  removeObservation,
  updateStakeholder,
  type StakeholderInput,
} from './stakeholderRepository';

export function useStakeholderWrites() {
  const ctx = useWriteContext();
  return useMemo(
    () => ({
      create: (input: StakeholderInput) => createStakeholder(ctx, input),
      update: (id: string, changes: Partial<StakeholderInput>) =>
        updateStakeholder(ctx, id, changes),
      remove: (id: string) => deleteStakeholder(ctx, id),
      addObservation: (id: string, observation: Observation) =>
        addObservation(ctx, id, observation),
      removeObservation: (id: string, observation: Observation) =>
        removeObservation(ctx, id, observation),
      createLink: (input: LinkInput) => createLink(ctx, input),
      deleteLink: (id: string) => deleteLink(ctx, id),
    }),
    [ctx],
  );
}
