/**
 * The abuse limits of joining a queue from a phone, as pure rules: how many one-time codes a
 * number, a device and an address may ask for, and what a typed code attempt does.
 */
export interface JoinLimits {
  codesPerNumberPerHour: number;
  codesPerDevicePerHour: number;
  codesPerAddressPerHour: number;
  /** A code is good for this long. */
  codeTtlMs: number;
  /** Wrong attempts after which the code is void. */
  maxAttempts: number;
  /** Open remote tickets one number may hold per business day. */
  ticketsPerNumberPerDay: number;
}

export const DEFAULT_JOIN_LIMITS: JoinLimits = {
  codesPerNumberPerHour: 3,
  codesPerDevicePerHour: 5,
  codesPerAddressPerHour: 30,
  codeTtlMs: 5 * 60_000,
  maxAttempts: 5,
  ticketsPerNumberPerDay: 1,
};

export interface Refusal {
  code: string;
  message: string;
}

/** Codes asked for in the last hour by this number, this device and this address. */
export interface RecentRequests {
  number: number;
  device: number;
  address: number;
  /** Remote tickets of this number today that are still open. */
  openTickets: number;
}

export function codeRequestRefusal(recent: RecentRequests, l: JoinLimits): Refusal | null {
  if (recent.openTickets >= l.ticketsPerNumberPerDay)
    return { code: 'already_joined', message: 'this number already has a ticket today' };
  if (recent.number >= l.codesPerNumberPerHour)
    return { code: 'rate_limited', message: `at most ${l.codesPerNumberPerHour} codes per number per hour` };
  if (recent.device >= l.codesPerDevicePerHour)
    return { code: 'rate_limited', message: `at most ${l.codesPerDevicePerHour} codes per device per hour` };
  if (recent.address >= l.codesPerAddressPerHour)
    return { code: 'rate_limited', message: 'too many codes from this network; try again later' };
  return null;
}

export interface PendingCode {
  status: 'pending' | 'used' | 'voided';
  expiresAt: number;
  attempts: number;
}

export type AttemptOutcome =
  | { ok: true }
  | (Refusal & {
      ok: false;
      /** The attempts to record (unchanged when the code was not tried). */ attempts: number;
      voided: boolean;
    });

/** What typing a code does: accepted, or refused (counting the attempt, voiding at the limit). */
export function attemptCode(c: PendingCode, now: number, matches: boolean, l: JoinLimits): AttemptOutcome {
  const unchanged = { ok: false as const, attempts: c.attempts, voided: c.status === 'voided' };
  if (c.status === 'used')
    return { ...unchanged, code: 'code_voided', message: 'this code was already used' };
  if (c.status === 'voided' || c.attempts >= l.maxAttempts)
    return { ...unchanged, code: 'code_voided', message: 'too many wrong codes; ask for a new one' };
  if (now > c.expiresAt)
    return { ...unchanged, code: 'code_expired', message: 'the code expired; ask for a new one' };
  if (matches) return { ok: true };
  const attempts = c.attempts + 1;
  const voided = attempts >= l.maxAttempts;
  return voided
    ? { ok: false, attempts, voided, code: 'code_voided', message: 'too many wrong codes; ask for a new one' }
    : {
        ok: false,
        attempts,
        voided,
        code: 'code_wrong',
        message: `wrong code; ${l.maxAttempts - attempts} attempts left`,
      };
}
