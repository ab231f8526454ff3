/** The hub sends its phone messages through the configured gateway: SMPP for a centre, the demo outbox for `npm start`. */
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { smsModule } from '../../main/hub/features/sms/module.js';
import { SMPP_DEFAULTS } from '../../main/hub/features/sms/smpp-gateway.js';
import { DEFAULT_SMS_RETRY } from '../../main/hub/features/sms/outbox.js';
import type { SmsSettings } from '../../main/hub/features/sms/settings.js';
import { api, startTestHub, type TestHub } from '../support/hub.js';
import { startSmsc } from './smsc.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function hubWith(settings: SmsSettings, print?: (line: string) => void): Promise<TestHub> {
  const modules = HUB_MODULES.map((m) => (m.name === 'sms' ? smsModule({ settings, print }) : m));
  const hub = await startTestHub({ modules });
  cleanups.push(() => hub.cleanup());
  return hub;
}

const askCode = (hub: TestHub, language: 'ar' | 'en', deviceId: string) =>
  api(hub.url, 'POST', '/remote/code', undefined, {
    serviceId: 'eid-renew',
    mobile: '0501234567',
    language,
    deviceId,
  });

describe('the hub sends through the configured SMS gateway', () => {
  it('a remote join over SMPP: the Arabic code goes to the SMSC as UCS-2 from the sender id, and completes the join', async () => {
    const smsc = await startSmsc();
    cleanups.push(() => smsc.close());
    const hub = await hubWith({
      gateway: 'smpp',
      retry: DEFAULT_SMS_RETRY,
      smpp: {
        ...SMPP_DEFAULTS,
        host: '127.0.0.1',
        port: smsc.port,
        systemId: 'dawr',
        password: 'secret',
        sourceAddr: 'DAWR',
      },
    });
    const deviceId = 'sms-device-0000000001';
    const asked = await askCode(hub, 'ar', deviceId);
    expect(asked.status).toBe(200);
    const submit = smsc.submits[0]!;
    expect(submit.pdu).toMatchObject({
      data_coding: 8,
      source_addr: 'DAWR',
      destination_addr: '971501234567',
    });
    expect(submit.text).toContain('رمز التحقق');
    const code = /(\d{6})/.exec(submit.text)![1]!;
    const joined = await api(hub.url, 'POST', '/remote/join', undefined, {
      requestId: asked.body.requestId,
      code,
      deviceId,
    });
    expect(joined.status).toBe(200);
    expect(joined.body.ticket).toBeTruthy();
  });

  it('a gateway that refuses the number: the phone is told the code could not be sent, and no code is kept', async () => {
    const smsc = await startSmsc();
    cleanups.push(() => smsc.close());
    smsc.refuseDestination.set('971501234567', 0x0b);
    const hub = await hubWith({
      gateway: 'smpp',
      retry: DEFAULT_SMS_RETRY,
      smpp: {
        ...SMPP_DEFAULTS,
        host: '127.0.0.1',
        port: smsc.port,
        systemId: 'dawr',
        password: 'secret',
        sourceAddr: 'DAWR',
      },
    });
    const asked = await askCode(hub, 'en', 'sms-device-0000000002');
    expect(asked).toMatchObject({ status: 503, body: { code: 'sms_unavailable' } });
    expect(hub.hub.db.prepare('SELECT COUNT(*) AS n FROM remote_codes').get()).toEqual({ n: 0 });
    expect(hub.hub.db.prepare('SELECT status, attempts FROM sms_messages').get()).toEqual({
      status: 'dead',
      attempts: 1,
    });
  });

  it('the demo gateway prints each message and lists it on the loopback outbox page, so a join can be completed from there', async () => {
    const printed: string[] = [];
    const hub = await hubWith({ gateway: 'demo', retry: DEFAULT_SMS_RETRY }, (line) => printed.push(line));
    const deviceId = 'sms-device-0000000003';
    const asked = await askCode(hub, 'en', deviceId);
    expect(asked.status).toBe(200);
    expect(printed).toEqual([
      expect.stringMatching(/^\[demo SMS\] to \+971501234567: Your Dawr code: \d{6}\./),
    ]);

    const outbox = (await (await fetch(`${hub.url}/demo/outbox.json`)).json()) as {
      messages: { text: string; status: string }[];
    };
    expect(outbox.messages[0]).toMatchObject({ status: 'sent' });
    const code = /(\d{6})/.exec(outbox.messages[0]!.text)![1]!;
    const page = await fetch(`${hub.url}/demo/outbox`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain(code);

    const joined = await api(hub.url, 'POST', '/remote/join', undefined, {
      requestId: asked.body.requestId,
      code,
      deviceId,
    });
    expect(joined.status).toBe(200);
  });

  it('without the demo gateway there is no outbox page', async () => {
    const hub = await hubWith({ gateway: 'log', retry: DEFAULT_SMS_RETRY });
    expect((await fetch(`${hub.url}/demo/outbox`)).status).toBe(404);
  });
});
