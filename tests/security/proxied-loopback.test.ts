/**
 * What trusts "this machine" (/metrics, /healthz's storage figures, the demo SMS outbox) does not
 * trust a request a reverse proxy on this machine forwarded: behind such a proxy every visitor's
 * connection comes from 127.0.0.1, and only the proxy's headers tell them apart. Real HTTP from
 * 127.0.0.1, with and without the headers a proxy adds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { smsModule } from '../../main/hub/features/sms/module.js';
import { DEFAULT_SMS_RETRY } from '../../main/hub/features/sms/outbox.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const PROXIED: Record<string, string>[] = [
  { 'x-forwarded-for': '203.0.113.7' },
  { forwarded: 'for=203.0.113.7;proto=https' },
  { 'x-real-ip': '203.0.113.7' },
  { via: '1.1 proxy.centre.example' },
];

let hub: TestHub;
const saved = process.env.DAWR_METRICS_TOKEN;
beforeAll(async () => {
  delete process.env.DAWR_METRICS_TOKEN;
  const demoSms = smsModule({
    settings: { gateway: 'demo', retry: DEFAULT_SMS_RETRY },
    print: () => undefined,
  });
  hub = await startTestHub({ modules: HUB_MODULES.map((m) => (m.name === 'sms' ? demoSms : m)) });
  if (saved !== undefined) process.env.DAWR_METRICS_TOKEN = saved;
});
afterAll(async () => hub?.cleanup());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${hub.url}${path}`, { headers });

describe('a request forwarded by a proxy on this machine is not "this machine"', () => {
  it('/metrics answers the machine itself and refuses what a proxy forwarded', async () => {
    expect((await get('/metrics')).status).toBe(200);
    for (const headers of PROXIED) {
      const r = await get('/metrics', headers);
      expect({ headers, status: r.status }).toEqual({ headers, status: 403 });
      const body = (await r.json()) as { code: string; message: string };
      expect(body).toMatchObject({ code: 'forbidden', message: expect.any(String) });
    }
  });

  it('/healthz keeps its storage figures (free space, WAL size) for the machine itself', async () => {
    type Health = { storage: Record<string, unknown> };
    const own = (await (await get('/healthz')).json()) as Health;
    const figures = Object.keys(own.storage).filter((k) => !['writable', 'reason', 'low'].includes(k));
    expect(figures.length).toBeGreaterThan(0);
    for (const headers of PROXIED) {
      const r = await get('/healthz', headers);
      expect(r.status).toBe(200);
      const shown = Object.keys(((await r.json()) as Health).storage);
      expect({ headers, figures: shown.filter((k) => figures.includes(k)) }).toEqual({
        headers,
        figures: [],
      });
    }
  });

  it('the demo outbox (one-time codes in full) is 404 through a proxy', async () => {
    expect((await get('/demo/outbox.json')).status).toBe(200);
    for (const headers of PROXIED)
      for (const path of ['/demo/outbox', '/demo/outbox.json']) {
        const r = await get(path, headers);
        expect({ path, headers, status: r.status }).toEqual({ path, headers, status: 404 });
      }
  });
});
