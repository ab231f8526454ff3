/** Every refusal the hub can give; each has a human message in both languages in shared/i18n. */
export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'invalid_transition',
  'queue_closed',
  /** Walk-in tickets outside the opening hours (shared/domain/opening-state.ts). */
  'centre_closed',
  /** Walk-in tickets after the queue's last-ticket time before closing. */
  'last_ticket_passed',
  'priority_not_eligible',
  'counter_busy',
  'counter_not_open',
  'counter_taken',
  'staff_at_other_counter',
  'not_your_visit',
  'recalls_required',
  /** An idempotency key already used by this caller for a different request. */
  'idempotency_conflict',
  'payload_too_large',
  'rate_limited',
  'storage_unavailable',
  /** "Back up now" on a hub that takes no backups (no DAWR_BACKUP_DIR). */
  'backups_off',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A refusal by the domain: nothing was changed. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function fail(code: ErrorCode, message: string): never {
  throw new DomainError(code, message);
}
