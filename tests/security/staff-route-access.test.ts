/**
 * Who may call the staff routes, and a citizen's history on a need-to-know basis. No credential is
 * 401 ("who are you?"); a device key is identified, so on a staff route it is 403 (not allowed),
 * like staff without the role. A citizen's history goes only to the counter that has called or is
 * serving the visit, and to managers and admins: visit ids are on every worklist. A visit's own
 * record (GET /visits/:id: the citizen's identity, notes, every event) follows the same rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DISPLAY_KEY, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import type { Visit } from '../../shared/contract/visit.js';
import { businessDay } from '../../shared/domain/time.js';

const KIOSK = `Device ${KIOSK_KEY}`;
const DISPLAY = `Device ${DISPLAY_KEY}`;

let hub: TestHub;
const tokens: Record<string, string> = {};
const bearer = (who: string) => `Bearer ${tokens[who]!}`;
let keys = 0;

beforeAll(async () => {
  hub = await startTestHub();
  for (const [who, pin] of [
    ['agent1', '111111'],
    ['agent2', '222222'],
    ['agent3', '333333'],
    ['floor', '112233'],
    ['manager', '246810'],
    ['agent4', '444444'],
    ['admin', '135790'],
  ] as const)
    tokens[who] = await login(hub.url, who, pin);
  expect((await api(hub.url, 'POST', '/counters/c1/open', bearer('agent1'))).status).toBe(200);
  expect((await api(hub.url, 'POST', '/counters/c2/open', bearer('agent2'))).status).toBe(200);
  expect((await api(hub.url, 'POST', '/counters/c3/open', bearer('agent4'))).status).toBe(200);
});
afterAll(async () => hub?.cleanup());

async function issue(): Promise<string> {
  const r = await api(hub.url, 'POST', '/visits', KIOSK, {
    serviceId: 'eid-renew',
    idempotencyKey: `staff-access-${String(++keys).padStart(4, '0')}`,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body.visit as Visit).id;
}

const historyOf = (visitId: string, authorization?: string) =>
  api(hub.url, 'GET', `/visits/${visitId}/customer-history`, authorization);

describe('staff routes: 401 without credentials, 403 for a device key, 2xx for the right staff', () => {
  it('answers every staff route alike', async () => {
    const visitId = await issue();
    expect((await api(hub.url, 'POST', `/counters/c3/call/${visitId}`, bearer('agent4'))).status).toBe(200);
    const today = businessDay(Date.now(), hub.hub.catalogue.centre.timeZone);
    const routes: [method: string, path: string, staff: string, body: unknown, ok: number][] = [
      ['GET', '/staff', 'agent4', undefined, 200],
      ['GET', '/counters/c3/worklist', 'agent4', undefined, 200],
      ['GET', `/visits/${visitId}/customer-history`, 'agent4', undefined, 200],
      ['GET', `/visits/${visitId}`, 'agent4', undefined, 200],
      ['POST', '/manager/alerts', 'manager', {}, 200],
      [
        'GET',
        `/manager/reports.csv?from=${today}&to=${today}&groupBy=service&lang=en`,
        'manager',
        undefined,
        200,
      ],
      ['GET', '/manager/devices', 'manager', undefined, 200],
      ['GET', '/sync/health', 'manager', undefined, 200],
      ['POST', '/pairing/codes', 'manager', { role: 'kiosk', name: 'Spare kiosk' }, 201],
    ];
    const answers = [];
    for (const [method, path, staff, body, ok] of routes) {
      // The CSV is not JSON: only its status matters here.
      const status = async (authorization?: string) =>
        (
          await fetch(`${hub.url}/api/v1${path}`, {
            method,
            headers: {
              ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
              ...(authorization ? { authorization } : {}),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
          })
        ).status;
      answers.push({
        route: `${method} ${path}`,
        anonymous: await status(),
        wrongToken: await status('Bearer not-a-session'),
        kiosk: await status(KIOSK),
        display: await status(DISPLAY),
        staff: await status(bearer(staff)),
        ok,
      });
    }
    expect(answers).toEqual(
      routes.map(([method, path, , , ok]) => ({
        route: `${method} ${path}`,
        anonymous: 401,
        wrongToken: 401,
        kiosk: 403,
        display: 403,
        staff: ok,
        ok,
      })),
    );
  });

  it('refuses a device key with the `{code, message}` body of a forbidden caller', async () => {
    for (const path of ['/staff', '/counters/c1/worklist', '/manager/devices'])
      expect(await api(hub.url, 'GET', path, KIOSK)).toMatchObject({
        status: 403,
        body: { code: 'forbidden', message: expect.any(String) },
      });
    expect(await api(hub.url, 'POST', '/manager/alerts', KIOSK, {})).toMatchObject({
      status: 403,
      body: { code: 'forbidden', message: expect.any(String) },
    });
  });
});

describe("a citizen's history is for the counter serving them, and for managers and admins", () => {
  it('follows the visit through call, service and completion at its counter', async () => {
    const visitId = await issue();
    const forbidden = { status: 403, body: { code: 'forbidden', message: expect.any(String) } };
    // Waiting: no counter holds it yet, so only managers and admins may read it.
    expect(await historyOf(visitId, bearer('agent1'))).toMatchObject(forbidden);
    expect((await historyOf(visitId, bearer('manager'))).status).toBe(200);

    expect((await api(hub.url, 'POST', `/counters/c1/call/${visitId}`, bearer('agent1'))).status).toBe(200);
    const called = await historyOf(visitId, bearer('agent1'));
    expect(called.status).toBe(200);
    expect(called.body).toHaveProperty('source');
    expect((await api(hub.url, 'POST', `/counters/c1/start/${visitId}`, bearer('agent1'))).status).toBe(200);
    expect((await historyOf(visitId, bearer('agent1'))).status).toBe(200);

    // Signed in, but not serving this citizen: the floor assistant, an agent with no counter, an
    // agent at another open counter.
    for (const who of ['floor', 'agent3', 'agent2'])
      expect({ who, ...(await historyOf(visitId, bearer(who))) }).toMatchObject({ who, ...forbidden });
    for (const who of ['manager', 'admin']) expect((await historyOf(visitId, bearer(who))).status).toBe(200);

    const done = await api(hub.url, 'POST', `/counters/c1/complete/${visitId}`, bearer('agent1'), {
      services: [{ serviceId: 'eid-renew', outcome: 'done' }],
    });
    expect(done.status).toBe(200);
    // The citizen has left the desk: the agent's need to know ended with the service.
    expect(await historyOf(visitId, bearer('agent1'))).toMatchObject(forbidden);
    expect((await historyOf(visitId, bearer('manager'))).status).toBe(200);
  });

  it('does not tell an agent which visit ids exist; a manager gets 404 for an unknown one', async () => {
    expect(await historyOf('no-such-visit', bearer('agent1'))).toMatchObject({
      status: 403,
      body: { code: 'forbidden' },
    });
    expect(await historyOf('no-such-visit', bearer('manager'))).toMatchObject({
      status: 404,
      body: { code: 'not_found' },
    });
  });
});

describe("a visit's record (GET /visits/:id) is for the counter serving it, and for managers and admins", () => {
  const recordOf = (visitId: string, who: string) => api(hub.url, 'GET', `/visits/${visitId}`, bearer(who));
  const forbidden = { status: 403, body: { code: 'forbidden', message: expect.any(String) } };

  it('follows the visit through call, service and completion at its counter', async () => {
    const visitId = await issue();
    // Waiting: no counter holds it yet. Any agent (and the floor assistant) could read the id off a worklist.
    for (const who of ['agent1', 'agent2', 'floor'])
      expect({ who, ...(await recordOf(visitId, who)) }).toMatchObject({ who, ...forbidden });
    expect((await recordOf(visitId, 'manager')).status).toBe(200);

    expect((await api(hub.url, 'POST', `/counters/c1/call/${visitId}`, bearer('agent1'))).status).toBe(200);
    const called = await recordOf(visitId, 'agent1');
    expect(called.status).toBe(200);
    expect(called.body.visit).toMatchObject({ id: visitId, status: 'called' });
    expect((await api(hub.url, 'POST', `/counters/c1/start/${visitId}`, bearer('agent1'))).status).toBe(200);
    expect((await recordOf(visitId, 'agent1')).status).toBe(200);
    // Signed in, but not serving this citizen: the floor assistant, an agent with no counter, an
    // agent at another open counter.
    for (const who of ['floor', 'agent3', 'agent2'])
      expect({ who, ...(await recordOf(visitId, who)) }).toMatchObject({ who, ...forbidden });
    for (const who of ['manager', 'admin']) expect((await recordOf(visitId, who)).status).toBe(200);

    const done = await api(hub.url, 'POST', `/counters/c1/complete/${visitId}`, bearer('agent1'), {
      services: [{ serviceId: 'eid-renew', outcome: 'done' }],
    });
    expect(done.status).toBe(200);
    expect(await recordOf(visitId, 'agent1')).toMatchObject(forbidden);
    const afterwards = await recordOf(visitId, 'manager');
    expect(afterwards.status).toBe(200);
    expect(afterwards.body.visit).toMatchObject({ id: visitId, status: 'completed' });
  });

  it('does not tell an agent which visit ids exist; a manager gets 404 for an unknown one', async () => {
    expect(await recordOf('no-such-visit', 'agent1')).toMatchObject(forbidden);
    expect(await recordOf('no-such-visit', 'floor')).toMatchObject(forbidden);
    expect(await recordOf('no-such-visit', 'manager')).toMatchObject({
      status: 404,
      body: { code: 'not_found' },
    });
  });
});
