// Keeps the intake in progress on this computer while it is typed, so an accidental reload,
// a crash or closing the app loses nothing; restores it when the intake page opens again.
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { IntakeFormValues } from '../../../../domain/cases/intakeForm';
import { clearDraft, loadDraft, saveDraft, useDatabase } from '../../../db';

export const INTAKE_DRAFT_ID = 'intake';
const SAVE_DELAY_MS = 400;

interface StoredDraft {
  values: IntakeFormValues;
  savedAt: string;
}

export function useIntakeDraft(form: UseFormReturn<IntakeFormValues>) {
  const db = useDatabase();
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [ready, setReady] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadDraft<StoredDraft>(db, INTAKE_DRAFT_ID).then((draft) => {
      if (!live) return;
      if (draft) {
        form.reset(draft.values);
        setRestoredAt(draft.savedAt);
      }
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [db, form]);

  useEffect(() => {
    if (!ready) return;
    const subscription = form.watch((values) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const at = new Date();
        void saveDraft(db, INTAKE_DRAFT_ID, { values, savedAt: at.toISOString() }).then(() =>
          setSavedAt(at),
        );
      }, SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [db, form, ready]);

  const discard = async (empty: IntakeFormValues) => {
    clearTimeout(timer.current);
    await clearDraft(db, INTAKE_DRAFT_ID);
    form.reset(empty);
    setRestoredAt(null);
    setSavedAt(null);
  };

  /** Called when the case is being saved: a draft save still waiting must not resurrect it. */
  const cancelPendingSave = () => clearTimeout(timer.current);

  return { ready, restoredAt, savedAt, discard, cancelPendingSave };
}
