/**
 * Attacks on staff sign-in (issue #12): parallel PIN bursts, locking a stranger's account, telling
 * known from unknown usernames. Each of these succeeded against the hub before the throttle.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';
import { manualClock, postFrom } from './support.js';
import { AuthService } from '../../main/hub/core/auth.js';
import { LoginThrottle } from '../../main/hub/core/login-throttle.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const wrong = (i: number) => String(900000 + i);

describe('staff sign-in under attack', () => {
  let hub: TestHub | undefined;
  afterEach(async () => {
    await hub?.cleanup();
    hub = undefined;
  });

  it('evaluates at most the allowed number of a parallel PIN burst, and the right PIN still works from another client', async () => {
    hub = await startTestHub();
    const statuses: number[] = [];
    for (let burst = 0; burst < 3; burst++) {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          postFrom(hub!.url, '/auth/login', { username: 'manager', pin: wrong(burst * 40 + i) }),
        ),
      );
      statuses.push(...answers.map((a) => a.status));
    }
    // Only the free budget (5) is ever checked; everything else is refused before the PIN is hashed.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(115);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // The guesser's client is slowed, even with the right PIN…
    const fromGuesser = await postFrom(hub.url, '/auth/login', { username: 'manager', pin: '246810' });
    expect(fromGuesser.status).toBe(429);
    expect(Number(fromGuesser.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(fromGuesser.body).toMatchObject({ code: 'rate_limited' });
    // …while the manager at their own desk signs in.
    const fromDesk = await postFrom(
      hub.url,
      '/auth/login',
      { username: 'manager', pin: '246810' },
      '127.0.0.2',
    );
    expect(fromDesk.status).toBe(200);
    expect(typeof fromDesk.body.token).toBe('string');
  });

  it('does not let a stranger lock someone else out', async () => {
    hub = await startTestHub();
    for (let i = 0; i < 10; i++)
      await postFrom(hub.url, '/auth/login', { username: 'agent1', pin: wrong(i) }, '127.0.0.3');
    const owner = await postFrom(hub.url, '/auth/login', { username: 'agent1', pin: '111111' }, '127.0.0.1');
    expect(owner.status).toBe(200);
  });

  it('grows the delay after each failure past the free budget', async () => {
    const clock = manualClock();
    hub = await startTestHub({ clock });
    const attempt = () => postFrom(hub!.url, '/auth/login', { username: 'agent2', pin: '000000' });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await attempt();
      expect(refused.status).toBe(429);
      const seconds = Number(refused.headers['retry-after']);
      waits.push(seconds);
      clock.advance(seconds * 1000);
      expect((await attempt()).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    // After a quiet quarter of an hour the client starts afresh.
    clock.advance(15 * 60_000);
    expect((await attempt()).status).toBe(401);
  });

  it('checks a PIN against a decoy hash for unknown usernames, so both take the same slow path', async () => {
    const { openDatabase } = await import('../../main/hub/core/store/database.js');
    const { seedIfEmpty } = await import('../../main/hub/core/seed.js');
    const { DEMO_CATALOGUE, DEMO_STAFF } = await import('../../main/demo/catalogue.js');
    const db = openDatabase(':memory:', { migrations: HUB_MIGRATIONS });
    seedIfEmpty(db, { catalogue: DEMO_CATALOGUE, staff: DEMO_STAFF, devices: [] }, Date.now());
    const checked: string[] = [];
    const clock = { now: () => Date.now() };
    const auth = new AuthService(db, clock, {
      throttle: new LoginThrottle(clock.now),
      verify: async (_pin, stored) => {
        checked.push(stored);
        return false;
      },
    });
    expect(await auth.login('nobody-here', '123456', 'c')).toEqual({ error: 'unauthenticated' });
    expect(await auth.login('manager', '123456', 'c')).toEqual({ error: 'unauthenticated' });
    expect(checked).toHaveLength(2);
    expect(checked.every((h) => h.startsWith('scrypt$'))).toBe(true);
    expect(checked[0]).not.toBe(checked[1]);
    db.close();
  });

  it('forgets idle throttle keys when purged', () => {
    const clock = manualClock();
    const throttle = new LoginThrottle(clock.now);
    for (let i = 0; i < 3; i++) {
      const r = throttle.reserve(`user${i}`, 'client');
      if (!r.ok) throw new Error('refused');
      throttle.settle(r.reservation, false);
    }
    expect(throttle.size).toBeGreaterThan(0);
    clock.advance(15 * 60_000);
    expect(throttle.purge()).toBe(0);
  });
});
