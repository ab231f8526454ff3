/**
 * The status page's live link (renderer/status/live-link.ts): what a refused or failed socket
 * means for the citizen, and how long the page waits before asking the hub again. The whole
 * refusal and recovery is shown in a browser by tests/e2e/status-page-clarity.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { linkProblemOf, RETRY_DELAYS_MS, retryDelay } from '../../renderer/status/live-link.js';

describe('linkProblemOf', () => {
  it("names the hub's refusal for too many sockets as busy", () => {
    expect(linkProblemOf(new Error('rate_limited'))).toBe('busy');
  });

  it('names anything else (no network, the hub down, a timeout) as unreachable', () => {
    for (const message of ['websocket error', 'timeout', 'xhr poll error', 'forbidden'])
      expect(linkProblemOf(new Error(message))).toBe('unreachable');
  });
});

describe('retryDelay', () => {
  const middle = () => 0.5;

  it('waits longer after each refusal, then keeps to the last step', () => {
    const waits = [0, 1, 2, 3, 4, 5, 12].map((n) => retryDelay(n, middle));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
  });

  it('spreads each wait by at most a fifth either way, so refused phones do not return together', () => {
    RETRY_DELAYS_MS.forEach((base, attempt) => {
      expect(retryDelay(attempt, () => 0)).toBe(Math.round(base * 0.8));
      expect(retryDelay(attempt, () => 0.999999)).toBeLessThanOrEqual(Math.round(base * 1.2));
      expect(retryDelay(attempt, () => 0.999999)).toBeGreaterThan(base);
    });
  });

  it('treats a negative attempt as the first', () => {
    expect(retryDelay(-3, middle)).toBe(1000);
  });
});
