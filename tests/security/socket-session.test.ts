/**
 * A live socket obeys the session it was opened with (issue #12): before this, a socket kept its
 * rights after logout, deactivation, demotion, a PIN change or expiry, because the role was fixed
 * at connect. Each test here failed then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { api, connect, emitAck, login, startTestHub, type TestHub } from '../support/hub.js';
import { manualClock, sessionEnd } from './support.js';
import { SESSION_MS } from '../../main/hub/core/auth.js';

const AGENT1 = { id: 's-agent1', username: 'agent1', displayName: 'Ahmed (demo)', roles: ['agent'] };

describe('sockets obey the session', () => {
  let hub: TestHub | undefined;
  afterEach(async () => {
    await hub?.cleanup();
    hub = undefined;
  });

  it('ends a manager socket at logout: it can neither act nor reconnect', async () => {
    hub = await startTestHub();
    const token = await login(hub.url, 'manager', '246810');
    const socket = await connect(hub.url, '/manager', { token });
    const ended = sessionEnd(socket);
    const out = await api(hub.url, 'POST', '/auth/logout', `Bearer ${token}`);
    expect(out.status).toBe(204);
    const { ended: why, disconnect } = await ended;
    expect(why).toMatchObject({ reason: 'logged_out' });
    expect(why.message).toMatch(/sign/);
    expect(disconnect).toBe('io server disconnect');
    // The socket is gone: nothing it sends is acted on, and the queue stays open.
    expect(socket.connected).toBe(false);
    expect(hub.hub.catalogue.queues.find((q) => q.id === 'q-identity')?.open).toBe(true);
    const again = await connect(hub.url, '/manager', { token }).catch((e: Error) => e);
    expect(again).toBeInstanceOf(Error);
    socket.close();
  });

  it('ends an agent’s sockets when a manager deactivates the account, changes its roles or its PIN', async () => {
    hub = await startTestHub();
    const manager = `Bearer ${await login(hub.url, 'admin', '135790')}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...AGENT1, pin: '999111' }, 'pin_changed'],
      [{ ...AGENT1, roles: ['agent', 'floor_assistant'] }, 'roles_changed'],
      [{ ...AGENT1, active: false }, 'deactivated'],
    ];
    let pin = '111111';
    for (const [change, reason] of cases) {
      const token = await login(hub.url, 'agent1', pin);
      const socket = await connect(hub.url, '/counter', { token });
      expect((await emitAck(socket, 'openCounter', { counterId: 'c1' })).ok).toBe(true);
      const ended = sessionEnd(socket);
      const r = await api(hub.url, 'POST', '/manager/upsertStaff', manager, change);
      expect(r.status).toBe(200);
      expect((await ended).ended.reason).toBe(reason);
      expect((await api(hub.url, 'POST', '/counters/c1/call-next', `Bearer ${token}`)).status).toBe(401);
      if (typeof change.pin === 'string') pin = change.pin;
      socket.close();
    }
    // The audit names the manager who made each change, not the ended account.
    const audit = await api(hub.url, 'POST', '/manager/audit', manager);
    expect(JSON.stringify(audit.body)).toContain('s-admin');
  });

  it('ends a socket when its session expires, and purges the expired session', async () => {
    const clock = manualClock();
    hub = await startTestHub({ clock });
    const token = await login(hub.url, 'agent2', '222222');
    const socket = await connect(hub.url, '/counter', { token });
    expect((await emitAck(socket, 'openCounter', { counterId: 'c2' })).ok).toBe(true);
    const ended = sessionEnd(socket);
    clock.advance(SESSION_MS + 1);
    // The next event is refused at once; the sweep would end it within a second anyway.
    socket.emit('snapshot', () => undefined);
    expect((await ended).ended.reason).toBe('expired');
    expect((await api(hub.url, 'GET', '/snapshot', `Bearer ${token}`)).status).toBe(401);
    const rows = () => (hub!.hub.db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;
    expect(rows()).toBeGreaterThan(0);
    hub.server.sockets.writeDown();
    expect(rows()).toBe(0);
    socket.close();
  });

  it('rate-limits events per socket', async () => {
    hub = await startTestHub();
    const token = await login(hub.url, 'agent3', '333333');
    const socket = await connect(hub.url, '/counter', { token });
    const answers = await Promise.all(
      Array.from({ length: 150 }, () =>
        emitAck(socket, 'setCounterStatus', { counterId: 'c3', status: 'break' }),
      ),
    );
    const limited = answers.filter((a) => !a.ok && a.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(50);
    // The connection stays usable once the caller slows down.
    expect(socket.connected).toBe(true);
    socket.close();
  });
});
