// A record that failed its schema: field paths with message keys the UI translates.
import type { z } from 'zod';

export interface FieldProblem {
  path: string;
  /** An i18n key in the "common" namespace (errors.*) or zod's own message. */
  message: string;
}

export class RecordValidationError extends Error {
  constructor(
    readonly table: string,
    readonly problems: FieldProblem[],
  ) {
    super(`Invalid ${table}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    this.name = 'RecordValidationError';
  }

  static fromZod(table: string, error: z.ZodError): RecordValidationError {
    return new RecordValidationError(
      table,
      error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
}
