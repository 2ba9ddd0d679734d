// Keeps the intake in progress on this computer while it is typed, so an accidental reload,
// a crash or closing the app loses nothing; restores it when the intake page opens again.
// Typing is saved a moment after the last keystroke; leaving the page (another screen, a
// hidden or closing window) saves what is still waiting at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { isBlankIntake, type IntakeFormValues } from '../../../../domain/cases/intakeForm';
import { clearDraft, loadDraft, saveDraft, useDatabase } from '../../../db';

export const INTAKE_DRAFT_ID = 'intake';
/** How long after the last change the draft is written. */
export const DRAFT_SAVE_DELAY_MS = 400;

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
  /** A change the draft on disk does not hold yet. */
  const pending = useRef(false);

  useEffect(() => {
    let live = true;
    void loadDraft<StoredDraft>(db, INTAKE_DRAFT_ID).then((draft) => {
      if (!live) return;
      if (draft && !isBlankIntake(draft.values)) {
        form.reset(draft.values);
        setRestoredAt(draft.savedAt);
      }
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [db, form]);

  /** Writes the pending change now; an intake emptied of everything leaves no draft behind. */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    // When the whole app goes away, its database closes before this page lets go of it.
    if (!pending.current || !db.isOpen()) return;
    pending.current = false;
    const values = form.getValues();
    if (isBlankIntake(values)) {
      await clearDraft(db, INTAKE_DRAFT_ID);
      setSavedAt(null);
      return;
    }
    const at = new Date();
    await saveDraft(db, INTAKE_DRAFT_ID, { values, savedAt: at.toISOString() });
    setSavedAt(at);
  }, [db, form]);

  useEffect(() => {
    if (!ready) return;
    const subscription = form.watch(() => {
      pending.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_SAVE_DELAY_MS);
    });
    const onPageHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the intake for another screen: the last keystrokes are kept, not dropped.
      void flush();
    };
  }, [form, ready, flush]);

  const discard = async (empty: IntakeFormValues) => {
    clearTimeout(timer.current);
    pending.current = false;
    form.reset(empty);
    await clearDraft(db, INTAKE_DRAFT_ID);
    setRestoredAt(null);
    setSavedAt(null);
  };

  /** Called when the case is being saved: a draft save still waiting must not resurrect it. */
  const cancelPendingSave = () => {
    clearTimeout(timer.current);
    pending.current = false;
  };

  return { ready, restoredAt, savedAt, discard, cancelPendingSave };
}
