// Registers a field of the service form and gives its error in the user's language.
import { useFormContext, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useFieldError } from '../../ui/useFieldError';
import type { ServiceInput } from './serviceTypes';

export type ServicePath = FieldPath<ServiceInput>;

/** Array fields come back as per-item errors; the first one speaks for the field. */
function firstError(error: unknown): { message?: string } | undefined {
  if (!error) return undefined;
  if (Array.isArray(error)) return error.find(Boolean) as { message?: string } | undefined;
  return error;
}

export type ServiceFormField = UseFormReturn<ServiceInput> & {
  error: (name: ServicePath) => string | undefined;
};

export function useServiceFormField(): ServiceFormField {
  const form = useFormContext<ServiceInput>();
  const fieldError = useFieldError();
  const { getFieldState, formState } = form;
  return {
    ...form,
    error: (name: ServicePath) => fieldError(firstError(getFieldState(name, formState).error)),
  };
}
