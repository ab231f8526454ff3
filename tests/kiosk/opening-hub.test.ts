/**
 * The hub refuses walk-in tickets when the centre is closed or past the queue's last-ticket time,
 * says so on the public opening route and in the kiosk's snapshot, and leaves appointments and staff
 * alone. The demo centre: Sunday to Thursday 07:30–20:00 in Dubai (UTC+4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { api, connect, DISPLAY_KEY, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { OpeningState } from '../../shared/contract/opening.js';
import { DeviceSnapshot } from '../../shared/contract/views.js';
import { ServiceUse } from '../../shared/contract/kiosk.js';
import { createDemoAppointments } from '../../main/hub/features/kiosk/appointments.js';

/** Sunday 6 December 2026 in Dubai. */
const dubai = (hh: number, mm: number) => Date.UTC(2026, 11, 6, hh - 4, mm);

let hub: TestHub;
let now = dubai(23, 29);
const kiosk = `Device ${KIOSK_KEY}`;
let key = 0;
const issueAsKiosk = (serviceId = 'eid-renew') =>
  api(hub.url, 'POST', '/visits', kiosk, { serviceId, idempotencyKey: `opening-${++key}` });
const waitingCount = () => [...hub.hub.state.visits.values()].filter((v) => v.status === 'waiting').length;

beforeAll(async () => {
  hub = await startTestHub({ clock: { now: () => now } });
});
afterAll(async () => hub?.cleanup());

describe('a closed centre', () => {
  it('refuses a kiosk ticket at night with 409 centre_closed, and issues nothing', async () => {
    now = dubai(23, 29);
    const before = waitingCount();
    const r = await issueAsKiosk();
    expect(r).toMatchObject({ status: 409, body: { code: 'centre_closed' } });
    expect(waitingCount()).toBe(before);
  });

  it('says closed, and when it opens, on the public route without signing in', async () => {
    now = dubai(23, 29);
    const r = await api(hub.url, 'GET', '/public/opening');
    expect(r.status).toBe(200);
    const s = OpeningState.parse(r.body);
    expect(s).toMatchObject({
      status: 'closed',
      timeZone: 'Asia/Dubai',
      nextOpening: { day: '2026-12-07', weekday: 1, time: '07:30', inDays: 1 },
    });
    expect(s.queues.length).toBe(hub.hub.catalogue.queues.length);
    expect(s.queues.every((q) => q.refusal === 'centre_closed')).toBe(true);
  });

  it('puts the same state in the kiosk’s snapshot', async () => {
    now = dubai(23, 29);
    const socket: Socket = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    try {
      const pushed = (await socket.timeout(10_000).emitWithAck('snapshot')) as { ok: boolean; data: unknown };
      const snap = DeviceSnapshot.parse(pushed.data);
      expect(snap.opening.status).toBe('closed');
      expect(snap.opening.nextOpening?.time).toBe('07:30');
    } finally {
      socket.disconnect();
    }
    const overHttp = DeviceSnapshot.parse((await api(hub.url, 'GET', '/snapshot', kiosk)).body);
    expect(overHttp.opening.status).toBe('closed');
  });

  it('lets staff still issue after hours (their judgement), on their own channel', async () => {
    now = dubai(23, 29);
    const floor = `Bearer ${await login(hub.url, 'floor', '112233')}`;
    const r = await api(hub.url, 'POST', '/visits', floor, {
      serviceId: 'eid-renew',
      channel: 'kiosk',
      idempotencyKey: 'opening-staff-1',
    });
    expect(r.status).toBe(200);
  });
});

describe('the last ticket before closing', () => {
  it('issues until the queue’s last-ticket time (inclusive), then refuses with 409 last_ticket_passed', async () => {
    now = dubai(19, 30);
    expect((await issueAsKiosk()).status).toBe(200);
    const opening = OpeningState.parse((await api(hub.url, 'GET', '/public/opening')).body);
    expect(opening.status).toBe('closing-soon');

    now = dubai(19, 31);
    const r = await issueAsKiosk();
    expect(r).toMatchObject({ status: 409, body: { code: 'last_ticket_passed' } });
    expect(String(r.body.message)).toContain('19:30');
  });

  it('gives a kiosk retrying a ticket issued in time that ticket back after the last-ticket time', async () => {
    now = dubai(19, 29);
    const body = { serviceId: 'eid-renew', idempotencyKey: 'opening-retry-1' };
    const first = await api(hub.url, 'POST', '/visits', kiosk, body);
    expect(first.status).toBe(200);
    now = dubai(19, 45);
    const again = await api(hub.url, 'POST', '/visits', kiosk, body);
    expect(again).toMatchObject({ status: 200, body: { replayed: true } });
  });

  it('keeps appointment check-in to its own window after the last walk-in ticket', async () => {
    now = dubai(19, 45);
    const booked = createDemoAppointments(hub.hub.db, now);
    const r = await api(hub.url, 'POST', '/kiosk/check-in', kiosk, { code: booked.onTime[0]!.code });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ticket: { visit: { priority: 'appointment' } } });
  });

  it('issues as usual in the day', async () => {
    now = dubai(10, 0);
    expect((await issueAsKiosk()).status).toBe(200);
    const opening = OpeningState.parse((await api(hub.url, 'GET', '/public/opening')).body);
    expect(opening.status).toBe('open');
  });
});

describe('the most used services', () => {
  it('counts tickets per service for the kiosk’s start screen; only kiosks may ask', async () => {
    now = dubai(10, 5);
    await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'licence-renew',
      idempotencyKey: 'service-use-1',
    });
    await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'licence-renew',
      idempotencyKey: 'service-use-2',
    });
    const r = await api(hub.url, 'GET', '/kiosk/service-use', kiosk);
    expect(r.status).toBe(200);
    const use = ServiceUse.parse(r.body);
    const issued = (id: string) =>
      [...hub.hub.state.visits.values()].filter((v) => v.serviceIds[0] === id).length;
    expect(use.ticketsByService['licence-renew']).toBe(2);
    expect(use.ticketsByService['eid-renew']).toBe(issued('eid-renew'));
    expect(use.ticketsByService['building-permit']).toBeUndefined();
    expect((await api(hub.url, 'GET', '/kiosk/service-use', `Device ${DISPLAY_KEY}`)).status).toBe(403);
    expect((await api(hub.url, 'GET', '/kiosk/service-use')).status).toBe(401);
  });
});
