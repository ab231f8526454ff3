/** "Your turn is near": the rule the hub's notifier applies to a waiting ticket's estimate. */
import { describe, expect, it } from 'vitest';
import type { WaitEstimate } from '../../shared/domain/estimate.js';
import { DEFAULT_NEAR_NOTICE, turnIsNear } from '../../shared/domain/estimate-notice.js';
import { estimateVisit } from '../../shared/domain/estimate.js';
import { harness } from './helpers.js';

const estimate = (ahead: number, p10: number | undefined, p50: number): WaitEstimate => ({
  ahead,
  ...(p10 === undefined ? {} : { p10Minutes: p10 }),
  p50Minutes: p50,
  p90Minutes: p50 * 1.5,
  counters: 1,
  pastClosing: false,
});

describe('turnIsNear', () => {
  const rule = { leadMinutes: 10, ahead: 1 };

  it('fires when halfway between p10 and p50 is within the lead time, however many are ahead', () => {
    expect(turnIsNear(estimate(8, 6, 14), rule)).toBe(true); // midpoint 10
    expect(turnIsNear(estimate(8, 7, 14), rule)).toBe(false); // midpoint 10.5
    // Without a p10 (an older estimate), p50 stands for both.
    expect(turnIsNear(estimate(8, undefined, 10), rule)).toBe(true);
    expect(turnIsNear(estimate(8, undefined, 10.1), rule)).toBe(false);
  });

  it('fires at the few-ahead count even when the estimate is far off', () => {
    expect(turnIsNear(estimate(1, 30, 40), rule)).toBe(true);
    expect(turnIsNear(estimate(2, 30, 40), rule)).toBe(false);
  });

  it('each part can be turned off with 0, and both off means never', () => {
    expect(turnIsNear(estimate(0, 30, 40), { leadMinutes: 10, ahead: 0 })).toBe(false);
    expect(turnIsNear(estimate(9, 1, 2), { leadMinutes: 0, ahead: 1 })).toBe(false);
    expect(turnIsNear(estimate(0, 0, 0), { leadMinutes: 0, ahead: 0 })).toBe(false);
  });

  it('warns the fifth in line when three counters serve the queue, not when one does', () => {
    const fifthIn = (counters: [string, string][]) => {
      const h = harness();
      for (const [c, s] of counters) h.open(c, s);
      const line = Array.from({ length: 5 }, () => h.issue('eid-renew'));
      return estimateVisit(h.state, line[4]!, h.now);
    };
    const fast = fifthIn([
      ['c1', 's1'],
      ['c2', 's2'],
      ['c3', 's3'],
    ]);
    const slow = fifthIn([['c1', 's1']]);
    expect(fast.ahead).toBe(4);
    expect(slow.ahead).toBe(4);
    expect(turnIsNear(fast, DEFAULT_NEAR_NOTICE)).toBe(true);
    expect(turnIsNear(slow, DEFAULT_NEAR_NOTICE)).toBe(false);
  });
});
