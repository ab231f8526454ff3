/**
 * The attacker's check of the socket events added last session, as the HTTP routes have it: a
 * socket of the wrong namespace (role) gets no service, a bad payload gets a clear error and changes
 * nothing. `currentMessage` belongs to the display boards, `worklist` to signed-in counter staff.
 *
 * An event nobody listens to is never answered. So as not to wait for a timeout, each check sends a
 * second event that is always answered (an operation: every namespace answers those, if only with a
 * refusal) right after: the hub handles one socket's events in order, so once the second answer is
 * in, an answer to the first would already have come.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KIOSK_KEY,
  DISPLAY_KEY,
  connect,
  emitAck,
  login,
  startTestHub,
  type TestHub,
} from '../support/hub.js';

let hub: TestHub;
const sockets: Socket[] = [];

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await hub?.cleanup();
});

async function open(namespace: string, auth: Record<string, string>): Promise<Socket> {
  const socket = await connect(hub.url, namespace, auth);
  sockets.push(socket);
  return socket;
}

/** True when `event` got an answer before an operation sent after it on the same socket did. */
async function answered(socket: Socket, event: string, input: unknown): Promise<boolean> {
  let got = false;
  socket.emit(event, input, () => {
    got = true;
  });
  const probe = await emitAck(socket, 'callNext', { counterId: 'no-such-counter' });
  expect(probe.ok).toBe(false);
  return got;
}

describe('currentMessage is for display boards only', () => {
  it('answers a board', async () => {
    const board = await open('/display', { deviceKey: DISPLAY_KEY });
    expect(await answered(board, 'currentMessage', {})).toBe(true);
  });

  it('gives a kiosk, a counter and a manager socket nothing', async () => {
    const kiosk = await open('/kiosk', { deviceKey: KIOSK_KEY });
    const counter = await open('/counter', { token: await login(hub.url, 'agent1', '111111') });
    const manager = await open('/manager', { token: await login(hub.url, 'manager', '246810') });
    for (const socket of [kiosk, counter, manager])
      expect(await answered(socket, 'currentMessage', {})).toBe(false);
  });

  it('a display key cannot open another namespace to ask from there', async () => {
    for (const namespace of ['/kiosk', '/counter', '/manager'])
      await expect(connect(hub.url, namespace, { deviceKey: DISPLAY_KEY })).rejects.toThrow();
  });
});

describe('worklist is for counter staff only', () => {
  it('gives a display board and a kiosk nothing', async () => {
    const board = await open('/display', { deviceKey: DISPLAY_KEY });
    const kiosk = await open('/kiosk', { deviceKey: KIOSK_KEY });
    for (const socket of [board, kiosk])
      expect(await answered(socket, 'worklist', { counterId: 'c1' })).toBe(false);
  });

  it('refuses a bad payload with a clear error, and the screen is then pushed nothing', async () => {
    const counter = await open('/counter', { token: await login(hub.url, 'agent1', '111111') });
    const pushed: unknown[] = [];
    counter.on('worklist', (w: unknown) => pushed.push(w));
    for (const bad of [{}, { counterId: 7 }, { counterId: '' }, null, 'c1', [{ counterId: 'c1' }]]) {
      const r = await emitAck(counter, 'worklist', bad);
      expect(r, JSON.stringify(bad)).toEqual({
        ok: false,
        error: { code: 'validation', message: 'counterId is required' },
      });
    }
    const unknown = await emitAck(counter, 'worklist', { counterId: 'no-such-counter' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // A ticket issued now concerns every counter; a screen that watches none is not told.
    const kiosk = await open('/kiosk', { deviceKey: KIOSK_KEY });
    const issued = await emitAck(kiosk, 'issueTicket', {
      serviceId: 'eid-renew',
      idempotencyKey: 'socket-attack-1',
    });
    expect(issued.ok).toBe(true);
    expect(await answered(counter, 'worklist-probe', {})).toBe(false);
    expect(pushed).toEqual([]);
  });
});
