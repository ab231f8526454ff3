/**
 * Input the hub must refuse with a clear answer, the same over HTTP and on a socket, changing
 * nothing: an operation's body that is not a JSON object (text, null, a list), a message over the
 * size limit on a socket (as HTTP answers 413), and the public form check past its per-client limit.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { postFrom } from './support.js';

const READS_PER_MINUTE = 4;

let hub: TestHub;
const sockets: Socket[] = [];
let manager = '';
let agent = '';

beforeAll(async () => {
  const saved = process.env.DAWR_PUBLIC_READS_PER_MINUTE;
  process.env.DAWR_PUBLIC_READS_PER_MINUTE = String(READS_PER_MINUTE);
  try {
    hub = await startTestHub();
  } finally {
    if (saved === undefined) delete process.env.DAWR_PUBLIC_READS_PER_MINUTE;
    else process.env.DAWR_PUBLIC_READS_PER_MINUTE = saved;
  }
  manager = await login(hub.url, 'manager', '246810');
  agent = await login(hub.url, 'agent1', '111111');
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

async function post(path: string, authorization: string, contentType: string, body: string) {
  const res = await fetch(`${hub.url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': contentType },
    body,
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

const waiting = () =>
  [...hub.hub.state.visits.values()].filter((v) => v.status === 'waiting').map((v) => v.id);

describe("an operation's body that is not a JSON object", () => {
  it('is refused over HTTP as on the socket, and the operation does not run', async () => {
    const kiosk = await open('/kiosk', { deviceKey: KIOSK_KEY });
    for (let i = 0; i < 3; i++)
      expect(
        (await emitAck(kiosk, 'issueTicket', { serviceId: 'eid-renew', idempotencyKey: `refused-${i}000` }))
          .ok,
      ).toBe(true);
    const before = waiting();
    expect(before).toHaveLength(3);
    const M = `Bearer ${manager}`;
    expect(await post('/centre/end-of-day', M, 'text/plain', 'oops')).toEqual({
      status: 415,
      body: { code: 'unsupported_media_type', message: 'send the body as application/json' },
    });
    const notAnObject = {
      status: 400,
      body: { code: 'validation', message: "send the operation's input as a JSON object" },
    };
    for (const body of ['null', '[1,2]', '"x"', '7'])
      expect(await post('/centre/end-of-day', M, 'application/json', body), body).toEqual(notAnObject);
    // The socket refuses the same input.
    const socket = await open('/manager', { token: manager });
    expect(await emitAck(socket, 'endOfDay', null)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(waiting()).toEqual(before);

    const A = `Bearer ${agent}`;
    expect(await post('/counters/c1/open', A, 'application/json', '[]')).toEqual(notAnObject);
    expect(hub.hub.state.counters.get('c1')?.status).toBe('closed');
    // No body at all is still no input beyond the path.
    expect((await api(hub.url, 'POST', '/counters/c1/open', A)).status).toBe(200);
  });
});

describe('a socket message over the size limit', () => {
  it('is answered payload_too_large, as HTTP answers 413, and the connection stays', async () => {
    const big = { serviceId: 'x'.repeat(70_000), idempotencyKey: 'too-big-0001' };
    const http = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, big);
    expect(http).toEqual({
      status: 413,
      body: { code: 'payload_too_large', message: 'bodies are limited to 65536 bytes' },
    });
    const before = hub.hub.state.visits.size;
    for (const [namespace, auth] of [
      ['/kiosk', { deviceKey: KIOSK_KEY }],
      ['/public', {}],
    ] as const) {
      const socket = await open(namespace, auth);
      const event = namespace === '/kiosk' ? 'issueTicket' : 'follow';
      expect(await emitAck(socket, event, big), namespace).toEqual({
        ok: false,
        error: { code: 'payload_too_large', message: 'socket messages are limited to 65536 bytes' },
      });
      expect(socket.connected).toBe(true);
    }
    expect(hub.hub.state.visits.size).toBe(before);
  });
});

describe('the public form check', () => {
  it('is limited per client with 429, leaving another client alone', async () => {
    const check = (localAddress: string) =>
      postFrom(hub.url, '/services/eid-renew/form/validate', {}, localAddress);
    const statuses = [];
    for (let i = 0; i <= READS_PER_MINUTE; i++) statuses.push((await check('127.0.0.3')).status);
    expect(statuses.slice(0, READS_PER_MINUTE)).not.toContain(429);
    expect(statuses.at(-1)).toBe(429);
    expect((await check('127.0.0.4')).status).not.toBe(429);
  });
});
