import { useCallback } from 'react';
import { toIntakeInput, type IntakeFormValues } from '../../../../domain/cases/intakeForm';
import { clearDraft, useWriteContext } from '../../../db';
import { useDesk, usePreset } from '../../settings';
import { createCase } from '../caseRepository';
import { INTAKE_DRAFT_ID } from './useIntakeDraft';

/** Saves the intake as a case (all or nothing), then forgets the draft. */
export function useCreateCase() {
  const ctx = useWriteContext();
  const preset = usePreset();
  const { profile } = useDesk();
  return useCallback(
    async (values: IntakeFormValues) => {
      const created = await createCase(ctx, profile, toIntakeInput(preset, values));
      await clearDraft(ctx.db, INTAKE_DRAFT_ID);
      return created;
    },
    [ctx, preset, profile],
  );
}
