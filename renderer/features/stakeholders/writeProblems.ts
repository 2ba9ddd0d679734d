// A refused write as field problems a form can show next to its fields; null for any other
// failure, which the caller reports as such (useWriteFailure), never as bad input.
import { RecordValidationError, type FieldProblem } from '../../db';

export type { FieldProblem };

export function fieldProblemsOf(error: unknown): FieldProblem[] | null {
  return error instanceof RecordValidationError ? error.problems : null;
}

/** Blank text becomes "not given", so optional fields are left out instead of stored as "". */
export const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
