/**
 * A counter's worklist names the citizens at that counter (the visit in hand with the
 * representative's name, the masked ID, the note), so it follows the rule of a visit record
 * (visit-access.ts): the person holding the counter open, managers and admins. Over HTTP and on the
 * socket alike; another agent or a floor assistant is refused and is pushed nothing afterwards. No
 * worklist carries a ticket's public token, which would let its reader cancel the citizen's ticket.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
const sockets: Socket[] = [];
const tokens: Record<string, string> = {};
const bearer = (who: string) => `Bearer ${tokens[who]!}`;
let visitId = '';
let publicToken = '';

async function counterSocket(who: string): Promise<{ socket: Socket; pushed: unknown[] }> {
  const socket = await connect(hub.url, '/counter', { token: tokens[who]! });
  sockets.push(socket);
  const pushed: unknown[] = [];
  socket.on('worklist', (w: unknown) => pushed.push(w));
  return { socket, pushed };
}

beforeAll(async () => {
  hub = await startTestHub();
  for (const [who, pin] of [
    ['agent1', '111111'],
    ['agent2', '222222'],
    ['agent3', '333333'],
    ['floor', '112233'],
    ['manager', '246810'],
  ] as const)
    tokens[who] = await login(hub.url, who, pin);
  const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: 'worklist-access-1',
    representative: { name: 'Fatimazahra Probename', relation: 'family' },
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  publicToken = (issued.body.visit as { publicToken: string }).publicToken;
  expect((await api(hub.url, 'POST', '/counters/c1/open', bearer('agent1'))).status).toBe(200);
  expect((await api(hub.url, 'POST', '/counters/c2/open', bearer('agent2'))).status).toBe(200);
  const called = await api(hub.url, 'POST', '/counters/c1/call-next', bearer('agent1'));
  visitId = String(called.body.id);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await hub?.cleanup();
});

describe("a counter's worklist: its holder, managers and admins", () => {
  it('refuses another agent and a floor assistant over HTTP and on the socket, then pushes them nothing', async () => {
    const refusal = {
      code: 'forbidden',
      message: "a counter's worklist is for the person holding that counter, and for managers and admins",
    };
    const watchers = [];
    for (const who of ['agent2', 'floor']) {
      expect(await api(hub.url, 'GET', '/counters/c1/worklist', bearer(who))).toEqual({
        status: 403,
        body: refusal,
      });
      const watcher = await counterSocket(who);
      expect(await emitAck(watcher.socket, 'worklist', { counterId: 'c1' })).toEqual({
        ok: false,
        error: refusal,
      });
      watchers.push(watcher);
    }
    // The holder starts serving: a change to c1's worklist, pushed to its own screen only.
    const holder = await counterSocket('agent1');
    expect((await emitAck(holder.socket, 'worklist', { counterId: 'c1' })).ok).toBe(true);
    const started = await emitAck(holder.socket, 'startServing', { counterId: 'c1', visitId });
    expect(started.ok, JSON.stringify(started)).toBe(true);
    expect(holder.pushed.length).toBeGreaterThan(0);
    for (const { socket, pushed } of watchers) {
      // One socket's messages arrive in order: a push sent before this answer would be in by now.
      expect((await emitAck(socket, 'worklist', { counterId: 'no-such-counter' })).ok).toBe(false);
      expect(pushed).toEqual([]);
    }
  });

  it('answers the holder and a manager with the visit in hand, never with its public token', async () => {
    const onSocket = await emitAck<Record<string, unknown>>(
      (await counterSocket('agent1')).socket,
      'worklist',
      {
        counterId: 'c1',
      },
    );
    if (!onSocket.ok) throw new Error(JSON.stringify(onSocket));
    const answers = [
      (await api(hub.url, 'GET', '/counters/c1/worklist', bearer('agent1'))).body,
      (await api(hub.url, 'GET', '/counters/c1/worklist', bearer('manager'))).body,
      onSocket.data,
    ];
    for (const worklist of answers) {
      expect(worklist).toMatchObject({
        inHand: { id: visitId, representative: { name: 'Fatimazahra Probename' } },
      });
      expect(JSON.stringify(worklist)).not.toContain(publicToken);
      expect(worklist?.inHand).not.toHaveProperty('publicToken');
    }
  });

  it('pushes a desk that asked before opening its counter the list once it holds it', async () => {
    const desk = await counterSocket('agent3');
    expect(await emitAck(desk.socket, 'worklist', { counterId: 'c4' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const opened = await emitAck(desk.socket, 'openCounter', { counterId: 'c4' });
    expect(opened.ok, JSON.stringify(opened)).toBe(true);
    expect(desk.pushed).toMatchObject([{ counter: { counterId: 'c4', staffId: 's-agent3' } }]);
    expect((await api(hub.url, 'GET', '/counters/c4/worklist', bearer('agent3'))).status).toBe(200);
  });
});
