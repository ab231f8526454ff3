import { describe, expect, it } from 'vitest';
import { queueTargetMinutes, queueWaitLevel } from '../../shared/domain/queue-wait-level.js';
import { waitWithinTarget } from '../../shared/domain/service-level.js';
import { normaliseTicket } from '../../renderer/counter/ticket-input.js';
import { parseScreenConfig } from '../../renderer/display/screen-config.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const line = (longest: number, waiting = 1) => ({ waiting, longestWaitMinutes: longest });

describe('queue wait level (the counter\'s "now vs target")', () => {
  it('uses the strictest service target of the queue', () => {
    expect(queueTargetMinutes(DEMO_CATALOGUE.services, 'q-traffic')).toBe(10);
    expect(queueTargetMinutes(DEMO_CATALOGUE.services, 'nope')).toBeNull();
  });
  it("rates the line by the longest wait now, not by a newcomer's estimate (issue #15)", () => {
    // The review's queue: 2 waiting, nobody waited yet, a wide estimate; the dashboard said "On target".
    const reviewed = { waiting: 2, longestWaitMinutes: 0, estimate: { p50Minutes: 16, p90Minutes: 30 } };
    expect(queueWaitLevel(reviewed, 10)).toBe('green');
  });
  it("is red exactly when the longest wait is past the target, by the dashboard's test", () => {
    expect(queueWaitLevel(line(10), 10)).toBe('amber');
    expect(waitWithinTarget(10 * 60_000, 10 * 60_000)).toBe(true);
    expect(queueWaitLevel(line(10.1), 10)).toBe('red');
    expect(waitWithinTarget(10.1 * 60_000, 10 * 60_000)).toBe(false);
  });
  it('warns amber from 75% of the target, green below', () => {
    expect(queueWaitLevel(line(7), 10)).toBe('green');
    expect(queueWaitLevel(line(7.5), 10)).toBe('amber');
    expect(queueWaitLevel(line(6), 10, { amberAt: 0.5 })).toBe('amber');
  });
  it('rates a line nobody is in, or a queue without a target, as within target', () => {
    expect(queueWaitLevel(line(30, 0), 10)).toBe('green');
    expect(queueWaitLevel(line(30), null)).toBe('green');
  });
});

describe('ticket typed at the counter', () => {
  it('reads loose forms as the printed ticket', () => {
    for (const raw of ['a42', 'A 42', 'A-42', 'A042', ' a0042 ']) expect(normaliseTicket(raw)).toBe('A042');
    expect(normaliseTicket('AB7')).toBe('AB007');
  });
});

describe('display screen config', () => {
  it('reads key, queues, language order and history from the fragment', () => {
    const c = parseScreenConfig('#key=k1&queues=q-a,q-b&lang=en,ar&history=4&waiting=0', null);
    expect(c).toEqual({
      deviceKey: 'k1',
      queueIds: ['q-a', 'q-b'],
      languages: ['en', 'ar'],
      historySize: 4,
      showWaiting: false,
    });
  });
  it('falls back to the stored key and Arabic first', () => {
    const c = parseScreenConfig('', 'stored');
    expect(c.deviceKey).toBe('stored');
    expect(c.languages).toEqual(['ar', 'en']);
  });
});
