/**
 * The HTTPS provider's delivery-receipt callback on a real hub: a receipt with the shared bearer
 * token is recorded (by the provider's id or by the hub's own), a repeat changes nothing more,
 * a wrong or missing token is 401, an unknown message 404, a malformed receipt 400, and a hub
 * without a token takes none (404). Nothing is changed by any refusal.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { smsModule } from '../../main/hub/features/sms/module.js';
import { DEFAULT_SMS_RETRY } from '../../main/hub/features/sms/outbox.js';
import type { SmsSettings } from '../../main/hub/features/sms/settings.js';
import { api, startTestHub, type TestHub } from '../support/hub.js';

const TOKEN = 'receipt-token-0123456789abcdef';
const good = `Bearer ${TOKEN}`;

let provider: Server;
let hub: TestHub;
let sent = 0;

async function hubWith(settings: SmsSettings): Promise<TestHub> {
  const modules = HUB_MODULES.map((m) => (m.name === 'sms' ? smsModule({ settings }) : m));
  return startTestHub({ modules });
}

beforeAll(async () => {
  // The provider: plain http on loopback (allowed for a local relay), answering with its own id.
  provider = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      sent += 1;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ messageId: `prov-${sent}` }));
    });
  });
  provider.listen(0, '127.0.0.1');
  await once(provider, 'listening');
  hub = await hubWith({
    gateway: 'https',
    retry: DEFAULT_SMS_RETRY,
    receiptToken: TOKEN,
    https: {
      url: new URL(`http://127.0.0.1:${(provider.address() as AddressInfo).port}/send`),
      authHeader: 'Authorization',
      auth: 'Bearer provider-key',
      body: { to: '{{to}}', text: '{{text}}', reference: '{{id}}' },
      ca: undefined,
      timeoutMs: 5000,
    },
  });
});
afterAll(async () => {
  await hub?.cleanup();
  await new Promise<void>((r) => provider.close(() => r()));
});

/** Sends one SMS through the hub (a remote-join code) and returns the outbox row's id. */
async function sendOne(n: number): Promise<string> {
  // A number and a device per message: the hub limits codes per number and per device.
  const asked = await api(hub.url, 'POST', '/remote/code', undefined, {
    serviceId: 'eid-renew',
    mobile: `050123456${n}`,
    language: 'en',
    deviceId: `receipt-device-000000000${n}`,
  });
  expect(asked.status).toBe(200);
  const row = hub.hub.db
    .prepare('SELECT id FROM sms_messages ORDER BY created_at DESC, rowid DESC LIMIT 1')
    .get() as {
    id: string;
  };
  return row.id;
}
const rowOf = (id: string) =>
  hub.hub.db
    .prepare(
      `SELECT m.status, m.updated_at AS updatedAt, p.provider_id AS providerId, p.receipt
         FROM sms_messages m JOIN sms_message_parts p ON p.message_id = m.id WHERE m.id = ?`,
    )
    .get(id) as { status: string; updatedAt: number; providerId: string; receipt: string | null };
const post = (auth: string | undefined, body: unknown) => api(hub.url, 'POST', '/sms/receipts', auth, body);

describe('POST /api/v1/sms/receipts', () => {
  it("records a receipt by the provider's id, once: a repeat answers the same and changes nothing", async () => {
    const id = await sendOne(1);
    const { providerId } = rowOf(id);
    expect(providerId).toMatch(/^prov-\d+$/);
    const first = await post(good, { id: providerId, status: 'delivered' });
    expect(first).toEqual({ status: 200, body: { message: id, status: 'delivered' } });
    const after = rowOf(id);
    expect(after).toMatchObject({ status: 'delivered', receipt: 'DELIVRD' });
    const again = await post(good, { id: providerId, status: 'DELIVRD' });
    expect(again).toEqual(first);
    expect(rowOf(id)).toEqual(after);
  });

  it("records a receipt by the hub's own id ({{id}}), in SMPP's words too", async () => {
    const id = await sendOne(2);
    const r = await post(good, { reference: id, status: 'UNDELIV' });
    expect(r).toEqual({ status: 200, body: { message: id, status: 'failed' } });
    expect(rowOf(id)).toMatchObject({ status: 'failed', receipt: 'UNDELIV' });
  });

  it('refuses a missing or wrong token with 401, changing nothing', async () => {
    const id = await sendOne(3);
    const before = rowOf(id);
    for (const auth of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, 'Basic abc']) {
      const r = await post(auth, { id: before.providerId, status: 'delivered' });
      expect(r).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    }
    expect(rowOf(id)).toEqual(before);
  });

  it('answers 404 for a message the hub does not know', async () => {
    expect(await post(good, { id: 'prov-unknown', status: 'delivered' })).toMatchObject({
      status: 404,
      body: { code: 'not_found' },
    });
    expect(await post(good, { reference: 'no-such-message', status: 'delivered' })).toMatchObject({
      status: 404,
    });
  });

  it('refuses a malformed receipt with 400 and a clear message, changing nothing', async () => {
    const id = await sendOne(4);
    const before = rowOf(id);
    for (const bad of [
      { id: before.providerId },
      { id: before.providerId, status: 'on its way' },
      { status: 'delivered' },
      { id: before.providerId, status: 'delivered', extra: 1 },
      { id: '', status: 'delivered' },
      { id: 'has space', status: 'delivered' },
      [],
    ]) {
      const r = await post(good, bad);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation' });
      expect(String(r.body.message).length).toBeGreaterThan(5);
    }
    expect((await post(good, '{not json')).status).toBe(400);
    expect(rowOf(id)).toEqual(before);
  });
});

describe('a hub without DAWR_SMS_RECEIPT_TOKEN', () => {
  it('takes no receipts (404), whatever the credential', async () => {
    const plain = await hubWith({ gateway: 'log', retry: DEFAULT_SMS_RETRY });
    try {
      const r = await api(plain.url, 'POST', '/sms/receipts', good, { id: 'x', status: 'delivered' });
      expect(r).toMatchObject({ status: 404, body: { code: 'not_found' } });
    } finally {
      await plain.cleanup();
    }
  });
});
