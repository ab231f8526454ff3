/**
 * The one wait figure a person is shown, on every screen (issue #15: the kiosk, the board, the
 * counter, the dashboard, the floor tablet and the phone each showed a different figure for the same
 * queue at the same moment: p10–p90, p50, p50–p90). The figure is the estimate's p10–p90 in whole
 * minutes: the calibrated range (estimate.ts: about 90 % of real waits fall inside it on the simulated
 * days; p50–p90 held about 40 %). Each app writes it in its own words and digits
 * (shared/i18n/wait-text.ts), never with its own rounding or its own percentile.
 *
 * What the figure is of depends on the estimate given: a queue's estimate is a newcomer's (a ticket
 * taken now: kiosk, board, counter, dashboard, floor), a ticket's is that ticket's own (the phone's
 * status page); the screens label them so.
 */

/** The fields of an estimate the figure reads (the hub's WaitEstimate and its wire view both fit). */
export interface EstimateForDisplay {
  /** Absent from older hubs: the range then starts at p50. */
  p10Minutes?: number | undefined;
  p50Minutes: number;
  p90Minutes: number;
  /** Counters now serving the queue; the hub's estimate assumes one when there are none. */
  counters: number;
}

export type WaitShown =
  /** No counter is open for the queue: any minutes would be a guess about when one opens. */
  | { kind: 'none' }
  /** Called within a minute, nine times in ten: minutes would read as a promise of a wait. */
  | { kind: 'soon' }
  /** From `low` to `high` whole minutes, `low` ≤ `high`, `high` ≥ 1 (equal bounds: one duration). */
  | { kind: 'range'; low: number; high: number };

export function waitShown(estimate: EstimateForDisplay): WaitShown {
  if (estimate.counters === 0) return { kind: 'none' };
  if (estimate.p90Minutes < 1) return { kind: 'soon' };
  const low = Math.max(0, Math.round(estimate.p10Minutes ?? estimate.p50Minutes));
  // p90 ≥ 1 rounds to at least 1; the max keeps the order when an older hub's p50 is above its p90.
  return { kind: 'range', low, high: Math.max(low, Math.round(estimate.p90Minutes)) };
}
