import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { IssuedTicket } from '../../shared/contract/views.js';
import type { Visit } from '../../shared/contract/visit.js';
import { connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

const COUNTERS = 20;
const TICKETS = 300;

/** The demo centre with 20 counters that may all call from every queue. */
const catalogue: Catalogue = {
  ...DEMO_CATALOGUE,
  counters: Array.from({ length: COUNTERS }, (_, i) => ({
    id: `k${i + 1}`,
    label: String(i + 1),
    name: { ar: `كاونتر ${i + 1}`, en: `Counter ${i + 1}` },
    workProfileId: 'wp-traffic',
  })),
};

describe('20 counters calling at once', () => {
  let hub: TestHub;
  let kiosk: Socket;
  const counters: Socket[] = [];

  beforeAll(async () => {
    // 300 tickets from one kiosk socket at once: a race test, not a model of a kiosk, so no per-socket limit.
    hub = await startTestHub({
      catalogue,
      extraAgents: COUNTERS,
      socketRateLimit: { perSecond: 0, burst: 0 },
    });
    kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    for (let i = 0; i < COUNTERS; i++) {
      const token = await login(hub.url, `agent-x${i + 1}`, '123456');
      const s = await connect(hub.url, '/counter', { token });
      const opened = await emitAck(s, 'openCounter', { counterId: `k${i + 1}` });
      expect(opened.ok).toBe(true);
      counters.push(s);
    }
  });
  afterAll(async () => {
    kiosk?.close();
    counters.forEach((c) => c.close());
    await hub?.cleanup();
  });

  it('never gives one ticket to two counters, and serves every ticket exactly once', async () => {
    const services = DEMO_CATALOGUE.services.map((s) => s.id);
    const issued: IssuedTicket[] = [];
    // Half the tickets up front, the other half while the counters are calling.
    const issue = async (i: number) => {
      const r = await emitAck<IssuedTicket>(kiosk, 'issueTicket', {
        serviceId: services[i % services.length],
        priority: i % 7 === 0 ? 'senior' : null,
        idempotencyKey: `tap-concurrency-${i}`,
      });
      if (!r.ok) throw new Error(r.error.message);
      issued.push(r.data);
    };
    await Promise.all(Array.from({ length: TICKETS / 2 }, (_, i) => issue(i)));
    const lateIssues = Promise.all(Array.from({ length: TICKETS / 2 }, (_, i) => issue(TICKETS / 2 + i)));

    const calledBy = new Map<string, string[]>();
    const work = counters.map(async (socket, i) => {
      const counterId = `k${i + 1}`;
      let idle = 0;
      while (idle < 3) {
        const r = await emitAck<Visit | null>(socket, 'callNext', { counterId });
        if (!r.ok) throw new Error(`${counterId}: ${r.error.code} ${r.error.message}`);
        if (!r.data) {
          idle++;
          await new Promise((res) => setTimeout(res, 20));
          continue;
        }
        idle = 0;
        calledBy.set(r.data.id, [...(calledBy.get(r.data.id) ?? []), counterId]);
        for (const [event, extra] of [
          ['startServing', {}],
          ['complete', { services: [{ serviceId: r.data.serviceIds[0], outcome: 'done' }] }],
        ] as const) {
          const step = await emitAck(socket, event, { counterId, visitId: r.data.id, ...extra });
          if (!step.ok) throw new Error(`${counterId} ${event}: ${step.error.message}`);
        }
      }
    });
    await Promise.all([...work, lateIssues]);

    expect(issued).toHaveLength(TICKETS);
    expect(new Set(issued.map((t) => t.visit.id)).size).toBe(TICKETS);
    const shared = [...calledBy].filter(([, by]) => by.length > 1);
    expect(shared).toEqual([]);
    expect(calledBy.size).toBe(TICKETS);
    const stored = hub.hub.db.prepare('SELECT status, COUNT(*) AS n FROM visits GROUP BY status').all();
    expect(stored).toEqual([{ status: 'completed', n: TICKETS }]);
    const calls = hub.hub.db
      .prepare("SELECT COUNT(*) AS n FROM visit_events WHERE type = 'visit.called'")
      .get() as { n: number };
    expect(calls.n).toBe(TICKETS);
  });
});
