import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { BODY_LIMIT } from '../../main/hub/core/server.js';
import type { PublicTicketStatus } from '../../shared/contract/views.js';

const KIOSK = `Device ${KIOSK_KEY}`;

describe('hub HTTP API and socket contract', () => {
  let hub: TestHub;
  let agent1: string;
  let agent2: string;
  const counts = () =>
    hub.hub.db
      .prepare(
        'SELECT (SELECT COUNT(*) FROM visits) AS visits, (SELECT COUNT(*) FROM visit_events) AS events, (SELECT COUNT(*) FROM outbox) AS outbox',
      )
      .get();

  beforeAll(async () => {
    hub = await startTestHub();
    agent1 = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    agent2 = `Bearer ${await login(hub.url, 'agent2', '222222')}`;
  });
  afterAll(async () => hub?.cleanup());

  it('serves an OpenAPI document listing every operation', async () => {
    const r = await api(hub.url, 'GET', '/openapi.json');
    expect(r.status).toBe(200);
    const paths = r.body.paths as Record<string, unknown>;
    expect(Object.keys(paths)).toContain('/api/v1/counters/{counterId}/call-next');
    expect(Object.keys(paths)).toContain('/api/v1/visits');
    // The service-form routes, described once for hub and central.
    expect(paths['/api/v1/services/{serviceId}/form/validate']).toMatchObject({
      post: { operationId: 'validateServiceForm' },
    });
    // The manager routes, with the schemas their handlers parse with.
    expect(paths['/api/v1/manager/report']).toMatchObject({
      post: {
        requestBody: { content: { 'application/json': { schema: { required: ['from', 'to', 'groupBy'] } } } },
      },
    });
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/api/v1/manager/reports.csv', '/api/v1/manager/audit']),
    );
    // Every documented manager route answers (401 without a session, never 404).
    for (const [path, methods] of Object.entries(paths).filter(([p]) => p.startsWith('/api/v1/manager/'))) {
      const method = Object.keys(methods as object)[0]!.toUpperCase();
      expect((await api(hub.url, method, path.replace('/api/v1', ''))).status, path).toBe(401);
    }
  });

  it('issues a ticket with an estimate and a public status link, idempotently per tap', async () => {
    const body = {
      serviceId: 'licence-renew',
      idempotencyKey: 'tap-http-0001',
      identity: { kind: 'emiratesId', value: '784-1990-1234567-6' },
    };
    const first = await api(hub.url, 'POST', '/visits', KIOSK, body);
    expect(first.status).toBe(200);
    const visit = first.body.visit as {
      id: string;
      ticket: string;
      customer: { masked: string; idHash: string };
    };
    expect(visit.ticket).toBe('C001');
    expect(visit.customer.masked).toBe('784-****-****567-6');
    expect(JSON.stringify(first.body)).not.toContain('1234567');
    const before = counts();
    const again = await api(hub.url, 'POST', '/visits', KIOSK, body);
    expect((again.body.visit as { id: string }).id).toBe(visit.id);
    expect(again.body.replayed).toBe(true);
    expect(counts()).toEqual(before);
    const status = await api(
      hub.url,
      'GET',
      `${String(first.body.statusPath).replace('/t/', '/public/tickets/')}`,
    );
    expect(status.status).toBe(200);
    const s = status.body as unknown as PublicTicketStatus;
    expect(s.ticket).toBe('C001');
    expect(s.position).toBe(1);
    // "784-" with its dash: bare "784" can be part of the status's timestamp.
    expect(JSON.stringify(s)).not.toMatch(/784-|\*\*\*\*|masked|idHash|customer/);
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const before = counts();
    const cases: [string, string, string | undefined, unknown, number, string][] = [
      [
        'POST',
        '/visits',
        undefined,
        { serviceId: 'eid-renew', idempotencyKey: 'tap-noauth-1' },
        401,
        'unauthenticated',
      ],
      ['POST', '/visits', KIOSK, { serviceId: 'nope', idempotencyKey: 'tap-bad-0001' }, 404, 'not_found'],
      ['POST', '/visits', KIOSK, { serviceId: 'eid-renew' }, 400, 'validation'],
      [
        'POST',
        '/visits',
        KIOSK,
        {
          serviceId: 'eid-renew',
          idempotencyKey: 'tap-bad-0002',
          identity: { kind: 'emiratesId', value: '784-1990-1234567-4' },
        },
        400,
        'validation',
      ],
      [
        'POST',
        '/visits',
        KIOSK,
        { serviceId: 'eid-renew', idempotencyKey: 'tap-bad-0003', priority: 'vip' },
        400,
        'validation',
      ],
      ['POST', '/visits', KIOSK, '{"serviceId":', 400, 'validation'],
      ['POST', '/visits', KIOSK, [1, 2, 3], 400, 'validation'],
      ['POST', '/counters/c1/call-next', KIOSK, {}, 403, 'forbidden'],
      ['POST', '/counters/c1/call-next', 'Bearer not-a-token', {}, 401, 'unauthenticated'],
      [
        'POST',
        '/visits',
        KIOSK,
        { serviceId: 'eid-renew', idempotencyKey: 'tap-big-0001', pad: 'x'.repeat(BODY_LIMIT + 10) },
        413,
        'payload_too_large',
      ],
      ['POST', '/centre/end-of-day', agent1, {}, 403, 'forbidden'],
    ];
    for (const [method, path, auth, body, status, code] of cases) {
      const r = await api(hub.url, method, path, auth, body);
      expect({ path, status: r.status, code: r.body.code }).toEqual({ path, status, code });
      expect(typeof r.body.message).toBe('string');
    }
    expect(counts()).toEqual(before);
  });

  it('keeps out-of-order steps and another counter’s visit from changing anything', async () => {
    await api(hub.url, 'POST', '/counters/c4/open', agent1);
    await api(hub.url, 'POST', '/counters/c5/open', agent2);
    const called = await api(hub.url, 'POST', '/counters/c4/call-next', agent1);
    const visitId = (called.body as { id: string }).id;
    expect(called.body.ticket).toBe('C001');
    const before = counts();
    const steal = await api(hub.url, 'POST', `/counters/c5/start/${visitId}`, agent2);
    expect([steal.status, steal.body.code]).toEqual([409, 'not_your_visit']);
    const wrongCounter = await api(hub.url, 'POST', `/counters/c5/start/${visitId}`, agent1);
    expect(wrongCounter.body.code).toBe('counter_taken');
    const early = await api(hub.url, 'POST', `/counters/c4/complete/${visitId}`, agent1, {
      services: [{ serviceId: 'licence-renew', outcome: 'done' }],
    });
    expect([early.status, early.body.code]).toEqual([409, 'invalid_transition']);
    const noShow = await api(hub.url, 'POST', `/counters/c4/no-show/${visitId}`, agent1);
    expect(noShow.body.code).toBe('recalls_required');
    expect(counts()).toEqual(before);
    const start = await api(hub.url, 'POST', `/counters/c4/start/${visitId}`, agent1);
    expect(start.body.status).toBe('serving');
    const done = await api(hub.url, 'POST', `/counters/c4/complete/${visitId}`, agent1, {
      services: [
        { serviceId: 'licence-renew', outcome: 'done' },
        { serviceId: 'traffic-fines', outcome: 'paid', notes: 'two fines' },
      ],
    });
    expect(done.body.status).toBe('completed');
    expect(done.body.serviceIds).toEqual(['licence-renew', 'traffic-fines']);
    // The citizen has left agent1's desk: their record is now for managers and admins only.
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const history = await api(hub.url, 'GET', `/visits/${visitId}`, manager);
    expect((history.body.events as { type: string }[]).map((e) => e.type)).toEqual([
      'visit.issued',
      'visit.called',
      'visit.serving_started',
      'visit.completed',
    ]);
    const outbox = hub.hub.db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE visit_id = ?').get(visitId) as {
      n: number;
    };
    expect(outbox.n).toBe(4);
  });

  it('answers malformed socket events with an error ack and no change; refuses unauthenticated sockets', async () => {
    await expect(connect(hub.url, '/kiosk', { deviceKey: 'wrong' })).rejects.toThrow(/unauthenticated/);
    await expect(connect(hub.url, '/manager', { token: agent1.slice(7) })).rejects.toThrow(/unauthenticated/);
    await expect(connect(hub.url, '/kiosk', { deviceKey: DISPLAY_KEY })).rejects.toThrow(/unauthenticated/);
    const kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    const before = counts();
    for (const bad of [
      null,
      42,
      'x',
      { serviceId: 5 },
      { serviceId: 'eid-renew', idempotencyKey: 'short' },
    ]) {
      const r = await emitAck(kiosk, 'issueTicket', bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('validation');
    }
    const forbidden = await emitAck(kiosk, 'callNext', { counterId: 'c1' });
    expect(!forbidden.ok && forbidden.error.code).toBe('forbidden');
    expect(counts()).toEqual(before);
    kiosk.close();
  });

  it('pushes calls to displays and status to a followed ticket', async () => {
    const display = await connect(hub.url, '/display', { deviceKey: DISPLAY_KEY });
    const phone = await connect(hub.url, '/public', {});
    const issued = await api(hub.url, 'POST', '/visits', KIOSK, {
      serviceId: 'licence-renew',
      idempotencyKey: 'tap-follow-0001',
    });
    const token = String(issued.body.statusPath).slice(3);
    const followed = await emitAck<PublicTicketStatus>(phone, 'follow', { token });
    expect(followed.ok && followed.data.status).toBe('waiting');
    const bad = await emitAck(phone, 'follow', { token: 'x'.repeat(20) });
    expect(!bad.ok && bad.error.code).toBe('not_found');
    const call = new Promise<{ ticket: string; counterLabel: string }>((r) => display.once('call', r));
    const pushed = new Promise<PublicTicketStatus>((r) =>
      phone.on('ticket', (t: PublicTicketStatus) => t.status === 'called' && r(t)),
    );
    const called = await api(hub.url, 'POST', '/counters/c4/call-next', agent1);
    expect(called.body.ticket).toBe('C002');
    expect(await call).toMatchObject({ ticket: 'C002', counterLabel: '4' });
    expect(await pushed).toMatchObject({ ticket: 'C002', counterLabel: '4' });
    expect(hub.server.broadcaster.followed.size).toBe(1);

    // Its last status goes out, then the hub stops following it.
    const visitId = (called.body as { id: string }).id;
    const finished = new Promise<PublicTicketStatus>((r) =>
      phone.on('ticket', (t: PublicTicketStatus) => t.status === 'completed' && r(t)),
    );
    await api(hub.url, 'POST', `/counters/c4/start/${visitId}`, agent1);
    await api(hub.url, 'POST', `/counters/c4/complete/${visitId}`, agent1, {
      services: [{ serviceId: 'licence-renew', outcome: 'done' }],
    });
    expect(await finished).toMatchObject({ ticket: 'C002', status: 'completed' });
    expect(hub.server.broadcaster.followed.size).toBe(0);
    display.close();
    phone.close();
  });
});
