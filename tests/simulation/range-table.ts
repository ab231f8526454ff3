/**
 * The shown p10–p90 range judged where it matters to a citizen, per bucket of people ahead at issue
 * and for waits over an hour: the share of actual waits inside it, the misses on each side (a call
 * before p10 is the side that costs a citizen their turn; after p90, their patience), and the median
 * width. Overall coverage alone hid a lopsided range: under 1 % of waits before p10, over 10 % after p90.
 */
import { quantile } from './quantile.js';

export interface RangeRecord {
  ahead: number;
  p10: number;
  p50: number;
  p90: number;
  /** Minutes from issue to the call. */
  waited: number;
}

export interface RangeFigures {
  scored: number;
  inside: number;
  belowP10: number;
  aboveP90: number;
  /** Median of p90 − p10, in minutes. */
  medianWidth: number;
}

export const RANGE_BUCKETS: readonly { label: string; holds: (r: RangeRecord) => boolean }[] = [
  { label: 'all', holds: () => true },
  { label: '0 ahead', holds: (r) => r.ahead === 0 },
  { label: '1–3 ahead', holds: (r) => r.ahead >= 1 && r.ahead <= 3 },
  { label: '4–10 ahead', holds: (r) => r.ahead >= 4 && r.ahead <= 10 },
  { label: '11+ ahead', holds: (r) => r.ahead >= 11 },
  { label: 'waited > 60 min', holds: (r) => r.waited > 60 },
];

function figuresOf(records: readonly RangeRecord[]): RangeFigures {
  const n = records.length;
  const share = (test: (r: RangeRecord) => boolean) => (n ? records.filter(test).length / n : NaN);
  return {
    scored: n,
    inside: share((r) => r.waited >= r.p10 && r.waited <= r.p90),
    belowP10: share((r) => r.waited < r.p10),
    aboveP90: share((r) => r.waited > r.p90),
    medianWidth: quantile(
      records.map((r) => r.p90 - r.p10),
      0.5,
    ),
  };
}

/** Bucket label → figures, in RANGE_BUCKETS order. */
export function rangeTable(records: readonly RangeRecord[]): Record<string, RangeFigures> {
  return Object.fromEntries(RANGE_BUCKETS.map((b) => [b.label, figuresOf(records.filter(b.holds))]));
}
