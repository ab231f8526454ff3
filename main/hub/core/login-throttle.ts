/**
 * Throttles PIN guessing without letting a stranger lock someone else out.
 *
 * Each attempt is counted against three keys: the account from this client, this client on any
 * account, and the account from any client. Each key has a budget of free failures; past it, one
 * attempt at a time is allowed after a delay that doubles with every further failure (1 s, 2 s,
 * 4 s … at most 15 min). The attempt is *reserved* before the slow PIN hash runs, synchronously,
 * so a burst of parallel guesses cannot all be evaluated: at most the free budget is in flight.
 *
 * The per-account budget across clients is much larger than the per-client one, so a guesser on
 * one machine slows only themself: the account's owner signs in from their own counter.
 * Pure: the clock is injected, nothing is stored (a restart forgets the counts).
 */
export interface ThrottlePolicy {
  /** Failures allowed before delays start, per key kind. */
  freeFailures: { accountFromClient: number; client: number; account: number };
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long is forgotten. */
  forgetAfterMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: { accountFromClient: 5, client: 20, account: 50 },
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 15 * 60_000,
};

interface KeyState {
  failures: number;
  lastFailureAt: number;
  inFlight: number;
}

type KeyKind = keyof ThrottlePolicy['freeFailures'];

/** A reserved attempt: settle it exactly once with the PIN check's result. */
export interface Reservation {
  readonly keys: readonly string[];
}

export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; retryAfterMs: number };

export class LoginThrottle {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly now: () => number,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
  ) {}

  /** Reserves an attempt for `account` from `client`, or says how long to wait. */
  reserve(account: string, client: string): ReserveResult {
    const now = this.now();
    const named: [KeyKind, string][] = [
      ['accountFromClient', `a:${account}\u0000c:${client}`],
      ['client', `c:${client}`],
      ['account', `a:${account}`],
    ];
    let wait = 0;
    for (const [kind, key] of named) wait = Math.max(wait, this.waitFor(kind, this.current(key, now), now));
    if (wait > 0) return { ok: false, retryAfterMs: wait };
    for (const [, key] of named) {
      const s = this.keys.get(key) ?? { failures: 0, lastFailureAt: now, inFlight: 0 };
      s.inFlight++;
      this.keys.set(key, s);
    }
    return { ok: true, reservation: { keys: named.map(([, key]) => key) } };
  }

  /** Ends a reserved attempt. A success forgets this client's failures on that account. */
  settle(reservation: Reservation, succeeded: boolean): void {
    const now = this.now();
    reservation.keys.forEach((key, i) => {
      const s = this.keys.get(key);
      if (!s) return;
      s.inFlight = Math.max(0, s.inFlight - 1);
      if (succeeded && i === 0) this.keys.delete(key);
      else if (!succeeded) {
        s.failures++;
        s.lastFailureAt = now;
      } else if (s.failures === 0 && s.inFlight === 0) this.keys.delete(key);
    });
  }

  /** Forgets keys idle for longer than the policy says; returns how many are left. */
  purge(): number {
    const now = this.now();
    for (const [key, s] of this.keys)
      if (s.inFlight === 0 && now - s.lastFailureAt >= this.policy.forgetAfterMs) this.keys.delete(key);
    return this.keys.size;
  }

  get size(): number {
    return this.keys.size;
  }

  /** A key's state, forgotten first if it has been idle long enough. */
  private current(key: string, now: number): KeyState | undefined {
    const s = this.keys.get(key);
    if (s && s.inFlight === 0 && now - s.lastFailureAt >= this.policy.forgetAfterMs) {
      this.keys.delete(key);
      return undefined;
    }
    return s;
  }

  private waitFor(kind: KeyKind, s: KeyState | undefined, now: number): number {
    if (!s) return 0;
    const free = this.policy.freeFailures[kind];
    if (s.failures + s.inFlight < free) return 0;
    // Past the free budget: one attempt at a time, each after a doubling delay.
    if (s.inFlight > 0) return this.policy.baseDelayMs;
    const delay = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (s.failures - free));
    return Math.max(0, s.lastFailureAt + delay - now);
  }
}
