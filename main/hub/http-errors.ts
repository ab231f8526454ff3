/** Hub error codes to HTTP status codes. */
const STATUS: Record<string, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  storage_unavailable: 503,
};

/** Domain refusals that are not listed (invalid_transition, counter_busy, …) are conflicts with the current state. */
export function httpStatusFor(code: string): number {
  return STATUS[code] ?? 409;
}
