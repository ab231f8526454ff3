/**
 * Real answers of the hub checked against the response schemas its OpenAPI document shows (the
 * same zod schemas, from HUB_ROUTES): every JSON GET the demo centre can answer, the manager's
 * read events, and a ticket's way from issue to call.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DISPLAY_KEY, KIOSK_KEY, api, login, startTestHub, type TestHub } from '../support/hub.js';
import { hubRoutes } from '../../main/hub/core/openapi.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import type { RouteDoc } from '../../main/api-docs/route-doc.js';
import { MANAGER_EVENTS, MANAGER_EVENT_INPUTS } from '../../shared/contract/manager.js';

const HUB_ROUTES = hubRoutes(HUB_MODULES);

/** GET routes the demo centre cannot answer with 200, and why. */
const NOT_ANSWERED: Record<string, string> = {
  '/api/v1/kiosk/tickets/:visitId/print-data': 'needs DAWR_PUBLIC_ORIGIN (503 without it)',
  '/api/v1/booking/services/:serviceId/slots': 'needs a booking channel configured',
  '/api/v1/public/requests/:token': 'needs a submitted service request (its link token)',
  '/api/v1/services/:serviceId/form': 'needs service forms loaded',
};

let h: TestHub;
let manager: string;
let ticket: { id: string; token: string };
beforeAll(async () => {
  h = await startTestHub();
  manager = `Bearer ${await login(h.url, 'manager', '246810')}`;
  const issued = await api(h.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: 'api-responses-1',
  });
  const visit = issued.body.visit as { id: string; publicToken: string };
  ticket = { id: visit.id, token: visit.publicToken };
});
afterAll(async () => {
  await h.cleanup();
});

const credentialFor = (route: RouteDoc): string | undefined =>
  route.security === 'device'
    ? `Device ${route.path.includes('devices/status') ? DISPLAY_KEY : KIOSK_KEY}`
    : route.security === 'public'
      ? undefined
      : manager;

const fill = (path: string) =>
  path
    .replace(':visitId', ticket.id)
    .replace(':token', ticket.token)
    .replace(':counterId', 'c1')
    .replace(':serviceId', 'eid-renew');

function check(route: RouteDoc, status: number, body: unknown): string[] {
  if (status !== route.response.status) return [`${route.operationId}: ${status} ${JSON.stringify(body)}`];
  const parsed = route.response.schema?.safeParse(body);
  return parsed && !parsed.success
    ? [
        `${route.operationId}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      ]
    : [];
}

it('answers every JSON GET in the shape its document shows', async () => {
  const gets = HUB_ROUTES.filter(
    (r) =>
      r.method === 'get' &&
      !r.response.mediaType &&
      !(r.path in NOT_ANSWERED) &&
      r.path.startsWith('/api/v1'),
  );
  const problems: string[] = [];
  for (const route of gets) {
    const { status, body } = await api(
      h.url,
      'GET',
      fill(route.path).slice('/api/v1'.length),
      credentialFor(route),
    );
    problems.push(...check(route, status, body));
  }
  expect(problems).toEqual([]);
  expect(gets.length).toBeGreaterThan(15);
});

it("answers the manager's read events and a ticket's calls in the shape its document shows", async () => {
  const reads = MANAGER_EVENTS.filter((e) => !(e in MANAGER_EVENT_INPUTS));
  const byId = new Map(HUB_ROUTES.map((r) => [r.operationId, r]));
  const problems: string[] = [];
  for (const event of reads) {
    const route = byId.get(event)!;
    const { status, body } = await api(h.url, 'POST', route.path.slice('/api/v1'.length), manager, {});
    problems.push(...check(route, status, body));
  }
  const agent = `Bearer ${await login(h.url, 'agent1', '111111')}`;
  for (const [operationId, path] of [
    ['openCounter', '/counters/c1/open'],
    ['callNext', '/counters/c1/call-next'],
    ['recall', `/counters/c1/recall/${ticket.id}`],
    ['startServing', `/counters/c1/start/${ticket.id}`],
  ] as const) {
    const { status, body } = await api(h.url, 'POST', path, agent, {});
    problems.push(...check(byId.get(operationId)!, status, body));
  }
  expect(problems).toEqual([]);
});
