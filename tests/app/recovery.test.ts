import { describe, expect, it } from 'vitest';
import { RendererWatchdog } from '../../main/app/renderer-watchdog.js';
import { HubWaiter, probeHub, retryDelay } from '../../main/app/hub-waiter.js';

describe('RendererWatchdog', () => {
  it('reloads at once after a first crash and backs off on repeats, up to a minute', () => {
    let now = 0;
    const w = new RendererWatchdog({ now: () => now });
    const delays = [];
    for (let i = 0; i < 10; i++) {
      const r = w.renderProcessGone('crashed');
      expect(r.action).toBe('reload');
      delays.push(r.action === 'none' ? -1 : r.delayMs);
      now += 1000;
    }
    expect(delays.slice(0, 4)).toEqual([0, 1000, 2000, 4000]);
    expect(delays.at(-1)).toBe(60_000);
    now += 10 * 60_000; // quiet for ten minutes: the count starts over
    expect(w.renderProcessGone('oom')).toEqual({ action: 'reload', delayMs: 0 });
  });

  it('does nothing on a clean exit', () => {
    expect(new RendererWatchdog({ now: () => 0 }).renderProcessGone('clean-exit')).toEqual({
      action: 'none',
    });
  });

  it('recreates a window that stays unresponsive for hangMs, not one that recovers', () => {
    let now = 0;
    const w = new RendererWatchdog({ now: () => now, hangMs: 5000 });
    w.unresponsive();
    now = 4999;
    expect(w.check()).toEqual({ action: 'none' });
    now = 5000;
    expect(w.check()).toEqual({ action: 'recreate', delayMs: 0 });
    w.unresponsive();
    w.responsive();
    now = 20_000;
    expect(w.check()).toEqual({ action: 'none' });
  });
});

describe('HubWaiter', () => {
  it('grows the delay from 1 s to 15 s', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
  });

  it('probes until the hub answers, and retryNow skips the wait', async () => {
    const answers = [false, false, true];
    const scheduled: number[] = [];
    const waiter = new HubWaiter(async () => answers.shift()!, {
      setTimeout: (_fn, ms) => scheduled.push(ms), // never fires by itself: only retryNow wakes the waiter
      clearTimeout: () => undefined,
    });
    const done = waiter.untilUp();
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => setImmediate(r));
      waiter.retryNow();
    }
    await done;
    expect(waiter.attempts).toBe(3);
    expect(scheduled).toEqual([1000, 2000]);
  });

  it('probeHub is false for a refused connection and true for a 2xx', async () => {
    expect(await probeHub(async () => Promise.reject(new Error('ECONNREFUSED')), 'http://h/healthz')).toBe(
      false,
    );
    expect(
      await probeHub(async () => ({ ok: false, status: 502, json: async () => ({}) }), 'http://h/healthz'),
    ).toBe(false);
    expect(
      await probeHub(async () => ({ ok: true, status: 200, json: async () => ({}) }), 'http://h/healthz'),
    ).toBe(true);
  });
});
