/** The range figures the estimate is judged by: coverage, the side it misses on, and width, per bucket. */
import { describe, expect, it } from 'vitest';
import { RANGE_BUCKETS, rangeTable, type RangeRecord } from './range-table.js';

const rec = (ahead: number, p10: number, p90: number, waited: number): RangeRecord => ({
  ahead,
  p10,
  p50: (p10 + p90) / 2,
  p90,
  waited,
});

describe('the range table', () => {
  it('splits waits by people ahead and counts each miss on its own side', () => {
    const table = rangeTable([
      rec(0, 0, 4, 2), // inside
      rec(0, 1, 5, 0.5), // called before p10: the side that costs a citizen their turn
      rec(2, 5, 15, 20), // after p90
      rec(3, 5, 25, 10), // inside
      rec(7, 20, 60, 30), // inside
      rec(12, 40, 100, 70), // inside, and a wait over an hour
    ]);
    expect(Object.keys(table)).toEqual(RANGE_BUCKETS.map((b) => b.label));
    expect(table['all']).toEqual({
      scored: 6,
      inside: 4 / 6,
      belowP10: 1 / 6,
      aboveP90: 1 / 6,
      medianWidth: 15,
    });
    expect(table['0 ahead']).toEqual({ scored: 2, inside: 0.5, belowP10: 0.5, aboveP90: 0, medianWidth: 4 });
    expect(table['1–3 ahead']).toMatchObject({ scored: 2, inside: 0.5, aboveP90: 0.5, medianWidth: 15 });
    expect(table['4–10 ahead']).toMatchObject({ scored: 1, inside: 1, medianWidth: 40 });
    expect(table['11+ ahead']).toMatchObject({ scored: 1, inside: 1, medianWidth: 60 });
    expect(table['waited > 60 min']).toMatchObject({ scored: 1, inside: 1 });
  });

  it('reports an empty bucket as no waits, not as full coverage', () => {
    const table = rangeTable([rec(0, 0, 4, 2)]);
    expect(table['11+ ahead']).toEqual({
      scored: 0,
      inside: NaN,
      belowP10: NaN,
      aboveP90: NaN,
      medianWidth: NaN,
    });
  });
});
