import { describe, expect, it } from 'vitest';
import { queueTargetMinutes, queueWaitLevel } from '../../shared/domain/queue-wait-level.js';
import { normaliseTicket } from '../../renderer/counter/ticket-input.js';
import { parseScreenConfig } from '../../renderer/display/screen-config.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const figures = (longest: number, p50: number, waiting = 1) => ({
  waiting,
  longestWaitMinutes: longest,
  estimate: { p50Minutes: p50 },
});

describe('queue wait level', () => {
  it('uses the strictest service target of the queue', () => {
    expect(queueTargetMinutes(DEMO_CATALOGUE.services, 'q-traffic')).toBe(10);
    expect(queueTargetMinutes(DEMO_CATALOGUE.services, 'nope')).toBeNull();
  });
  it('is green under 75%, amber under 100%, red from 100% of target, by the worse of wait and estimate', () => {
    expect(queueWaitLevel(figures(7, 2), 10)).toBe('green');
    expect(queueWaitLevel(figures(2, 8), 10)).toBe('amber');
    expect(queueWaitLevel(figures(10, 0), 10)).toBe('red');
    expect(queueWaitLevel(figures(6, 0), 10, { amberAt: 0.5, redAt: 0.9 })).toBe('amber');
  });
  it('rates a line nobody is in as within target, whatever a newcomer would wait', () => {
    expect(queueWaitLevel(figures(0, 25, 0), 10)).toBe('green');
    expect(queueWaitLevel(figures(0, 25, 1), 10)).toBe('red');
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
