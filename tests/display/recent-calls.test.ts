/**
 * The display board's earlier calls come from the hub (`recentCalls` on '/display'), so a board
 * that reloads shows them again: today's calls only, one per ticket (its latest call, a recall
 * included), newest first, at most RECENT_CALLS_LIMIT, and nothing but ticket, counter, queue and
 * time. A display that has no speech voice tells the hub (device health), not the public.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeviceHealthList, HEARTBEAT_EVENT } from '../../shared/contract/device-health.js';
import { RECENT_CALLS_LIMIT, RecentCall, RecentCalls } from '../../shared/contract/views.js';
import { RECENT_CALLS_SQL } from '../../main/hub/features/display/call-store.js';
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

/** Monday 7 December 2026, 10:00 in Dubai: the demo centre is open. */
const clock = { t: Date.parse('2026-12-07T10:00:00+04:00'), now: () => clock.t };
const DAY = 24 * 3_600_000;

let hub: TestHub;
let display: Socket;
const agents: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub({ clock, socketRateLimit: { perSecond: 0, burst: 0 } });
  for (const n of [1, 3, 4]) {
    agents[`c${n}`] = `Bearer ${await login(hub.url, `agent${n}`, String(n).repeat(6))}`;
    expect((await api(hub.url, 'POST', `/counters/c${n}/open`, agents[`c${n}`])).status).toBe(200);
  }
  display = await connect(hub.url, '/display', { deviceKey: DISPLAY_KEY });
});
afterAll(async () => {
  display?.disconnect();
  await hub?.cleanup();
});

const kiosk = `Device ${KIOSK_KEY}`;
let issued = 0;
async function issue(serviceId: string): Promise<string> {
  const r = await api(hub.url, 'POST', '/visits', kiosk, {
    serviceId,
    idempotencyKey: `recent-calls-${++issued}`,
  });
  expect(r.status).toBe(200);
  return String((r.body.visit as { ticket: string }).ticket);
}

/** The counter calls its next ticket, a minute after the last step; returns the visit. */
async function callNext(counter: string): Promise<{ id: string; ticket: string; serviceIds: string[] }> {
  clock.t += 60_000;
  const r = await api(hub.url, 'POST', `/counters/${counter}/call-next`, agents[counter]);
  expect(r.status).toBe(200);
  return r.body as unknown as { id: string; ticket: string; serviceIds: string[] };
}
async function finish(counter: string, v: { id: string; serviceIds: string[] }) {
  await api(hub.url, 'POST', `/counters/${counter}/start/${v.id}`, agents[counter]);
  const done = await api(hub.url, 'POST', `/counters/${counter}/complete/${v.id}`, agents[counter], {
    services: [{ serviceId: v.serviceIds[0], outcome: 'done' }],
  });
  expect(done.status).toBe(200);
}

async function recent(): Promise<RecentCalls> {
  const r = await emitAck(display, 'recentCalls', {});
  if (!r.ok) throw new Error(`recentCalls: ${r.error.code} ${r.error.message}`);
  return RecentCalls.parse(r.data);
}

describe('recentCalls', () => {
  it('lists the day’s latest call per ticket, newest first, a recall as a recall, with nothing personal', async () => {
    expect((await recent()).calls).toEqual([]);
    const a1 = await issue('eid-renew');
    const b1 = await issue('residency-renew');
    const c1 = await issue('licence-renew');
    const a2 = await issue('eid-renew');

    const first = await callNext('c1');
    expect(first.ticket).toBe(a1);
    await callNext('c3');
    await callNext('c4');
    // A recall a minute later moves the first ticket up and marks it.
    clock.t += 60_000;
    expect((await api(hub.url, 'POST', `/counters/c1/recall/${first.id}`, agents.c1)).status).toBe(200);
    await finish('c1', first);
    await callNext('c1');

    const { businessDay, calls } = await recent();
    expect(businessDay).toBe('2026-12-07');
    expect(calls.map((c) => `${c.ticket}@${c.counterLabel}${c.recall ? '!' : ''}`)).toEqual([
      `${a2}@1`,
      `${a1}@1!`,
      `${c1}@4`,
      `${b1}@3`,
    ]);
    expect(calls.map((c) => c.queueId)).toEqual(['q-identity', 'q-identity', 'q-traffic', 'q-residency']);
    expect(calls.map((c) => c.at)).toEqual([...calls.map((c) => c.at)].sort((x, y) => y - x));
    // Only the board's fields: no visit id, staff, service or citizen reaches a public screen.
    for (const c of calls) expect(Object.keys(c).sort()).toEqual(Object.keys(RecentCall.shape).sort());
    expect(JSON.stringify(calls)).not.toMatch(/visit|staff|s-agent|customer/i);
  });

  it('carries the visitor’s language (a language, no person) for the line under the call', async () => {
    const snap = await api(hub.url, 'GET', '/snapshot', agents.c1);
    const atC1 = (snap.body.counters as { counterId: string; currentVisitId: string | null }[]).find(
      (c) => c.counterId === 'c1',
    )!.currentVisitId;
    if (atC1) await finish('c1', { id: atC1, serviceIds: ['eid-renew'] });
    const r = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: `recent-calls-${++issued}`,
      language: 'ml',
    });
    expect(r.status).toBe(200);
    const called = await callNext('c1');
    const { calls } = await recent();
    expect(calls[0]).toMatchObject({ ticket: called.ticket, language: 'ml' });
    expect(JSON.stringify(calls[0])).not.toContain(called.id);
  });

  it('keeps at most the board’s limit, and starts afresh on the next business day', async () => {
    const many = RECENT_CALLS_LIMIT + 3;
    for (let i = 0; i < many; i++) await issue('licence-renew');
    // Counter 4 still serves the traffic ticket of the test before.
    const before = await api(hub.url, 'GET', '/snapshot', agents.c4);
    const atC4 = (before.body.counters as { counterId: string; currentVisitId: string }[]).find(
      (c) => c.counterId === 'c4',
    )!.currentVisitId;
    await finish('c4', { id: atC4, serviceIds: ['licence-renew'] });
    let last = await callNext('c4');
    for (let i = 1; i < many; i++) {
      await finish('c4', last);
      last = await callNext('c4');
    }
    const { calls } = await recent();
    expect(calls).toHaveLength(RECENT_CALLS_LIMIT);
    expect(calls[0]!.ticket).toBe(last.ticket);

    clock.t += DAY;
    const next = await recent();
    expect(next.businessDay).toBe('2026-12-08');
    expect(next.calls).toEqual([]);
  });

  it('reads the newest calls through the events’ time index, without sorting the day', () => {
    const plan = hub.hub.db.prepare(`EXPLAIN QUERY PLAN ${RECENT_CALLS_SQL}`).all(0, '2026-12-07', 21) as {
      detail: string;
    }[];
    const steps = plan.map((p) => p.detail);
    expect(steps[0]).toMatch(/SEARCH e USING INDEX visit_events_at/);
    expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('answers displays only: a kiosk key cannot open the display namespace', async () => {
    await expect(connect(hub.url, '/display', { deviceKey: KIOSK_KEY })).rejects.toThrow(/unauthenticated/);
  });
});

describe('a display without speech voices', () => {
  it('reports it as device health for the dashboard, and clears it when voices appear', async () => {
    const manager = await connect(hub.url, '/manager', { token: await login(hub.url, 'manager', '246810') });
    try {
      const row = async () => {
        const r = await emitAck(manager, 'manager.deviceHealth', {});
        if (!r.ok) throw new Error(r.error.message);
        return DeviceHealthList.parse(r.data).devices.find((d) => d.id === 'display-t');
      };
      const beat = (speechMissing: string[]) =>
        emitAck(display, HEARTBEAT_EVENT, {
          app: 'display',
          instanceId: 'board-test-1',
          version: '0.1.0',
          speechMissing,
        });
      expect((await beat(['ar', 'en'])).ok).toBe(true);
      await vi.waitFor(async () => expect((await row())?.detail).toBe('no-speech-voice:ar,en'));
      // A later heartbeat without the field leaves what was said; an empty list clears it.
      expect(
        (
          await emitAck(display, HEARTBEAT_EVENT, {
            app: 'display',
            instanceId: 'board-test-1',
            version: '0.1.0',
          })
        ).ok,
      ).toBe(true);
      expect((await row())?.detail).toBe('no-speech-voice:ar,en');
      expect((await beat([])).ok).toBe(true);
      await vi.waitFor(async () => expect((await row())?.detail).toBeNull());
      // A language a queue adds to its announcements (#19) is reported like the screen's own.
      expect((await beat(['ur', 'ml'])).ok).toBe(true);
      await vi.waitFor(async () => expect((await row())?.detail).toBe('no-speech-voice:ur,ml'));
      expect((await beat([])).ok).toBe(true);
      await vi.waitFor(async () => expect((await row())?.detail).toBeNull());
      // Anything else is refused and changes nothing.
      const bad = await beat(['fr']);
      expect(bad.ok).toBe(false);
      expect((await row())?.detail).toBeNull();
    } finally {
      manager.disconnect();
    }
  });
});
