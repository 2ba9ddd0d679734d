// An error with the HTTP answer it stands for. Anything else that reaches the error handler
// is a 500 with a generic message: a stack trace never leaves the server.
import type { z } from 'zod';
import type { ErrorResponse } from '../../domain/sync';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export const unauthorized = (reason: string, message: string) =>
  new HttpError(401, { error: 'unauthorized', reason, message });

export const forbidden = (message: string) =>
  new HttpError(403, { error: 'forbidden', reason: 'otherTenant', message });

export const notFound = (message: string) => new HttpError(404, { error: 'notFound', message });

/** Parses `value` with `schema`, or throws a 400 naming each field path and what is wrong. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: string) {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HttpError(400, {
    error: 'invalidRequest',
    message: `The request's ${where} is not valid`,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  });
}
