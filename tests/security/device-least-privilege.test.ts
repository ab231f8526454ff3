/**
 * Least privilege for device keys: a kiosk key is on the floor, so it acts only on the tickets its
 * kiosk issued (or with the ticket's own token), never on a called one, cannot give itself
 * appointment priority or another channel, and kiosks and displays get only what their screens show.
 * Every attack is tried over HTTP and over the kiosk's socket.io namespace where it exists there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import {
  api,
  connect,
  DISPLAY_KEY,
  emitAck,
  KIOSK_KEY,
  login,
  startTestHub,
  type TestHub,
} from '../support/hub.js';
import type { Visit } from '../../shared/contract/visit.js';

const OTHER_KIOSK_KEY = 'test-kiosk-key-other-0123456789';
const KIOSK = `Device ${KIOSK_KEY}`;
const OTHER_KIOSK = `Device ${OTHER_KIOSK_KEY}`;

let hub: TestHub;
let otherKiosk: Socket;
let ownKiosk: Socket;
let agent: string;
let keys = 0;
const newKey = () => `lp-tap-${String(++keys).padStart(6, '0')}`;

beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startTestHub({
    extraDevices: [{ id: 'kiosk-other', role: 'kiosk', name: 'Another kiosk', key: OTHER_KIOSK_KEY }],
  });
  ownKiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
  otherKiosk = await connect(hub.url, '/kiosk', { deviceKey: OTHER_KIOSK_KEY });
  agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
  expect((await api(hub.url, 'POST', '/counters/c1/open', agent)).status).toBe(200);
});
afterAll(async () => {
  ownKiosk?.close();
  otherKiosk?.close();
  await hub?.cleanup();
});

/** A ticket issued by the test kiosk 'kiosk-t', for a queue no other test touches. */
async function issuedByOwnKiosk(serviceId = 'building-permit'): Promise<{ visit: Visit; token: string }> {
  const r = await api(hub.url, 'POST', '/visits', KIOSK, { serviceId, idempotencyKey: newKey() });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const visit = r.body.visit as Visit;
  return { visit, token: visit.publicToken };
}

const statusOf = (visitId: string) => hub.hub.visit(visitId)?.status;

describe('a kiosk acts only on the tickets it issued', () => {
  it('another kiosk cannot cancel or postpone a waiting ticket, over HTTP or its socket', async () => {
    const { visit } = await issuedByOwnKiosk();
    const sortKey = hub.hub.visit(visit.id)!.sortKey;

    const httpCancel = await api(hub.url, 'POST', `/visits/${visit.id}/cancel`, OTHER_KIOSK);
    expect(httpCancel).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const httpPostpone = await api(hub.url, 'POST', `/visits/${visit.id}/postpone`, OTHER_KIOSK, {
      places: 3,
    });
    expect(httpPostpone).toMatchObject({ status: 403, body: { code: 'forbidden' } });

    const socketCancel = await emitAck(otherKiosk, 'cancelVisit', { visitId: visit.id });
    expect(socketCancel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const socketPostpone = await emitAck(otherKiosk, 'postponeVisit', { visitId: visit.id, places: 3 });
    expect(socketPostpone).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(statusOf(visit.id)).toBe('waiting');
    expect(hub.hub.visit(visit.id)!.sortKey).toBe(sortKey);
  });

  it('the kiosk that issued a waiting ticket still cancels it; another kiosk can with the ticket token', async () => {
    const own = await issuedByOwnKiosk();
    expect(await emitAck(ownKiosk, 'cancelVisit', { visitId: own.visit.id })).toMatchObject({ ok: true });
    expect(statusOf(own.visit.id)).toBe('cancelled');

    // The citizen shows the ticket's QR code at another kiosk: its token authorises the request.
    const held = await issuedByOwnKiosk();
    const withToken = await api(hub.url, 'POST', `/visits/${held.visit.id}/cancel`, OTHER_KIOSK, {
      token: held.token,
    });
    expect(withToken.status, JSON.stringify(withToken.body)).toBe(200);
    expect(statusOf(held.visit.id)).toBe('cancelled');
  });

  it('no kiosk cancels a ticket a counter has called, not even its own or with the token; staff still can', async () => {
    const { visit, token } = await issuedByOwnKiosk('eid-renew');
    const called = await api(hub.url, 'POST', `/counters/c1/call/${visit.id}`, agent);
    expect(called.status, JSON.stringify(called.body)).toBe(200);

    for (const [auth, body] of [
      [OTHER_KIOSK, {}],
      [KIOSK, {}],
      [OTHER_KIOSK, { token }],
    ] as const) {
      const r = await api(hub.url, 'POST', `/visits/${visit.id}/cancel`, auth, body);
      expect(r, auth).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    }
    for (const socket of [otherKiosk, ownKiosk]) {
      const r = await emitAck(socket, 'cancelVisit', { visitId: visit.id, token });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(statusOf(visit.id)).toBe('called');
    expect(hub.hub.state.counters.get('c1')!.currentVisitId).toBe(visit.id);

    // The counter's own staff keep their rights.
    const byStaff = await api(hub.url, 'POST', `/visits/${visit.id}/cancel`, agent);
    expect(byStaff.status, JSON.stringify(byStaff.body)).toBe(200);
    expect(statusOf(visit.id)).toBe('cancelled');
  });

  it('another kiosk cannot print a ticket or send its link by SMS to any number', async () => {
    const { visit, token } = await issuedByOwnKiosk();
    const print = await api(hub.url, 'POST', '/kiosk/print', OTHER_KIOSK, { visitId: visit.id });
    expect(print).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const sms = await api(hub.url, 'POST', '/kiosk/sms', OTHER_KIOSK, {
      visitId: visit.id,
      mobile: '0501234567',
    });
    expect(sms).toMatchObject({ status: 403, body: { code: 'forbidden' } });

    // Its own kiosk, or the ticket's holder (token), may.
    expect((await api(hub.url, 'POST', '/kiosk/print', KIOSK, { visitId: visit.id })).status).toBe(200);
    const held = await api(hub.url, 'POST', '/kiosk/sms', OTHER_KIOSK, {
      visitId: visit.id,
      mobile: '0501234567',
      token,
    });
    expect(held).toMatchObject({ status: 200, body: { sent: true } });
  });
});

describe('a kiosk cannot choose its priority class or channel', () => {
  const waiting = () => hub.hub.state.lines.get('q-labour')!;
  const attempts = [
    { priority: 'appointment', appointmentAt: Date.now() + 60_000 },
    { channel: 'remote' },
    { channel: 'appointment' },
    { channel: 'floor' },
  ] as const;

  it('refuses appointment priority and any channel but its own, over HTTP and its socket, issuing nothing', async () => {
    const before = [waiting().priority.size, waiting().normal.size];
    for (const extra of attempts) {
      const body = { serviceId: 'work-permit', idempotencyKey: newKey(), ...extra };
      const http = await api(hub.url, 'POST', '/visits', KIOSK, body);
      expect(http, JSON.stringify(extra)).toMatchObject({ status: 403, body: { code: 'forbidden' } });
      const socket = await emitAck(ownKiosk, 'issueTicket', { ...body, idempotencyKey: newKey() });
      expect(socket, JSON.stringify(extra)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect([waiting().priority.size, waiting().normal.size]).toEqual(before);
  });

  it('still issues on the kiosk channel with a walk-in priority, and staff keep the choice', async () => {
    const kiosk = await emitAck<{ visit: Visit }>(ownKiosk, 'issueTicket', {
      serviceId: 'work-permit',
      priority: 'senior',
      channel: 'kiosk',
      idempotencyKey: newKey(),
    });
    expect(kiosk.ok && kiosk.data.visit).toMatchObject({ channel: 'kiosk', priority: 'senior' });
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const staff = await api(hub.url, 'POST', '/visits', manager, {
      serviceId: 'work-permit',
      priority: 'appointment',
      appointmentAt: Date.now() + 60_000,
      channel: 'floor',
      idempotencyKey: newKey(),
    });
    expect(staff.status, JSON.stringify(staff.body)).toBe(200);
    expect(staff.body.visit).toMatchObject({ channel: 'floor', priority: 'appointment' });
  });
});

describe('kiosks and displays get only the fields they show', () => {
  /** The `snapshot` request takes only an acknowledgement; its data, or the refusal thrown. */
  async function askSnapshot(socket: Socket): Promise<unknown> {
    const r = (await socket.timeout(10_000).emitWithAck('snapshot')) as
      { ok: true; data: unknown } | { ok: false; error: unknown };
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.data;
  }

  /** Connects and resolves with the first snapshot the hub pushes on connect. */
  function snapshotOnConnect(namespace: string, auth: Record<string, string>) {
    const socket = io(`${hub.url}${namespace}`, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      autoConnect: false,
    });
    const first = new Promise<unknown>((resolve) => socket.once('snapshot', resolve));
    socket.connect();
    return { socket, first };
  }

  it('carries no visit ids, staff ids or breaks to kiosks and displays, on connect, on request, pushed and over HTTP', async () => {
    const { visit } = await issuedByOwnKiosk('residency-renew');
    const agent2 = `Bearer ${await login(hub.url, 'agent2', '222222')}`;
    await api(hub.url, 'POST', '/counters/c2/open', agent2);
    const called = await api(hub.url, 'POST', `/counters/c2/call/${visit.id}`, agent2);
    expect(called.status, JSON.stringify(called.body)).toBe(200);

    const kiosk = snapshotOnConnect('/kiosk', { deviceKey: KIOSK_KEY });
    const display = snapshotOnConnect('/display', { deviceKey: DISPLAY_KEY });
    const counter = await connect(hub.url, '/counter', { token: agent2.slice('Bearer '.length) });
    try {
      const seenByDevices = [
        await kiosk.first,
        await display.first,
        await askSnapshot(kiosk.socket),
        await askSnapshot(display.socket),
        (await api(hub.url, 'GET', '/snapshot', KIOSK)).body,
        (await api(hub.url, 'GET', '/snapshot', `Device ${DISPLAY_KEY}`)).body,
      ];
      // The next committed change is pushed to every screen.
      const pushed = new Promise<unknown>((resolve) => kiosk.socket.once('snapshot', resolve));
      const pushedToDisplay = new Promise<unknown>((resolve) => display.socket.once('snapshot', resolve));
      await issuedByOwnKiosk('residency-renew');
      seenByDevices.push(await pushed, await pushedToDisplay);

      for (const seen of seenByDevices) {
        const text = JSON.stringify(seen);
        expect(text).not.toContain(visit.id);
        expect(text).not.toContain('s-agent2');
        expect(text).not.toMatch(/currentVisitId|staffId|breakReason|workProfileId/);
      }
      // Kiosks show no counters; the display still learns which ticket is at counter 2.
      expect(await kiosk.first).toMatchObject({ counters: [] });
      expect(await display.first).toMatchObject({
        counters: expect.arrayContaining([
          { counterId: 'c2', label: '2', currentTicket: visit.ticket, since: expect.any(Number) },
        ]),
      });
      expect((await display.first) as { queues: unknown[] }).toMatchObject({
        queues: expect.arrayContaining([expect.objectContaining({ queueId: 'q-residency', waiting: 0 })]),
      });

      // Staff screens keep the full snapshot.
      const full = (await askSnapshot(counter)) as {
        counters: { counterId: string; currentVisitId: string | null }[];
      };
      expect(full.counters.find((c) => c.counterId === 'c2')?.currentVisitId).toBe(visit.id);
    } finally {
      kiosk.socket.close();
      display.socket.close();
      counter.close();
    }
  });
});
