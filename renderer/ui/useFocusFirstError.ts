// After a save that failed validation, the focus goes to the first field in error in the order
// the form shows its fields. react-hook-form's own focus follows the order in which fields were
// registered, which a field shown later (the OFW picker, once the client's role asks for it)
// breaks, and it skips fields that do not hand it a ref.
import { useEffect, useRef } from 'react';
import type { FieldValues, FormState } from 'react-hook-form';

/** A field in error: an input marks itself aria-invalid; a group of chips, data-invalid. */
const INVALID = '[aria-invalid="true"], [data-invalid="true"]';
const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button, [tabindex]';

export function focusFirstInvalid(form: HTMLElement | null) {
  const first = form?.querySelector<HTMLElement>(INVALID);
  const target = first?.matches(FOCUSABLE) ? first : first?.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
}

/**
 * Returns the ref for the <form>. Use with `shouldFocusError: false` in useForm. The focus moves
 * once per failed submit, after the errors are on screen, never while the officer fixes them.
 */
export function useFocusFirstError<T extends FieldValues>(formState: FormState<T>) {
  const ref = useRef<HTMLFormElement>(null);
  const handled = useRef(0);
  // Reading these here subscribes the form to them (formState is a proxy).
  const { submitCount, isSubmitSuccessful, errors } = formState;
  const failed = !isSubmitSuccessful && Object.keys(errors).length > 0;
  useEffect(() => {
    if (submitCount === handled.current) return;
    handled.current = submitCount;
    if (failed) focusFirstInvalid(ref.current);
  }, [submitCount, failed]);
  return ref;
}
