/**
 * The hub's log holds no ticket token, session token, device key, PIN, pairing code, join code,
 * booking code or mobile number: a hub logging at `info` is taken through every flow that carries
 * one, and every line it wrote is searched for them.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { newDeviceId } from '../remote/support.js';

const lines: string[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ logger });
});
afterAll(async () => hub.cleanup());

describe('log redaction', () => {
  it('logs requests without the tokens, keys, PINs and codes they carry', async () => {
    const secrets: Record<string, string> = { kioskKey: KIOSK_KEY, pin: '111111', managerPin: '246810' };
    const kiosk = `Device ${KIOSK_KEY}`;

    // A kiosk ticket, and everything its public token is used for.
    const issued = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: 'log-redaction-0001',
    });
    expect(issued.status).toBe(200);
    const ticket = issued.body as { visit: { id: string; publicToken: string } };
    const token = ticket.visit.publicToken;
    secrets.ticketToken = token;
    expect((await api(hub.url, 'GET', `/public/tickets/${token}`)).status).toBe(200);
    expect((await api(hub.url, 'GET', `/public/tickets/${token}/options`)).status).toBe(200);
    await api(hub.url, 'POST', `/public/tickets/${token}/late`);
    await fetch(`${hub.url}/t/${token}`);
    await fetch(`${hub.url}/api/v1/catalogue?token=${token}`);
    const sms = await api(hub.url, 'POST', '/kiosk/sms', kiosk, {
      visitId: ticket.visit.id,
      mobile: '0501234567',
    });
    expect(sms.status).toBe(200);
    secrets.mobile = '501234567';
    await api(hub.url, 'POST', `/public/tickets/${token}/cancel`);

    // Staff sessions and pairing.
    const session = await login(hub.url, 'agent1', '111111');
    secrets.session = session;
    expect((await api(hub.url, 'GET', '/snapshot', `Bearer ${session}`)).status).toBe(200);
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const code = await api(hub.url, 'POST', '/pairing/codes', manager, { role: 'display', name: 'Hall 3' });
    expect(code.status).toBe(201);
    secrets.pairingCode = String(code.body.code).replace('-', '');
    const claimed = await api(hub.url, 'POST', '/pairing/claim', undefined, { code: code.body.code });
    expect(claimed.status).toBe(200);
    secrets.deviceKey = String(claimed.body.deviceKey);
    expect((await api(hub.url, 'GET', '/snapshot', `Device ${secrets.deviceKey}`)).status).toBe(200);

    // A booking made and cancelled: its code checks the customer in at the kiosk.
    const day = new Date(Date.now() + 2 * 24 * 3600_000).toISOString().slice(0, 10);
    const slots = await api(hub.url, 'GET', `/booking/services/eid-renew/slots?date=${day}`);
    const slot = (slots.body as { slots: { startsAt: number }[] }).slots[0];
    expect(slot).toBeDefined();
    const booked = await api(hub.url, 'POST', '/booking/appointments', manager, {
      serviceId: 'eid-renew',
      startsAt: slot!.startsAt,
      mobile: '0507654321',
      language: 'en',
    });
    expect(booked.status).toBe(201);
    secrets.bookingCode = String(booked.body.code);
    secrets.bookingMobile = '507654321';
    expect(
      (await api(hub.url, 'DELETE', `/booking/appointments/${secrets.bookingCode}`, manager)).status,
    ).toBe(200);

    // A phone asks for a join code: the logging SMS gateway writes the message.
    const asked = await api(hub.url, 'POST', '/remote/code', undefined, {
      serviceId: 'eid-renew',
      mobile: '0527654321',
      deviceId: newDeviceId(),
    });
    expect(asked.status).toBe(200);
    secrets.phoneMobile = '527654321';

    const log = lines.join('');
    // The flows were logged: requests, and both SMS messages (with their secrets masked).
    expect(log).toContain('/api/v1/public/tickets/[redacted]/options');
    expect(log).toContain('/api/v1/booking/appointments/[redacted]');
    const smsLines = lines.filter((l) => l.includes('logging gateway'));
    expect(smsLines).toHaveLength(2);
    // A secret as a value of its own: not a run inside a longer number or word, such as a response
    // time's decimals or an epoch millisecond, where a six-digit PIN turns up by chance (it did once in CI).
    for (const [name, secret] of Object.entries(secrets)) {
      const alone = new RegExp(
        `(?<![0-9A-Za-z])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`,
      );
      const at = log.search(alone);
      expect(at < 0 ? '' : log.slice(Math.max(0, at - 80), at + secret.length + 80), name).toBe('');
    }
    // The join code went by SMS only: no six-digit run anywhere in the messages as logged.
    for (const l of smsLines) {
      const text = (JSON.parse(l) as { sms: { text: string } }).sms.text;
      expect(text).not.toMatch(/\d{6}/);
      expect(text).toContain('[redacted]');
    }
    expect(log).not.toMatch(/authorization/i);
  });
});
