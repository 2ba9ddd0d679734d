// The case page's writes, bound to the desk and the staff member.
import { useMemo } from 'react';
import { useWriteContext } from '../../../db';
import { useDesk } from '../../settings';
import {
  addContactAttempt,
  addFollowUp,
  addNote,
  addReferral,
  addReferralResponse,
  completeFollowUp,
  type CaseEvent,
  type ReferralInput,
} from '../caseEventRepository';
import type { CaseFacts } from '../../../../domain/cases/caseFactsForm';
import { changeStatus, undoStatusChange, updateCaseFacts } from '../caseRepository';

export function useCaseActions(caseId: string) {
  const ctx = useWriteContext();
  const { profile } = useDesk();
  return useMemo(
    () => ({
      addNote: (text: string) => addNote(ctx, caseId, text),
      addContactAttempt: (text: string) => addContactAttempt(ctx, caseId, text),
      addFollowUp: (dueAt: string, text: string) => addFollowUp(ctx, caseId, dueAt, text),
      completeFollowUp: (event: CaseEvent) => completeFollowUp(ctx, event),
      addReferral: (input: Omit<ReferralInput, 'caseId'>) => addReferral(ctx, { ...input, caseId }),
      addReferralResponse: (referral: CaseEvent, text: string) =>
        addReferralResponse(ctx, referral, text),
      changeStatus: (to: string, outcome?: string) =>
        changeStatus(ctx, profile.presetId, caseId, to, outcome),
      undoStatusChange: (eventId: string) => undoStatusChange(ctx, caseId, eventId),
      updateFacts: (facts: CaseFacts) => updateCaseFacts(ctx, profile.presetId, caseId, facts),
    }),
    [ctx, caseId, profile.presetId],
  );
}
