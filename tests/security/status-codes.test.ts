/**
 * HTTP status codes that say what happened, with the one refusal body `{code, message}`: errors
 * raised by Fastify and its plugins are no longer all `400 validation`, and the public routes
 * have per-client limits (429) that leave other clients and the signed-in routes alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { postFrom } from './support.js';

const KIOSK = `Device ${KIOSK_KEY}`;
const WRITES_PER_MINUTE = 3;

let hub: TestHub;
beforeAll(async () => {
  const saved = process.env.DAWR_PUBLIC_WRITES_PER_MINUTE;
  process.env.DAWR_PUBLIC_WRITES_PER_MINUTE = String(WRITES_PER_MINUTE);
  try {
    hub = await startTestHub();
  } finally {
    if (saved === undefined) delete process.env.DAWR_PUBLIC_WRITES_PER_MINUTE;
    else process.env.DAWR_PUBLIC_WRITES_PER_MINUTE = saved;
  }
});
afterAll(async () => hub.cleanup());

const visitCount = () => (hub.hub.db.prepare('SELECT COUNT(*) AS n FROM visits').get() as { n: number }).n;

async function raw(path: string, init: RequestInit) {
  const res = await fetch(`${hub.url}${path}`, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('status codes', () => {
  it('answers a body it does not read with 415, and bad JSON with 400, changing nothing', async () => {
    const before = visitCount();
    const text = await raw('/api/v1/visits', {
      method: 'POST',
      headers: { authorization: KIOSK, 'content-type': 'application/xml' },
      body: '<visit serviceId="eid-renew"/>',
    });
    expect(text).toMatchObject({
      status: 415,
      body: { code: 'unsupported_media_type', message: expect.any(String) },
    });
    const broken = await raw('/api/v1/visits', {
      method: 'POST',
      headers: { authorization: KIOSK, 'content-type': 'application/json' },
      body: '{"serviceId":',
    });
    expect(broken).toMatchObject({
      status: 400,
      body: { code: 'validation', message: 'the request body is not valid JSON' },
    });
    expect(visitCount()).toBe(before);
  });

  it('limits a public route per client with 429, leaving other clients and signed-in routes alone', async () => {
    const cancel = (localAddress: string) =>
      postFrom(hub.url, '/public/tickets/no-such-ticket-000000/cancel', {}, localAddress);
    const first = [];
    for (let i = 0; i <= WRITES_PER_MINUTE; i++) first.push(await cancel('127.0.0.1'));
    expect(first.map((r) => r.status)).toEqual([...Array<number>(WRITES_PER_MINUTE).fill(404), 429]);
    const limited = first.at(-1)!;
    expect(limited.body).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/try again/) });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client has its own allowance.
    expect((await cancel('127.0.0.2')).status).toBe(404);
    // The centre's own devices and staff are not limited by it.
    for (let i = 0; i < WRITES_PER_MINUTE * 3; i++) {
      const issued = await api(hub.url, 'POST', '/visits', KIOSK, {
        serviceId: 'eid-renew',
        idempotencyKey: `status-codes-${String(i).padStart(4, '0')}`,
      });
      expect(issued.status).toBe(200);
    }
  });
});
