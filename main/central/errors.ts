// The one error shape every central endpoint returns: { code, message, details? }.
import type { z } from 'zod';
import type { ApiError as ApiErrorBody } from '../../shared/central/api.js';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: ApiErrorBody['details'],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ApiErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export function issueDetails(error: z.ZodError): NonNullable<ApiErrorBody['details']> {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses untrusted input or throws a 400 naming every problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ApiError(400, 'invalid_request', `invalid ${what}`, issueDetails(result.error));
  }
  return result.data;
}
