/** Centre snapshots are spaced by their own cost, so building them takes at most a tenth of the hub's time. */
import { describe, expect, it } from 'vitest';
import { nextSnapshotDelay, SNAPSHOT_TIME_SHARE } from '../../main/hub/core/broadcaster.js';

describe('snapshot spacing', () => {
  it('keeps the interval when snapshots are cheap', () => {
    expect(nextSnapshotDelay(10_000, 4, 500, 10_100)).toBe(400);
    expect(nextSnapshotDelay(10_000, 4, 500, 10_700)).toBe(0);
  });

  it('waits nine times as long as the last one took beyond it, when that is longer than the interval', () => {
    // 80 ms to build: the next one starts 800 ms after the last began, not 500.
    expect(nextSnapshotDelay(10_000, 80, 500, 10_500)).toBe(300);
    // Whatever the cost, the time from one start to the next is at least cost / share.
    for (const cost of [60, 200, 1_000])
      expect(nextSnapshotDelay(0, cost, 500, 0)).toBe(cost / SNAPSHOT_TIME_SHARE);
  });
});
