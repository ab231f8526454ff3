/** The hub's transports: Fastify for HTTP (/api/v1) and socket.io on the same server. Thin: all rules live in Hub. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LatencyHistogram } from './latency-histogram.js';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import { Server as SocketServer } from 'socket.io';
import type { HubIo, HubNamespace, HubSocket } from './socket-types.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/contract/socket-events.js';
import type { Logger } from 'pino';
import { OPERATIONS, OPERATION_NAMES, type OperationName } from '../../../shared/contract/operations.js';
import { FollowTicketInput, HandshakeAuth } from '../../../shared/contract/socket.js';
import { NAMESPACES, type NamespaceRole } from '../../../shared/contract/namespaces.js';
import { LoginInput } from '../../../shared/contract/auth.js';
import { centreSnapshot, deviceView, publicStatus, snapshotForRole } from '../../../shared/domain/views.js';
import type { AuthService } from './auth.js';
import type { PersonalData } from './personal-data/personal-data.js';
import { refusal, type Hub, type Outcome, type Principal } from './hub.js';
import { Broadcaster } from './broadcaster.js';
import { httpStatusFor } from './http-errors.js';
import { hubErrorHandler } from './http-error-handler.js';
import { redactingLogger } from './log-redaction.js';
import { mayReadMetrics, metricsAccess, metricsTokenFromEnv } from './metrics-access.js';
import { publicRateLimitsFromEnv, registerPublicRateLimits, type PublicLimit } from './public-rate-limits.js';
import { registerSecurityHeaders } from './security-headers.js';
import { openApiDocument } from './openapi.js';
import { socketRoomsOf } from './operation-hooks.js';
import { asyncApiDocument } from './asyncapi.js';
import { registerStaticApps } from './static-apps.js';
import { DEFAULT_DIGITS } from '../../../shared/i18n/numbers.js';
import type { HubModule, HubModuleContext } from './module-context.js';
import { CatalogueChanges } from './services/catalogue-changes.js';
import { STORAGE_HEALTH, type StorageStatus } from './services/ids.js';
import { HubServices } from './services/registry.js';
import { SocketGuard, type SocketRateLimit } from './socket-guard.js';
import { refuseOversizedEvents, SOCKET_TRANSPORT_LIMIT } from './socket-message-size.js';
import { visitByToken, visitDocument, visitEvents } from './store/repository.js';
import { isStaff } from './http-helpers.js';
import { mayReadVisit } from './visit-access.js';
import type { Server as TlsServer } from 'node:tls';
import type { Socket } from 'node:net';
import { registerHsts } from './tls/hsts.js';
import type { HubTlsMaterial } from './tls/material.js';

export const BODY_LIMIT = 64 * 1024;

/** How long each step of a stopping hub may wait before it goes on without waiting (a stop is bounded). */
export interface CloseTimeouts {
  /**
   * The modules' stops together (sync worker, SMS gateway, a backup being copied, serial devices).
   * 5 s: the sync worker abandons its request at once and a backup copies beside the database on its
   * own connection, so little needs longer; whatever is cut is retried at the next start (outbox rows
   * stay until central acknowledges them). With the connections' grace and the database's close the
   * whole stop stays well inside the 20 s the packaged unit gives it (TimeoutStopSec in
   * packaging/dawr-hub.service) before systemd kills it.
   */
  modulesMs: number;
  /**
   * Requests in flight finishing, and socket.io clients answering the close of their connection, before
   * every connection is cut. A kiosk whose network dropped never answers a WebSocket's close: ws
   * waits 30 s for it, and the HTTP server's close waits for that connection (closeAllConnections does
   * not see upgraded sockets), so the grace ends by destroying every socket the server accepted.
   */
  connectionsMs: number;
}

export const DEFAULT_CLOSE_TIMEOUTS: CloseTimeouts = { modulesMs: 5_000, connectionsMs: 2_000 };

/** A route as Fastify registered it; `publicLimit` when anyone may call it, per client (public-rate-limits.ts). */
export interface RegisteredRoute {
  method: string;
  url: string;
  publicLimit?: PublicLimit;
}

export interface HubServer {
  app: FastifyInstance;
  io: HubIo;
  broadcaster: Broadcaster;
  sockets: SocketGuard;
  /** What this hub's modules offer each other (services/ids.ts); tests reach alerts, backups… here. */
  services: HubServices;
  /** Every route Fastify registered, for comparing with the API documents. */
  routes: readonly RegisteredRoute[];
  listen(host: string, port: number): Promise<number>;
  /** Swaps a renewed certificate into the running HTTPS server (new connections get it). */
  setTlsMaterial(tls: HubTlsMaterial): void;
  close(): Promise<void>;
}

export interface HubServerOptions {
  hub: Hub;
  auth: AuthService;
  logger: Logger | false;
  /** Extra routes (static apps, device endpoints) registered by the caller. */
  extend?: (app: FastifyInstance) => void | Promise<void>;
  /** Feature modules (startHub passes HUB_MODULES unless told otherwise): the core imports no feature. */
  modules: readonly HubModule[];
  /** The sealer and retention periods handed to every module (startHub opens them from the data folder). */
  personalData: PersonalData;
  /** HTTPS with this key and chain (socket.io rides the same server), with HSTS; plain HTTP without. */
  tls?: HubTlsMaterial;
  /** Per-socket event rate limit; defaults to DEFAULT_SOCKET_RATE_LIMIT (perSecond 0 turns it off). */
  socketRateLimit?: SocketRateLimit;
  /** Bounds of close(); DEFAULT_CLOSE_TIMEOUTS unless a test shortens them. */
  closeTimeouts?: Partial<CloseTimeouts>;
}

function send(reply: FastifyReply, outcome: Outcome<unknown>) {
  if (outcome.ok) return reply.code(200).send(outcome.data);
  return reply.code(httpStatusFor(outcome.error.code)).send(outcome.error);
}

export async function createHubServer(opts: HubServerOptions): Promise<HubServer> {
  const { hub, auth } = opts;
  const { modules } = opts;
  // One registry per hub: what the features offer each other (services/ids.ts).
  const services = new HubServices();
  const app = Fastify({
    // Secrets (ticket tokens in URLs, keys, codes) are masked in everything the hub logs.
    loggerInstance: (opts.logger ? redactingLogger(opts.logger) : undefined) as FastifyBaseLogger | undefined,
    bodyLimit: BODY_LIMIT,
    https: opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : null,
  }) as unknown as FastifyInstance;
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (r) => {
    const publicLimit = r.config?.publicLimit;
    for (const method of [r.method].flat())
      routes.push(publicLimit ? { method, url: r.url, publicLimit } : { method, url: r.url });
  });
  if (opts.tls) registerHsts(app);
  await registerSecurityHeaders(app);
  const publicLimits = publicRateLimitsFromEnv(process.env);
  await registerPublicRateLimits(app, publicLimits);

  // Every body the hub reads is JSON. Fastify would also parse text/plain, into a string a route
  // could mistake for "no input"; without that parser such a body is 415 before any route runs.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(hubErrorHandler(BODY_LIMIT));
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ code: 'not_found', message: `no route ${req.method} ${req.url}` }),
  );

  const principalOf = (authorization: string | undefined): Principal | undefined =>
    auth.fromHeader(authorization);

  const metricsToken = metricsTokenFromEnv(process.env);
  // ok: the hub can do its job, reads and writes. While writes are refused (a full disk, an I/O
  // error) it answers 503 with the reason, so a load balancer or monitor sees the trouble.
  // Free space and the WAL's size only for those who may read /metrics; anyone sees writable and low.
  app.get('/healthz', async (req, reply) => {
    const status = storageStatus(hub, services);
    const storage = mayReadMetrics(req, metricsToken)
      ? status
      : { writable: status.writable, reason: status.reason, low: status.low };
    if (storage.writable) return { ok: true, storage };
    return reply.code(503).send({
      ok: false,
      code: 'storage_unavailable',
      message: `the hub cannot save: ${storage.reason}`,
      storage,
    });
  });
  const LOOP_SAMPLE_MS = 5;
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  // The histogram holds whole intervals between samples; the delay is what exceeds the interval.
  const loopDelayMs = (q: number) => Math.max(0, loopDelay.percentile(q) / 1e6 - LOOP_SAMPLE_MS);
  const ackLatency = new LatencyHistogram();
  loopDelay.enable();
  app.addHook('onClose', async () => loopDelay.disable());
  app.get('/metrics', { preHandler: metricsAccess(metricsToken) }, async (_req, reply) =>
    reply.type('text/plain; version=0.0.4').send(
      [
        '# HELP dawr_commit_batches_total Batches of requests decided together and handed to the committer.',
        '# TYPE dawr_commit_batches_total counter',
        `dawr_commit_batches_total ${hub.stats.batches}`,
        '# HELP dawr_commit_transactions_total Durable transactions (one fsync each; one or more batches).',
        '# TYPE dawr_commit_transactions_total counter',
        `dawr_commit_transactions_total ${hub.commitTransactions}`,
        '# HELP dawr_requests_total Requests committed or refused by the engine.',
        '# TYPE dawr_requests_total counter',
        `dawr_requests_total ${hub.stats.requests}`,
        '# HELP dawr_waiting_visits Visits waiting now.',
        '# TYPE dawr_waiting_visits gauge',
        `dawr_waiting_visits ${[...hub.state.visits.values()].filter((v) => v.status === 'waiting').length}`,
        // How long the event loop was held up (ms): a commit, a report or a GC that stalls every client.
        '# HELP dawr_event_loop_delay_ms Event-loop delay since the hub started, by quantile.',
        '# TYPE dawr_event_loop_delay_ms gauge',
        ...([50, 99, 100] as const).map(
          (q) => `dawr_event_loop_delay_ms{quantile="${q / 100}"} ${loopDelayMs(q).toFixed(3)}`,
        ),
        ...ackLatency.lines(
          'dawr_ack_latency_ms',
          'Socket operations: from arrival at the hub to the acknowledgement handed to the socket (ms).',
        ),
        ...modules.flatMap((m) => m.metrics?.(moduleCtx) ?? []),
      ].join('\n') + '\n',
    ),
  );
  let apiDocument: ReturnType<typeof openApiDocument> | undefined;
  app.get('/api/v1/openapi.json', async () => (apiDocument ??= openApiDocument(modules)));
  app.get('/api/v1/asyncapi.json', async () => asyncApiDocument());
  app.get('/api/v1/catalogue', async () => hub.catalogue);

  app.post('/api/v1/auth/login', async (req, reply) => {
    const input = LoginInput.safeParse(req.body);
    if (!input.success) return send(reply, refusal('validation', 'username and pin are required'));
    const r = await auth.login(input.data.username, input.data.pin, req.ip);
    if ('token' in r) return { token: r.token, staff: r.staff };
    if (r.error === 'unauthenticated') return send(reply, refusal(r.error, 'wrong username or PIN'));
    const seconds = Math.ceil(r.retryAfterMs / 1000);
    reply.header('retry-after', String(seconds));
    return send(reply, refusal(r.error, `too many failed attempts; try again in ${seconds} s`));
  });
  app.post('/api/v1/auth/logout', async (req, reply) => {
    const [, token] = (req.headers.authorization ?? '').split(' ');
    if (token) auth.logout(token);
    return reply.code(204).send();
  });

  app.get('/api/v1/snapshot', async (req, reply) => {
    const p = principalOf(req.headers.authorization);
    if (!p) return send(reply, refusal('unauthenticated', 'sign in or use a device key'));
    const snap = centreSnapshot(hub.state, hub.clock.now());
    // A device key gets its screen's view, as on its socket.
    if (p.actor.kind !== 'device') return snap;
    return deviceView(snap, p.roles.includes('display') ? 'display' : 'kiosk');
  });
  app.get<{ Params: { visitId: string } }>('/api/v1/visits/:visitId', async (req, reply) => {
    const p = principalOf(req.headers.authorization);
    if (!p) return send(reply, refusal('unauthenticated', 'sign in as staff'));
    if (!isStaff(p)) return send(reply, refusal('forbidden', 'a visit record is for staff only'));
    // Before the lookup: a refusal must not tell which visit ids exist.
    if (!mayReadVisit(hub.state, p, req.params.visitId))
      return send(
        reply,
        refusal('forbidden', "a visit's record is for the counter serving it, and for managers and admins"),
      );
    // The staff's record shows who came on the citizen's behalf: the sealed name is opened for it.
    const visit = visitDocument(hub.db, req.params.visitId, opts.personalData.sealer);
    if (visit === undefined) return send(reply, refusal('not_found', 'no such visit'));
    return { visit, events: visitEvents(hub.db, req.params.visitId, opts.personalData.sealer) };
  });
  app.get<{ Params: { token: string } }>(
    '/api/v1/public/tickets/:token',
    { config: { publicLimit: 'read' } },
    async (req, reply) => {
      const v = hub.visitOfToken(req.params.token) ?? visitByToken(hub.db, req.params.token);
      if (!v) return send(reply, refusal('not_found', 'no such ticket'));
      return publicStatus(hub.state, v, hub.clock.now());
    },
  );

  for (const name of OPERATION_NAMES) {
    const spec = OPERATIONS[name];
    app.post<{ Params: Record<string, string> }>(`/api/v1${spec.path}`, async (req, reply) => {
      const p = principalOf(req.headers.authorization);
      if (!p) return send(reply, refusal('unauthenticated', 'sign in or use a device key'));
      // No body is no input beyond the path; a body that is not a JSON object (null, a list, a
      // string) is refused as the socket refuses it, before anything runs.
      const body: unknown = req.body === undefined ? {} : req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return send(reply, refusal('validation', "send the operation's input as a JSON object"));
      return send(reply, await hub.execute(name, { ...body, ...req.params }, p));
    });
  }

  await registerStaticApps(app, undefined, () => hub.catalogue.centre.digits ?? DEFAULT_DIGITS);
  if (opts.extend) await opts.extend(app);

  const io: HubIo = new SocketServer<ClientToServerEvents, ServerToClientEvents>(app.server, {
    // Above any real message, so one over BODY_LIMIT is answered, not cut off (socket-message-size.ts).
    maxHttpBufferSize: SOCKET_TRANSPORT_LIMIT,
    serveClient: false,
    cors: { origin: false },
  });
  const ns = Object.fromEntries(
    (Object.keys(NAMESPACES) as NamespaceRole[]).map((role) => [role, io.of(NAMESPACES[role])]),
  ) as Record<NamespaceRole, HubNamespace>;
  const broadcaster = new Broadcaster(hub, ns);
  hub.onCommit = (batch) => broadcaster.onCommit(batch);
  const sockets = new SocketGuard(auth, hub.clock, opts.socketRateLimit);
  const moduleCtx: HubModuleContext = {
    hub,
    auth,
    io,
    broadcaster,
    sockets,
    personalData: opts.personalData,
    centreCa: opts.tls?.centreCa,
    services,
    catalogueChanges: new CatalogueChanges(),
  };
  // Every module's services exist before any module registers routes that may use them.
  for (const m of modules) {
    if (m.retention) moduleCtx.personalData.retentionSteps.add(m.name, m.retention);
    m.provide?.(moduleCtx);
  }
  for (const m of modules) await m.registerHttp?.(app, moduleCtx);

  const authorise = (role: NamespaceRole, raw: unknown): Principal | undefined => {
    const a = HandshakeAuth.safeParse(raw);
    if (!a.success) return undefined;
    if (role === 'kiosk' || role === 'display') {
      const p = a.data.deviceKey ? auth.devicePrincipal(a.data.deviceKey) : undefined;
      return p?.roles.includes(role) ? p : undefined;
    }
    const p = a.data.token ? auth.staffPrincipal(a.data.token) : undefined;
    if (role === 'manager') return p?.roles.some((r) => r === 'manager' || r === 'admin') ? p : undefined;
    return p;
  };

  for (const role of ['kiosk', 'counter', 'display', 'manager'] as const) {
    ns[role].use((socket, next) => {
      const p = authorise(role, socket.handshake.auth);
      if (!p) return next(new Error('unauthenticated'));
      socket.data.principal = p;
      next();
    });
    sockets.watch(ns[role]);
    ns[role].on('connection', (socket: HubSocket) => {
      const principal = socket.data.principal as Principal;
      refuseOversizedEvents(socket, BODY_LIMIT);
      const snapshot = () => snapshotForRole(centreSnapshot(hub.state, hub.clock.now()), role);
      socket.emit('snapshot', snapshot());
      socket.on('snapshot', (ack: unknown) => {
        if (typeof ack === 'function') ack({ ok: true, data: snapshot() });
      });
      if (principal.actor.kind === 'staff') void socket.join(`s:${principal.actor.staffId}`);
      for (const name of OPERATION_NAMES) bindOperation(socket, hub, name, principal, ackLatency);
      for (const m of modules) m.registerSocket?.(role, socket, principal, moduleCtx);
    });
  }

  sockets.watch(ns.public);
  // Only the namespace open without sign-in: staff and devices are few and hold credentials.
  sockets.capPerAddress(ns.public, publicLimits.socketsPerAddress, publicLimits.readsPerMinute);
  ns.public.on('connection', (socket: HubSocket) => {
    refuseOversizedEvents(socket, BODY_LIMIT);
    for (const m of modules) m.registerSocket?.('public', socket, undefined, moduleCtx);
    socket.on('follow', (input: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const parsed = FollowTicketInput.safeParse(input);
      if (!parsed.success) return ack(refusal('validation', 'a ticket token is required'));
      const v = hub.visitOfToken(parsed.data.token);
      if (!v) return ack(refusal('not_found', 'no such ticket'));
      broadcaster.followed.set(parsed.data.token, v.id);
      void socket.join(`t:${parsed.data.token}`);
      ack({ ok: true, data: publicStatus(hub.state, v, hub.clock.now()) });
    });
  });

  const closeTimeouts = { ...DEFAULT_CLOSE_TIMEOUTS, ...opts.closeTimeouts };
  // Every socket the server accepted (HTTP keep-alive, and those upgraded to WebSocket, which the
  // HTTP server's own connection list no longer holds), to cut them when a stop's grace ends.
  const connections = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  const stops: { module: string; stop: () => void | Promise<void> }[] = [];
  return {
    app,
    io,
    broadcaster,
    sockets,
    services,
    routes,
    async listen(host, port) {
      await app.listen({ host, port });
      for (const m of modules) {
        const stop = m.start?.(moduleCtx);
        if (stop) stops.push({ module: m.name, stop });
      }
      const addr = app.server.address();
      return typeof addr === 'object' && addr ? addr.port : port;
    },
    setTlsMaterial(tls) {
      if (!opts.tls) throw new Error('this hub serves plain HTTP; it has no certificate to renew');
      (app.server as unknown as TlsServer).setSecureContext({ key: tls.key, cert: tls.cert });
    },
    async close() {
      // Every module's stop runs even when an earlier one fails or hangs: a timer left running would
      // reach the database after startHub closes it ("database connection is not open"). Their
      // waits share one bound; a stop still running after it is abandoned (its later failure logged).
      const deadline = Date.now() + closeTimeouts.modulesMs;
      for (const { module, stop } of stops.splice(0)) {
        const stopped = settleWithin(stop, Math.max(0, deadline - Date.now()));
        const outcome = await stopped.outcome;
        if (outcome.kind === 'failed')
          console.error('a hub module failed to stop', { module }, outcome.error);
        if (outcome.kind === 'timed-out') {
          console.error(
            `hub module ${module} did not stop within ${closeTimeouts.modulesMs} ms; the hub stops without it`,
          );
          void stopped.late.then((error) => {
            if (error !== undefined) console.error('a hub module failed to stop', { module }, error);
          });
        }
      }
      sockets.close();
      broadcaster.close();
      io.disconnectSockets(true);
      // io.close() also closes the HTTP server, which waits for every open connection: a browser's
      // request still in flight, or a WebSocket whose client never answers the close (ws waits 30 s).
      // They get a grace period, then every accepted socket is destroyed, so a stop (SIGTERM) is bounded.
      const force = setTimeout(() => {
        app.server.closeAllConnections();
        for (const socket of connections) socket.destroy();
      }, closeTimeouts.connectionsMs);
      await new Promise<void>((r) => io.close(() => r()));
      clearTimeout(force);
      await app.close().catch(() => undefined);
    },
  };
}

type StopOutcome = { kind: 'stopped' } | { kind: 'failed'; error: unknown } | { kind: 'timed-out' };

/**
 * Runs `stop` and says how it ended within `ms`: stopped, failed (threw or rejected), or timed out.
 * `late` resolves with the error of a stop that fails after its time ran out (undefined otherwise),
 * so that failure is logged instead of becoming an unhandled rejection.
 */
function settleWithin(
  stop: () => void | Promise<void>,
  ms: number,
): { outcome: Promise<StopOutcome>; late: Promise<unknown> } {
  let running: Promise<void>;
  try {
    running = Promise.resolve(stop());
  } catch (error) {
    running = Promise.reject(error);
  }
  const settled = running.then(
    (): StopOutcome => ({ kind: 'stopped' }),
    (error: unknown): StopOutcome => ({ kind: 'failed', error }),
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<StopOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timed-out' }), ms);
  });
  const outcome = Promise.race([settled, timedOut]).finally(() => clearTimeout(timer));
  const late = settled.then((o) => (o.kind === 'failed' ? o.error : undefined));
  return { outcome, late };
}

/** The storage module's check; a hub without it can say only whether writes are refused. */
function storageStatus(hub: Hub, services: HubServices): StorageStatus {
  const health = services.find(STORAGE_HEALTH);
  if (health) return health.check();
  const reason = hub.storageProblem;
  return {
    writable: reason === null,
    reason,
    freeBytes: null,
    lowBytes: 0,
    low: false,
    walBytes: 0,
    checkedAt: hub.clock.now(),
  };
}

function bindOperation(
  socket: HubSocket,
  hub: Hub,
  name: OperationName,
  principal: Principal,
  latency: LatencyHistogram,
) {
  const rooms = socketRoomsOf(name);
  socket.on(name, (input: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return; // every operation is acknowledged; a call without a callback is ignored
    const arrived = performance.now();
    void hub.execute(name, input, principal).then((outcome) => {
      if (rooms && outcome.ok) void socket.join(rooms(outcome.data, hub.state));
      ack(outcome);
      latency.observe(performance.now() - arrived);
    });
  });
}
