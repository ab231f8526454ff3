/**
 * Idempotency keys belong to the caller that sent them and to the request they were sent with:
 * another kiosk (or staff member) resending a key gets its own ticket, never the first citizen's;
 * the same caller reusing a key for another request is refused (409 idempotency_conflict); a retry of
 * the same request by the same caller still gets the same ticket back. Over HTTP and over the socket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { api, connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import type { IssuedTicket } from '../../shared/contract/views.js';
import type { SubmittedRequest } from '../../shared/contract/assisted.js';
import { goodEidRenew } from '../assisted/support.js';

const OTHER_KIOSK_KEY = 'test-kiosk-key-second-0123456789';
const KIOSK = `Device ${KIOSK_KEY}`;
const OTHER_KIOSK = `Device ${OTHER_KIOSK_KEY}`;

let hub: TestHub;
let kioskSocket: Socket;
let otherKioskSocket: Socket;

beforeAll(async () => {
  hub = await startTestHub({
    extraDevices: [{ id: 'kiosk-second', role: 'kiosk', name: 'Second kiosk', key: OTHER_KIOSK_KEY }],
  });
  kioskSocket = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
  otherKioskSocket = await connect(hub.url, '/kiosk', { deviceKey: OTHER_KIOSK_KEY });
});
afterAll(async () => {
  kioskSocket?.close();
  otherKioskSocket?.close();
  await hub?.cleanup();
});

const visitCount = () => hub.hub.state.visits.size;
const ticketOf = (body: unknown) => body as IssuedTicket;

describe('keys are scoped to the caller', () => {
  it("another kiosk resending a kiosk's key gets its own ticket, never the first citizen's, over HTTP and its socket", async () => {
    const request = {
      serviceId: 'eid-renew',
      idempotencyKey: 'idem-shared-00001',
      identity: { kind: 'emiratesId', value: '784-1990-1234567-6' },
    };
    const first = await api(hub.url, 'POST', '/visits', KIOSK, request);
    expect(first.status).toBe(200);
    const original = ticketOf(first.body).visit;

    const overHttp = await api(hub.url, 'POST', '/visits', OTHER_KIOSK, request);
    expect(overHttp.status, JSON.stringify(overHttp.body)).toBe(200);
    const overSocket = await emitAck<IssuedTicket>(otherKioskSocket, 'issueTicket', {
      ...request,
      idempotencyKey: 'idem-shared-00002',
    });
    const second = await api(hub.url, 'POST', '/visits', KIOSK, {
      ...request,
      idempotencyKey: 'idem-shared-00002',
    });
    expect(second.status).toBe(200);

    for (const stolen of [ticketOf(overHttp.body), overSocket.ok ? overSocket.data : undefined]) {
      expect(stolen).toBeDefined();
      expect(stolen!.replayed).toBe(false);
      expect(stolen!.visit.id).not.toBe(original.id);
      expect(stolen!.visit.publicToken).not.toBe(original.publicToken);
      expect(stolen!.statusPath).not.toContain(original.publicToken);
    }
    expect(ticketOf(second.body).visit.id).not.toBe(overSocket.ok && overSocket.data.visit.id);
  });

  it("a staff member's key is theirs too", async () => {
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const floor = `Bearer ${await login(hub.url, 'floor', '112233')}`;
    const request = { serviceId: 'work-permit', channel: 'floor', idempotencyKey: 'idem-staff-00001' };
    const byFloor = await api(hub.url, 'POST', '/visits', floor, request);
    const byManager = await api(hub.url, 'POST', '/visits', manager, request);
    expect([byFloor.status, byManager.status]).toEqual([200, 200]);
    expect(ticketOf(byManager.body).replayed).toBe(false);
    expect(ticketOf(byManager.body).visit.id).not.toBe(ticketOf(byFloor.body).visit.id);
  });
});

describe('a key replayed with another request is a conflict', () => {
  it('refuses another service with 409 idempotency_conflict over HTTP and the socket, issuing nothing', async () => {
    const key = 'idem-conflict-00001';
    const first = await api(hub.url, 'POST', '/visits', KIOSK, {
      serviceId: 'licence-renew',
      idempotencyKey: key,
    });
    expect(first.status).toBe(200);
    const before = visitCount();

    const http = await api(hub.url, 'POST', '/visits', KIOSK, {
      serviceId: 'traffic-fines',
      idempotencyKey: key,
    });
    expect(http).toMatchObject({ status: 409, body: { code: 'idempotency_conflict' } });
    expect(http.body).not.toHaveProperty('visit');
    const socket = await emitAck(kioskSocket, 'issueTicket', {
      serviceId: 'traffic-fines',
      idempotencyKey: key,
    });
    expect(socket).toMatchObject({ ok: false, error: { code: 'idempotency_conflict' } });
    expect(visitCount()).toBe(before);
  });

  it('refuses another citizen, another language or another priority under the same key', async () => {
    const key = 'idem-conflict-00002';
    const base = {
      serviceId: 'vehicle-register',
      idempotencyKey: key,
      identity: { kind: 'emiratesId', value: '784-1990-1234567-6' },
    };
    expect((await api(hub.url, 'POST', '/visits', KIOSK, base)).status).toBe(200);
    const before = visitCount();
    for (const changed of [
      { ...base, identity: { kind: 'emiratesId', value: '784-1985-1234567-3' } },
      { ...base, identity: { kind: 'mobile', value: '0501234567' } },
      { ...base, identity: null },
      { ...base, language: 'en' },
      { ...base, priority: 'senior' },
    ]) {
      const r = await api(hub.url, 'POST', '/visits', KIOSK, changed);
      expect(r, JSON.stringify(changed)).toMatchObject({
        status: 409,
        body: { code: 'idempotency_conflict' },
      });
    }
    expect(visitCount()).toBe(before);
  });

  it('the same request from the same caller still gets the same ticket, over HTTP and the socket', async () => {
    const request = {
      serviceId: 'building-permit',
      idempotencyKey: 'idem-retry-00001',
      identity: { kind: 'mobile', value: '0501234567' },
      representative: { relation: 'family' },
    };
    const first = await api(hub.url, 'POST', '/visits', KIOSK, request);
    expect(first.status).toBe(200);
    const before = visitCount();
    const again = await api(hub.url, 'POST', '/visits', KIOSK, request);
    const overSocket = await emitAck<IssuedTicket>(kioskSocket, 'issueTicket', request);
    expect(again.status).toBe(200);
    expect(ticketOf(again.body)).toMatchObject({
      replayed: true,
      visit: { id: ticketOf(first.body).visit.id },
    });
    expect(overSocket).toMatchObject({
      ok: true,
      data: { replayed: true, visit: { id: ticketOf(first.body).visit.id } },
    });
    expect(visitCount()).toBe(before);
  });
});

describe('assisted service requests', () => {
  it("another kiosk resending a kiosk's key gets its own request, not the first citizen's", async () => {
    const body = {
      serviceId: 'eid-renew',
      data: goodEidRenew(),
      documents: ['eid-card', 'photo'],
      onBehalf: { relation: 'family', authorisation: 'power_of_attorney' },
      idempotencyKey: 'idem-request-00001',
    };
    const first = await api(hub.url, 'POST', '/service-requests', KIOSK, body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await api(hub.url, 'POST', '/service-requests', OTHER_KIOSK, { ...body, onBehalf: null });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const [a, b] = [first, second].map((r) => (r.body as unknown as SubmittedRequest).request);
    expect(b!.number).not.toBe(a!.number);
    expect(b!.onBehalf).toBeNull();
    // The same kiosk's retry still gets its own request back.
    const again = await api(hub.url, 'POST', '/service-requests', KIOSK, body);
    expect((again.body as unknown as SubmittedRequest).request.number).toBe(a!.number);
  });
});

describe('appointment check-in', () => {
  it('still gives one ticket per booking, whichever kiosk scans it again', async () => {
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const booked = await api(hub.url, 'POST', '/appointments', manager, {
      serviceId: 'eid-renew',
      startsAt: hub.hub.clock.now() + 5 * 60_000,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    const code = String(booked.body.code);
    const first = await api(hub.url, 'POST', '/kiosk/check-in', KIOSK, { code });
    const second = await api(hub.url, 'POST', '/kiosk/check-in', OTHER_KIOSK, { code });
    expect([first.status, second.status]).toEqual([200, 200]);
    const [a, b] = [first, second].map((r) => (r.body.ticket as IssuedTicket).visit);
    expect(b!.id).toBe(a!.id);
    expect(a).toMatchObject({ priority: 'appointment', channel: 'appointment' });
  });
});
