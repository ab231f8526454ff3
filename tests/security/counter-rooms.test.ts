/**
 * A counter's visits go to whoever holds the counter, and to no one who left it: an agent who closed
 * a counter (on their screen, over HTTP, or in another tab) hears nothing of the visits the next
 * agent at that counter calls. Over real sockets.
 *
 * Absence is shown without waiting for time: the next agent's own `visit` event arrives first, and
 * then the agent who left answers a request on their socket. The hub wrote to that socket whatever
 * it sent it before that answer, so anything sent with the call would already have arrived.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/contract/visit.js';
import { KIOSK_KEY, api, connect, emitAck, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let kiosk: Socket;
const sockets: Socket[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
  sockets.push(kiosk);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await hub?.cleanup();
});

async function counterSocket(token: string): Promise<Socket> {
  const socket = await connect(hub.url, '/counter', { token });
  sockets.push(socket);
  return socket;
}

/** Every visit id the socket is sent for `counterId`, from now on. */
function visitsAt(socket: Socket, counterId: string): string[] {
  const ids: string[] = [];
  socket.on('visit', ({ visit }: { visit: Visit }) => {
    if (visit.counterId === counterId || visit.assignedCounterId === counterId) ids.push(visit.id);
  });
  return ids;
}

/** The next `visit` event on the socket for this visit. */
function nextVisit(socket: Socket, visitId: string): Promise<Visit> {
  return new Promise((resolve) => {
    const seen = ({ visit }: { visit: Visit }) => {
      if (visit.id !== visitId) return;
      socket.off('visit', seen);
      resolve(visit);
    };
    socket.on('visit', seen);
  });
}

/** A new ticket's visit id. */
async function issueTicket(serviceId: string, key: string): Promise<string> {
  const issued = await emitAck<{ visit: Visit }>(kiosk, 'issueTicket', { serviceId, idempotencyKey: key });
  if (!issued.ok) throw new Error(issued.error.message);
  return issued.data.visit.id;
}

/**
 * `next` calls `visitId` at `counterId`; resolves once its own socket was sent the call, with the
 * visits at that counter each of the `left` sockets was sent meanwhile.
 */
async function callWhileOthersListen(
  next: Socket,
  left: Socket[],
  counterId: string,
  visitId: string,
): Promise<string[][]> {
  const heard = left.map((socket) => visitsAt(socket, counterId));
  const own = nextVisit(next, visitId);
  const called = await emitAck<Visit | null>(next, 'callNext', { counterId });
  expect(called.ok && called.data?.id).toBe(visitId);
  expect(await own).toMatchObject({ counterId, status: 'called' });
  // Answered on each leaving socket after anything the hub sent it with the call.
  for (const socket of left)
    expect((await emitAck(socket, 'callNext', { counterId: 'no-such-counter' })).ok).toBe(false);
  return heard;
}

describe("a counter's room", () => {
  it('no longer sends its visits to an agent who closed the counter on their screen', async () => {
    const agent1 = await counterSocket(await login(hub.url, 'agent1', '111111'));
    const agent2 = await counterSocket(await login(hub.url, 'agent2', '222222'));
    expect((await emitAck(agent1, 'openCounter', { counterId: 'c1' })).ok).toBe(true);
    expect((await emitAck(agent1, 'setCounterStatus', { counterId: 'c1', status: 'closed' })).ok).toBe(true);
    expect((await emitAck(agent2, 'openCounter', { counterId: 'c1' })).ok).toBe(true);
    const visitId = await issueTicket('eid-renew', 'counter-rooms-0001');

    expect(await callWhileOthersListen(agent2, [agent1], 'c1', visitId)).toEqual([[]]);
  });

  it('no longer sends its visits to any tab of an agent who closed the counter over HTTP', async () => {
    const token = await login(hub.url, 'agent3', '333333');
    const tab = await counterSocket(token);
    const otherTab = await counterSocket(token);
    expect((await emitAck(tab, 'openCounter', { counterId: 'c2' })).ok).toBe(true);
    // The other tab of the same agent joins too (opening a counter one holds is allowed).
    expect((await emitAck(otherTab, 'openCounter', { counterId: 'c2' })).ok).toBe(true);
    const closed = await api(hub.url, 'POST', '/counters/c2/status', `Bearer ${token}`, { status: 'closed' });
    expect(closed.status).toBe(200);
    const agent4 = await counterSocket(await login(hub.url, 'agent4', '444444'));
    expect((await emitAck(agent4, 'openCounter', { counterId: 'c2' })).ok).toBe(true);
    const visitId = await issueTicket('eid-renew', 'counter-rooms-0002');

    expect(await callWhileOthersListen(agent4, [tab, otherTab], 'c2', visitId)).toEqual([[], []]);
  });

  it('keeps sending its visits to the agent who holds it', async () => {
    const agent5 = await counterSocket(await login(hub.url, 'agent5', '555555'));
    expect((await emitAck(agent5, 'openCounter', { counterId: 'c8' })).ok).toBe(true);
    expect((await emitAck(agent5, 'setCounterStatus', { counterId: 'c8', status: 'break' })).ok).toBe(true);
    expect((await emitAck(agent5, 'setCounterStatus', { counterId: 'c8', status: 'available' })).ok).toBe(
      true,
    );
    const visitId = await issueTicket('residency-renew', 'counter-rooms-0003');
    const own = nextVisit(agent5, visitId);
    const called = await emitAck<Visit | null>(agent5, 'callNext', { counterId: 'c8' });
    expect(called.ok && called.data?.id).toBe(visitId);
    expect(await own).toMatchObject({ counterId: 'c8', status: 'called' });
  });
});
