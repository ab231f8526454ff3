/** Hub error codes to HTTP status codes, and back (for errors raised by Fastify and its plugins). */
const STATUS: Record<string, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  // A dependency of the hub (the SMS provider) or its configuration (no public origin) is missing.
  sms_unavailable: 503,
  public_origin_missing: 503,
  storage_unavailable: 503,
};

/** Domain refusals that are not listed (invalid_transition, counter_busy, …) are conflicts with the current state. */
export function httpStatusFor(code: string): number {
  return STATUS[code] ?? 409;
}

const CODE_OF_STATUS: Record<number, string> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** The refusal code for an HTTP status raised outside the hub's own routes (Fastify, a plugin). */
export function codeForStatus(status: number): string {
  return CODE_OF_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}
