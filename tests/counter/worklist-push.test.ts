/**
 * The counter's worklist is pushed over its socket (`worklist`) instead of refetched: after a mix
 * of operations the last push equals GET …/worklist, and a change that concerns another counter
 * only is not pushed. Operations go over the watching socket itself: the hub pushes before it
 * acknowledges, so the push has arrived when the acknowledgement does (no waiting on time).
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

interface Visit {
  id: string;
  ticket: string;
}
type Worklist = Record<string, unknown> & { inHand: Visit | null };

let hub: TestHub;
const sockets: Socket[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await hub?.cleanup();
});

let tap = 0;
async function issue(serviceId = 'eid-renew'): Promise<string> {
  const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId,
    idempotencyKey: `worklist-push-${++tap}`,
  });
  expect(r.status).toBe(200);
  return (r.body.visit as Visit).id;
}

/** A signed-in counter screen that records every worklist pushed to it. */
async function desk(username: string, pin: string, counterId: string) {
  const token = await login(hub.url, username, pin);
  const socket = await connect(hub.url, '/counter', { token });
  sockets.push(socket);
  const pushed: Worklist[] = [];
  socket.on('worklist', (w: Worklist) => pushed.push(w));
  const op = async <T = Visit>(name: string, input: Record<string, unknown> = {}) => {
    const r = await emitAck<T>(socket, name, { counterId, ...input });
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.data;
  };
  return {
    counterId,
    pushed,
    op,
    /** A round trip on this socket: every push emitted before it has arrived after it. */
    flush: () => socket.timeout(10_000).emitWithAck('snapshot'),
    watch: () => emitAck<Worklist>(socket, 'worklist', { counterId }),
    http: async () => (await api(hub.url, 'GET', `/counters/${counterId}/worklist`, `Bearer ${token}`)).body,
    socket,
  };
}

describe('worklist pushed to the counter', () => {
  it('refuses a bad or unknown counter and changes nothing', async () => {
    const d = await desk('agent3', '333333', 'c3');
    expect(await emitAck(d.socket, 'worklist', { counterId: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await emitAck(d.socket, 'worklist', { counterId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await issue();
    await d.flush();
    expect(d.pushed).toEqual([]);
  });

  it('equals the HTTP worklist after issue, call, transfer, recall, no-show and park', async () => {
    const one = await desk('agent1', '111111', 'c1');
    const two = await desk('agent2', '222222', 'c2');
    await one.op('openCounter');
    await two.op('openCounter');
    for (let i = 0; i < 6; i++) await issue();

    const first = await one.watch();
    expect(first.ok && first.data).toEqual(await one.http());
    const firstTwo = await two.watch();
    expect(firstTwo.ok && firstTwo.data).toEqual(await two.http());

    const inSync = async () => {
      await one.flush();
      await two.flush();
      expect(one.pushed.at(-1)).toEqual(await one.http());
      expect(two.pushed.at(-1)).toEqual(await two.http());
    };

    const a = await one.op('callNext');
    expect(one.pushed.at(-1)?.inHand?.id).toBe(a.id);
    await one.op('transfer', { visitId: a.id, target: { kind: 'counter', counterId: 'c2' }, note: 'desk 2' });
    await inSync();
    const b = await one.op('callNext');
    await one.op('recall', { visitId: b.id });
    await one.op('recall', { visitId: b.id });
    await one.op('markNoShow', { visitId: b.id });
    await inSync();
    const sent = await two.op('callNext');
    expect(sent.id).toBe(a.id);
    await two.op('transfer', { visitId: a.id, target: { kind: 'staff', staffId: 's-agent1' } });
    await inSync();
    const c = await one.op('callVisit', { visitId: a.id });
    await one.op('startServing', { visitId: c.id });
    await one.op('park', { visitId: c.id });
    await issue('eid-renew');
    await inSync();
    const d = await two.op('callNext');
    await two.op('startServing', { visitId: d.id });
    await inSync();
    expect(one.pushed.length).toBeGreaterThan(5);
  });

  it('pushes nothing for a change that concerns another counter only', async () => {
    const three = await desk('agent3', '333333', 'c3');
    const four = await desk('agent4', '444444', 'c4');
    await three.op('openCounter');
    await four.op('openCounter');
    const issued = await issue('eid-renew');
    expect((await three.watch()).ok).toBe(true);
    expect((await four.watch()).ok).toBe(true);
    const v = await three.op('callVisit', { visitId: issued });
    await four.flush();
    const before = four.pushed.length;
    await three.op('startServing', { visitId: v.id });
    await three.op('complete', { visitId: v.id, services: [{ serviceId: 'eid-renew', outcome: 'done' }] });
    await four.flush();
    expect(four.pushed.length).toBe(before);
    expect(three.pushed.at(-1)?.inHand).toBeNull();
  });
});
