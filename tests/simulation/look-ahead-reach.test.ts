/**
 * The look-ahead's cost does not grow with the line (an overloaded hub ran it for every ticket over
 * thousands waiting): it places at most MAX_PROJECTED_CALLS calls, on overlays of the real lines.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_PROJECTED_CALLS,
  projectCalls,
  type ProjectionInputs,
} from '../../shared/domain/simulation/call-projection.js';
import { estimateVisit } from '../../shared/domain/estimate.js';
import { WaitingLine } from '../../shared/domain/waiting-list.js';
import { harness, MINUTE, SUNDAY_0800 } from '../domain/helpers.js';

const inputs: ProjectionInputs = {
  paceOf: () => ({ meanMs: 5 * MINUTE, sdMs: 2 * MINUTE }),
  breakMs: 20 * MINUTE,
  leaveShare: 0,
};

describe('the look-ahead over a line longer than it reaches', () => {
  it('places the first MAX_PROJECTED_CALLS, leaves the rest to the formula and the line as it was', () => {
    const h = harness({ now: SUNDAY_0800 });
    h.open('c1', 's1');
    const line = Array.from({ length: MAX_PROJECTED_CALLS + 5 }, () => h.issue('eid-renew'));
    const before = [...h.state.lines].map(([q, l]) => [q, l.priority.ids(), l.normal.ids()]);

    const calls = projectCalls(h.state, h.now, inputs);

    expect(calls.size).toBe(MAX_PROJECTED_CALLS);
    expect(calls.get(line[0]!.id)?.inMs).toBe(0);
    expect(calls.get(line[MAX_PROJECTED_CALLS - 1]!.id)?.inMs).toBe((MAX_PROJECTED_CALLS - 1) * 5 * MINUTE);
    expect(calls.has(line[MAX_PROJECTED_CALLS]!.id)).toBe(false);
    expect([...h.state.lines].map(([q, l]) => [q, l.priority.ids(), l.normal.ids()])).toEqual(before);
    // Further back, the simple formula still gives an estimate, with everyone ahead counted.
    const last = estimateVisit(h.state, line.at(-1)!, h.now);
    expect(last.ahead).toBe(MAX_PROJECTED_CALLS + 4);
    expect(last.p50Minutes).toBeGreaterThan(0);
  });
});

describe('an overlay of a waiting line', () => {
  const entry = (key: number) => ({ key, id: `v${key}` });

  it('reads the line in place, keeps its own removals and insertions, and leaves the line alone', () => {
    const base = new WaitingLine();
    [10, 20, 30, 40].forEach((k) => base.insert(entry(k)));
    const overlay = base.overlay();
    overlay.insert(entry(25));
    overlay.insert(entry(5));
    expect(overlay.remove(entry(10))).toBe(true);
    expect(overlay.remove(entry(30))).toBe(true);
    expect(overlay.remove(entry(30))).toBe(false);
    expect(overlay.remove(entry(5))).toBe(true);
    expect(overlay.ids()).toEqual(['v20', 'v25', 'v40']);
    expect(overlay.size).toBe(3);
    expect(overlay.first()).toEqual(entry(20));
    expect(overlay.first((id) => id !== 'v20')).toEqual(entry(25));
    expect(overlay.indexOf(entry(40))).toBe(2);
    expect([overlay.minKey(), overlay.maxKey()]).toEqual([20, 40]);
    expect(overlay.head(2)).toEqual(['v20', 'v25']);
    expect(overlay.remove(entry(20))).toBe(true);
    expect(overlay.first()).toEqual(entry(25));
    expect(base.ids()).toEqual(['v10', 'v20', 'v30', 'v40']);
  });
});
