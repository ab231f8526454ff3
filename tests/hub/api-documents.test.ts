/**
 * The hub's API documents against the running hub: every route Fastify registered is in the OpenAPI
 * document and nothing else is; a route it says needs credentials refuses a caller without any, and
 * one anyone may call is limited per client or listed with the reason it needs no limit; both
 * documents pass their validators; every socket event the hub listens to or sends is in the
 * AsyncAPI document, on the right namespace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate, compileErrors } from '@readme/openapi-parser';
import { Parser } from '@asyncapi/parser';
import type { Socket } from 'socket.io-client';
import {
  DISPLAY_KEY,
  KIOSK_KEY,
  connect,
  emitAck,
  login,
  startTestHub,
  type TestHub,
} from '../support/hub.js';
import { NAMESPACES, type NamespaceRole } from '../../shared/contract/namespaces.js';

/** Registered routes that are not API: pages and files of the browser apps. */
const NOT_API: Record<string, string> = {
  'GET /t/:token': 'the ticket status page (HTML of the status app)',
  'GET /t/sw.js': "the status page's service worker script",
  'GET /r/:token': "the service request status page (HTML), by the receipt's link token",
  'GET /*': 'the static browser apps (kiosk, counter, display, dashboard) and their assets',
};
/** Each browser app's page, served with the centre's digit setting written into it (static-apps.ts). */
const APP_PAGE = /^GET \/[a-z]+\/(index\.html)?$/;
/**
 * Routes anyone may call that have no per-client limit, each with the reason it needs none. The
 * others declare `publicLimit` where they are registered (main/hub/core/public-rate-limits.ts).
 */
const PUBLIC_WITHOUT_LIMIT: Record<string, string> = {
  'GET /healthz':
    'monitors and load balancers poll it, often from one address; a stat of the disk, no database read',
  'GET /metrics': 'without DAWR_METRICS_TOKEN only the hub machine may read it; others are refused at once',
  'GET /api/v1/openapi.json': 'a document built once and answered from memory',
  'GET /api/v1/asyncapi.json': 'a document built once and answered from memory',
  'GET /api/v1/catalogue': 'every screen and phone page loads it; answered from memory',
  'GET /api/v1/forms': 'answered from memory, cacheable with an ETag',
  'GET /api/v1/services/:serviceId/form': 'answered from memory, cacheable with an ETag',
  'GET /api/v1/public/push/key': "the hub's Web Push public key, a constant",
  'GET /demo/outbox': 'the demo only, and only to the machine it runs on (else 404)',
  'GET /demo/outbox.json': 'the demo only, and only to the machine it runs on (else 404)',
};
/** socket.io's own events, not the hub's. */
const RESERVED_EVENTS = new Set(['disconnect', 'disconnecting', 'error', 'connect', 'connect_error']);

type Paths = Record<string, Record<string, unknown>>;

let h: TestHub;
beforeAll(async () => {
  h = await startTestHub();
});
afterAll(async () => {
  await h.cleanup();
});

async function getJson(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${h.url}${path}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

const patternOf = (fastifyPath: string) =>
  new RegExp(`^${fastifyPath.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`);

describe('OpenAPI', () => {
  it('documents exactly the routes the hub registered, and is a valid OpenAPI 3.1 document', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? '' : compileErrors(result)).toBe('');

    const registered = new Set(h.server.routes.map((r) => `${r.method} ${r.url}`));
    // Fastify adds a HEAD route to every GET; it is part of the GET.
    const api = [...registered].filter((r) => {
      const [method, url] = r.split(' ') as [string, string];
      return !(method === 'HEAD' && registered.has(`GET ${url}`)) && !(r in NOT_API) && !APP_PAGE.test(r);
    });
    const documented = Object.entries(doc.paths as Paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const documentedSet = new Set(documented);
    // A parametric route may be documented once per value (POST /api/v1/manager/:event per event).
    const expansions = documented.filter((d) => !registered.has(d));
    const expansionsOf = (route: string) => {
      const [method, url] = route.split(' ') as [string, string];
      return expansions.filter(
        (d) => d.startsWith(`${method} `) && patternOf(url).test(d.slice(method.length + 1)),
      );
    };

    const undocumented = api.filter((r) => !documentedSet.has(r) && expansionsOf(r).length === 0);
    expect(undocumented).toEqual([]);
    const unregistered = expansions.filter((d) => !api.some((r) => expansionsOf(r).includes(d)));
    expect(unregistered).toEqual([]);
    // An expansion must name something the route knows: without credentials it is refused as
    // unauthenticated, never "no such event".
    for (const d of expansions) {
      const [method, path] = d.split(' ') as [string, string];
      const res = await fetch(`${h.url}${path}`, { method });
      expect({ d, status: res.status }).not.toEqual({ d, status: 404 });
    }
    expect(api.length).toBeGreaterThan(60);
  });

  type Operation = { security?: Record<string, unknown>[]; responses: Record<string, unknown> };
  /** Anyone may call it: no security requirement, or an empty one among its alternatives. */
  const isPublic = (op: Operation) =>
    (op.security ?? []).length === 0 || (op.security ?? []).some((s) => Object.keys(s).length === 0);
  /** `METHOD /path` (Fastify's form) of every operation anyone may call. */
  const publicOperations = (doc: Record<string, unknown>, with429?: boolean) =>
    Object.entries(doc.paths as Paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>)
        .filter(([, op]) => isPublic(op))
        .filter(([, op]) => with429 === undefined || '429' in op.responses === with429)
        .map(([m]) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
  // Public routes with a limiter of their own rather than the per-route public limit.
  const ownLimiter = new Set(['POST /api/v1/auth/login', 'POST /api/v1/assistant/ask']);
  // Fastify's HEAD twin of a GET shares its limit (and its documentation).
  const limitedRoutes = () =>
    h.server.routes.filter((r) => r.publicLimit && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);

  it('documents 429 on exactly the public routes that declare a per-client limit', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    const limited = limitedRoutes();
    expect(limited.length).toBeGreaterThanOrEqual(13);
    expect([...limited].sort()).toEqual(
      publicOperations(doc, true)
        .filter((r) => !ownLimiter.has(r))
        .sort(),
    );
  });

  it('limits every public route per client, unless it is listed here with the reason it needs none', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    const limited = new Set([...limitedRoutes(), ...ownLimiter]);
    // A new public route fails here until someone decides: declare `publicLimit` where it is
    // registered (public-rate-limits.ts), or add it below with the reason it needs no limit.
    const unlimited = publicOperations(doc).filter((r) => !limited.has(r) && !(r in PUBLIC_WITHOUT_LIMIT));
    expect(unlimited).toEqual([]);
    // The list holds only public routes that really have no limit.
    const stale = Object.keys(PUBLIC_WITHOUT_LIMIT).filter(
      (r) => limited.has(r) || !publicOperations(doc).includes(r),
    );
    expect(stale).toEqual([]);
  });

  it('refuses a caller without credentials on every route the document says needs them', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    // Secured routes that answer a caller without credentials otherwise, and why.
    const answersAnyway: Record<string, number> = {
      'POST /api/v1/auth/logout': 204, // signing out answers 204 whatever the token
      'POST /api/v1/sms/receipts': 404, // a hub without DAWR_SMS_RECEIPT_TOKEN takes no receipts
    };
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Paths))
      for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
        if (isPublic(op)) continue;
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        const res = await fetch(`${h.url}${path.replace(/\{\w+\}/g, 'x1')}`, {
          method: method.toUpperCase(),
          ...(method === 'get' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }),
        });
        const expected = answersAnyway[route];
        if (expected === undefined ? res.status !== 401 && res.status !== 403 : res.status !== expected)
          wrong.push(`${route}: ${res.status}`);
      }
    expect(wrong).toEqual([]);
  });

  it('gives every operation a success schema and {code, message} refusals', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Paths))
      for (const [method, op] of Object.entries(item)) {
        const responses = (
          op as { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }
        ).responses;
        const ok = Object.entries(responses).find(([s]) => s.startsWith('2'));
        if (!ok) missing.push(`${method} ${path}: no success response`);
        else if (ok[0] !== '204' && !Object.values(ok[1].content ?? {}).some((c) => c.schema))
          missing.push(`${method} ${path}: no response schema`);
        for (const [status, r] of Object.entries(responses))
          if (Number(status) >= 400 && path !== '/healthz' && !r.content?.['application/json']?.schema)
            missing.push(`${method} ${path}: ${status} without the error schema`);
      }
    expect(missing).toEqual([]);
  });
});

describe('AsyncAPI', () => {
  type Channel = { address: string; messages: Record<string, { name: string }> };
  const channelsOf = (doc: Record<string, unknown>) => doc.channels as Record<string, Channel>;

  it('is a valid AsyncAPI 3.0 document with a channel per namespace', async () => {
    const doc = await getJson('/api/v1/asyncapi.json');
    const { diagnostics } = await new Parser().parse(JSON.stringify(doc));
    expect(
      diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('/')}: ${d.message}`),
    ).toEqual([]);
    expect(
      Object.values(channelsOf(doc))
        .map((c) => c.address)
        .sort(),
    ).toEqual(Object.values(NAMESPACES).sort());
    // @asyncapi/parser runs Spectral's rules over ~200 messages: seconds on a busy machine.
  }, 90_000);

  it('documents every event the hub listens to and sends, on its namespace', async () => {
    const doc = await getJson('/api/v1/asyncapi.json');
    const channels = channelsOf(doc);
    const managerToken = await login(h.url, 'manager', '246810');
    const agentToken = await login(h.url, 'agent1', '111111');
    const clients: Record<NamespaceRole, Socket> = {
      kiosk: await connect(h.url, NAMESPACES.kiosk, { deviceKey: KIOSK_KEY }),
      display: await connect(h.url, NAMESPACES.display, { deviceKey: DISPLAY_KEY }),
      // A manager on /counter also gets the floor assistant's events.
      counter: await connect(h.url, NAMESPACES.counter, { token: managerToken }),
      manager: await connect(h.url, NAMESPACES.manager, { token: managerToken }),
      public: await connect(h.url, NAMESPACES.public, {}),
    };
    const agent = await connect(h.url, NAMESPACES.counter, { token: agentToken });
    const received: Record<NamespaceRole, Set<string>> = {
      kiosk: new Set(),
      display: new Set(),
      counter: new Set(),
      manager: new Set(),
      public: new Set(),
    };
    const roles = Object.keys(clients) as NamespaceRole[];
    for (const role of roles) clients[role].onAny((event: string) => received[role].add(event));
    agent.onAny((event: string) => received.counter.add(event));
    const next = (socket: Socket, event: string) => new Promise<void>((r) => socket.once(event, () => r()));

    try {
      // Listened to: what the hub's handlers registered on each server-side socket.
      const missingListeners: string[] = [];
      for (const role of roles)
        for (const socket of h.server.io.of(NAMESPACES[role]).sockets.values())
          for (const name of socket.eventNames().map(String))
            if (!RESERVED_EVENTS.has(name) && !channels[role]?.messages[`${name}.request`])
              missingListeners.push(`${NAMESPACES[role]} ${name}`);
      expect(missingListeners).toEqual([]);

      // Sent: a morning in miniature, waiting for each fact rather than for time.
      const issued = await emitAck<{ visit: { publicToken: string } }>(clients.kiosk, 'issueTicket', {
        serviceId: 'eid-renew',
        idempotencyKey: 'api-documents-1',
      });
      if (!issued.ok) throw new Error(issued.error.message);
      expect((await emitAck(clients.public, 'follow', { token: issued.data.visit.publicToken })).ok).toBe(
        true,
      );
      await emitAck(agent, 'openCounter', { counterId: 'c1' });
      const called = Promise.all([next(clients.display, 'call'), next(clients.public, 'ticket')]);
      expect((await emitAck(agent, 'callNext', { counterId: 'c1' })).ok).toBe(true);
      await called;
      const announced = next(clients.display, 'message');
      await emitAck(clients.manager, 'manager.announce', { text: { ar: 'مرحبا', en: 'Hello' }, minutes: 5 });
      await announced;
      const raised = next(clients.counter, 'helpRequest');
      const help = await emitAck<{ id: string }>(clients.kiosk, 'raiseHelp', { reason: 'other' });
      if (!help.ok) throw new Error(help.error.message);
      await raised;
      const accepted = next(clients.kiosk, 'helpAccepted');
      await emitAck(clients.counter, 'acceptHelp', { requestId: help.data.id });
      await accepted;
      const ended = next(agent, 'session_ended');
      await fetch(`${h.url}/api/v1/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${agentToken}` },
      });
      await ended;

      const undocumented = roles.flatMap((role) =>
        [...received[role]]
          .filter((e) => !channels[role]?.messages[e])
          .map((e) => `${NAMESPACES[role]} ${e}`),
      );
      expect(undocumented).toEqual([]);
      expect([...received.display]).toEqual(expect.arrayContaining(['call', 'message']));
    } finally {
      for (const s of [...Object.values(clients), agent]) s.disconnect();
    }
  });
});
