import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../main/hub/core/config.js';
import { HttpsSmsTransport, type HttpsGatewaySettings } from '../../main/hub/features/sms/https-gateway.js';
import { SmsOutbox, type Schedule } from '../../main/hub/features/sms/outbox.js';
import { smsSettingsFromEnv } from '../../main/hub/features/sms/settings.js';
import { migrate } from '../../main/hub/core/store/migrate.js';
import { createCentreCa, issueServerCertificate } from '../../main/hub/core/tls/certificates.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A provider stub over HTTPS (a certificate from a CA made for the test); answers from a script. */
let stub: {
  url: string;
  ca: string;
  received: Received[];
  answers: { status: number; body: string }[];
  close(): Promise<void>;
};

beforeAll(async () => {
  const ca = await createCentreCa({ centreName: 'sms test', now: Date.now() });
  const cert = await issueServerCertificate({
    ca,
    names: { dns: ['localhost'], ips: ['127.0.0.1'] },
    now: Date.now(),
  });
  const received: Received[] = [];
  const answers: { status: number; body: string }[] = [];
  const server = createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      const answer = answers.shift() ?? { status: 200, body: '{"messageId":"prov-1"}' };
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  stub = {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
    ca: ca.certPem,
    received,
    answers,
    close: () => new Promise((r) => server.close(() => r())),
  };
});
afterAll(() => stub.close());

function outbox(
  body: HttpsGatewaySettings['body'] = {
    to: '{{toDigits}}',
    message: '{{text}}',
    ref: '{{id}}',
    from: 'DAWR',
  },
) {
  const db = new Database(':memory:');
  migrate(db, HUB_MIGRATIONS);
  const waits: number[] = [];
  const schedule: Schedule = (run, ms) => {
    waits.push(ms);
    const t = setImmediate(run);
    return () => clearImmediate(t);
  };
  const transport = new HttpsSmsTransport({
    url: new URL(stub.url),
    authHeader: 'Authorization',
    auth: 'Bearer test-token',
    body,
    ca: stub.ca,
    timeoutMs: 5000,
  });
  const box = new SmsOutbox({
    db,
    clock: { now: () => Date.now() },
    hashMobile: (m) => createHash('sha256').update(m).digest('hex'),
    transport,
    retry: { attempts: 3, baseMs: 50, maxMs: 1000, throttledMs: 400 },
    schedule,
  });
  return { db, box, waits };
}

describe('HTTPS SMS gateway against a local provider stub', () => {
  it('posts the filled JSON template with the auth header; quotes and Arabic in the text stay intact', async () => {
    stub.received.length = 0;
    const { box, db } = outbox();
    const text = 'تذكرتك A-012. "تابع" دورك: https://x/t/abc';
    await box.send('+971501234567', text);
    const got = stub.received[0]!;
    expect(got.headers.authorization).toBe('Bearer test-token');
    expect(got.headers['content-type']).toBe('application/json');
    const id = (db.prepare('SELECT id FROM sms_messages').get() as { id: string }).id;
    expect(got.body).toEqual({ to: '971501234567', message: text, ref: id, from: 'DAWR' });
    expect(db.prepare('SELECT provider_id FROM sms_message_parts').get()).toEqual({ provider_id: 'prov-1' });
    expect(box.message(id)?.status).toBe('sent');
  });

  it('a provider error (HTTP 503) is tried again; HTTP 429 waits at least the throttle wait', async () => {
    stub.received.length = 0;
    stub.answers.push({ status: 503, body: '' }, { status: 429, body: '' });
    const { box, db, waits } = outbox();
    await box.send('+971501234567', 'hello');
    expect(waits).toEqual([50, 400]);
    expect(stub.received).toHaveLength(3);
    expect(db.prepare('SELECT status, attempts FROM sms_messages').get()).toEqual({
      status: 'sent',
      attempts: 3,
    });
  });

  it('a refusal (HTTP 400, e.g. a bad number) is final: one try, a dead letter', async () => {
    stub.received.length = 0;
    stub.answers.push({ status: 400, body: '{"error":"invalid number"}' });
    const { box, db, waits } = outbox();
    await expect(box.send('+971501234567', 'hello')).rejects.toMatchObject({ permanent: true });
    expect(waits).toEqual([]);
    expect(db.prepare('SELECT status, attempts, last_error FROM sms_messages').get()).toEqual({
      status: 'dead',
      attempts: 1,
      last_error: 'the SMS provider refused the message (HTTP 400)',
    });
  });

  it('a certificate the hub does not trust is a failure to reach the provider, not a send', async () => {
    const db = new Database(':memory:');
    migrate(db, HUB_MIGRATIONS);
    const box = new SmsOutbox({
      db,
      clock: { now: () => Date.now() },
      hashMobile: (m) => m.length.toString(),
      transport: new HttpsSmsTransport({
        url: new URL(stub.url),
        authHeader: 'Authorization',
        body: { t: '{{text}}', n: '{{to}}' },
        ca: undefined,
        timeoutMs: 5000,
      }),
      retry: { attempts: 1, baseMs: 1, maxMs: 1, throttledMs: 1 },
    });
    await expect(box.send('+971501234567', 'hello')).rejects.toThrow(/cannot reach the SMS provider/);
  });
});

describe('SMS gateway configuration', () => {
  it('defaults to the logging gateway', () => {
    expect(smsSettingsFromEnv({}).gateway).toBe('log');
  });

  it('refuses an unknown gateway, an incomplete SMPP setting, plain http to another machine, and a body that is not JSON', () => {
    expect(() => smsSettingsFromEnv({ DAWR_SMS_GATEWAY: 'carrier-pigeon' })).toThrow(ConfigError);
    expect(() => smsSettingsFromEnv({ DAWR_SMS_GATEWAY: 'smpp', DAWR_SMPP_HOST: 'smsc.example' })).toThrow(
      /DAWR_SMPP_SYSTEM_ID is required/,
    );
    expect(() =>
      smsSettingsFromEnv({ DAWR_SMS_GATEWAY: 'https', DAWR_SMS_HTTPS_URL: 'http://sms.example.com/send' }),
    ).toThrow(/plain http only to a loopback address/);
    expect(() =>
      smsSettingsFromEnv({
        DAWR_SMS_GATEWAY: 'https',
        DAWR_SMS_HTTPS_URL: 'https://sms.example.com',
        DAWR_SMS_HTTPS_BODY: '{"to":',
      }),
    ).toThrow(/not valid JSON/);
    expect(() =>
      smsSettingsFromEnv({
        DAWR_SMS_GATEWAY: 'https',
        DAWR_SMS_HTTPS_URL: 'https://sms.example.com',
        DAWR_SMS_HTTPS_BODY: '{"to":"{{to}}"}',
      }),
    ).toThrow(/must place \{\{text\}\}/);
  });

  it('reads a complete SMPP setting, with the sender id and the defaults', () => {
    const s = smsSettingsFromEnv({
      DAWR_SMS_GATEWAY: 'smpp',
      DAWR_SMPP_HOST: 'smsc.example',
      DAWR_SMPP_SYSTEM_ID: 'dawr',
      DAWR_SMPP_PASSWORD: 'secret',
      DAWR_SMPP_SOURCE_ADDR: 'ICP',
    });
    expect(s).toMatchObject({
      gateway: 'smpp',
      smpp: { host: 'smsc.example', port: 2775, sourceAddr: 'ICP', tls: false },
    });
    expect(() =>
      smsSettingsFromEnv({
        DAWR_SMS_GATEWAY: 'smpp',
        DAWR_SMPP_HOST: 'smsc.example',
        DAWR_SMPP_SYSTEM_ID: 'dawr',
        DAWR_SMPP_PASSWORD: 'secret',
        DAWR_SMPP_SOURCE_ADDR: 'A sender id too long',
      }),
    ).toThrow(/up to 11 letters and digits/);
  });
});
