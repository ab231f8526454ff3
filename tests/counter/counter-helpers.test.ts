import { describe, expect, it } from 'vitest';
import { queueWaitLevel, waitLevel } from '../../shared/domain/queue-wait-level.js';
import { waitWithinTarget } from '../../shared/domain/service-level.js';
import { normaliseTicket } from '../../renderer/counter/ticket-input.js';
import { parseScreenConfig } from '../../renderer/display/screen-config.js';

const wait = (minutes: number, targetMinutes: number) => ({
  waitMs: minutes * 60_000,
  targetMs: targetMinutes * 60_000,
});

describe('queue wait level (the counter\'s "now vs target")', () => {
  it("rates the line by the waits now, not by a newcomer's estimate (issue #15)", () => {
    // The review's queue: 2 waiting, nobody waited yet, a wide estimate; the dashboard said "On target".
    const reviewed = { past: 0, near: 0, estimate: { p50Minutes: 16, p90Minutes: 30 } };
    expect(queueWaitLevel(reviewed)).toBe('green');
  });
  it("is red exactly when a wait is past its target, by the dashboard's test", () => {
    expect(waitLevel(wait(10, 10))).toBe('amber');
    expect(waitWithinTarget(10 * 60_000, 10 * 60_000)).toBe(true);
    expect(waitLevel(wait(10.1, 10))).toBe('red');
    expect(waitWithinTarget(10.1 * 60_000, 10 * 60_000)).toBe(false);
  });
  it('warns amber from 75% of the target, green below', () => {
    expect(waitLevel(wait(7, 10))).toBe('green');
    expect(waitLevel(wait(7.5, 10))).toBe('amber');
    expect(waitLevel(wait(6, 10), { amberAt: 0.5 })).toBe('amber');
  });
  it('colours the line by its worst wait: red with anyone past, amber with anyone near', () => {
    expect(queueWaitLevel({ past: 1, near: 3 })).toBe('red');
    expect(queueWaitLevel({ past: 0, near: 1 })).toBe('amber');
    expect(queueWaitLevel({ past: 0, near: 0 })).toBe('green');
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
