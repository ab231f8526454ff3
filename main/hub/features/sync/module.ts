/**
 * The sync hub module: starts the worker that drains the outbox to central, the identity
 * retention job, and serves sync health (HTTP, /manager socket, /metrics) and the counter
 * panel's customer history.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Hub } from '../../core/hub.js';
import type { HubModule, HubModuleContext } from '../../core/module-context.js';
import { gauge, metricFamily } from '../../core/metric-family.js';
import { syncRoutes } from './openapi.js';
import { refuse, staffCaller } from '../../core/http-helpers.js';
import { visitDocument } from '../../core/store/repository.js';
import { Visit } from '../../../../shared/contract/visit.js';
import type { SyncHealth } from '../../../../shared/contract/sync.js';
import { syncConfigFromEnv, type SyncConfig } from './config.js';
import { createCentralClient, type CentralClient } from './central-client.js';
import { SyncWorker, type SyncAlert, type SyncLog } from './worker.js';
import { purgeDeadLetters, readHealth } from './sync-store.js';
import { createHistoryReader, type HistoryReader } from './customer-history.js';
import { mayReadVisit } from '../../core/visit-access.js';
import { clearExpiredIdentity } from './retention.js';
import { hubSource } from './map-event.js';
import { ALERTS, CENTRAL_LINK } from '../../core/services/ids.js';
import { serviceId } from '../../core/services/registry.js';

const RETENTION_EVERY_MS = 60 * 60 * 1000;
const LAG_CHECK_EVERY_MS = 15_000;

export interface SyncModuleOptions {
  /** Defaults to the environment (DAWR_CENTRAL_*, DAWR_SYNC_*), read when the hub starts. */
  config?: SyncConfig;
  /** Where dead letters and refused batches are reported; defaults to an error log line. */
  onAlert?: (alert: SyncAlert, hub: Hub) => void;
}

export interface RunningSync {
  config: SyncConfig;
  client: CentralClient | undefined;
  worker: SyncWorker | undefined;
  history: HistoryReader;
  centreId(): string;
  health(): SyncHealth;
}

/** Builds (does not start) the sync of one hub: worker, client and history reader. */
export function createSync(
  hub: Hub,
  config: SyncConfig,
  log: SyncLog,
  onAlert: (a: SyncAlert) => void,
): RunningSync {
  const centreId = () => config.central?.centreId ?? hub.catalogue.centre.id;
  const client = config.central
    ? createCentralClient({
        url: config.central.url,
        token: config.central.token,
        timeoutMs: config.requestTimeoutMs,
      })
    : undefined;
  const worker = client
    ? new SyncWorker({
        db: hub.db,
        client,
        centreId: centreId(),
        catalogue: () => hub.catalogue,
        now: () => hub.clock.now(),
        batchSize: config.batchSize,
        inFlight: config.inFlight,
        backoff: config.backoff,
        idleMs: config.idleMs,
        alert: onAlert,
        log,
      })
    : undefined;
  const history = createHistoryReader({
    db: hub.db,
    client,
    centreId,
    timeoutMs: config.historyTimeoutMs,
    cacheMs: config.historyCacheMs,
    now: () => hub.clock.now(),
  });
  return {
    config,
    client,
    worker,
    history,
    centreId,
    health: () => readHealth(hub.db, { enabled: worker !== undefined, failures: worker?.failures ?? 0 }),
  };
}

export function healthMetrics(h: SyncHealth, now: number): string[] {
  const seconds = (t: number | null) => (t === null ? 0 : Math.max(0, (now - t) / 1000));
  return [
    ...gauge(
      'dawr_sync_enabled',
      '1 when the hub sends its events to a central profile service.',
      h.enabled ? 1 : 0,
    ),
    ...gauge('dawr_sync_backlog_events', 'Events written but not yet acknowledged by central.', h.backlog),
    ...gauge(
      'dawr_sync_oldest_unsent_age_seconds',
      'Age of the oldest unacknowledged event (0 when none).',
      seconds(h.oldestUnsentAt),
    ),
    ...gauge(
      'dawr_sync_last_success_timestamp_seconds',
      'When a batch last went through (0 if never).',
      h.lastSuccessAt === null ? 0 : h.lastSuccessAt / 1000,
    ),
    ...gauge('dawr_sync_consecutive_failures', 'Failed attempts since the last success.', h.failures),
    ...gauge(
      'dawr_sync_dead_letters',
      'Events central rejected as invalid, kept for inspection.',
      h.deadLetterCount,
    ),
    ...metricFamily(
      'dawr_sync_events_total',
      'counter',
      'Events acknowledged by central, by result.',
      (['accepted', 'duplicate', 'rejected', 'skipped'] as const).map((r) => ({
        labels: `result="${r}"`,
        value: h.totals[r],
      })),
    ),
  ];
}

/** This hub's sync (one module object serves every hub of a process). */
const RUNNING = serviceId<RunningSync>('sync.running');

export function syncModule(opts: SyncModuleOptions = {}): HubModule {
  const of = (ctx: HubModuleContext) => ctx.services.find(RUNNING);
  return {
    name: 'sync',
    // Dead letters are a log table, purged whether or not central is configured.
    retention: (db, before) => ({
      logs: purgeDeadLetters(db, before.logs),
    }),
    routeDocs: syncRoutes,
    registerHttp(app, ctx) {
      const config = opts.config ?? syncConfigFromEnv(process.env);
      const log: FastifyBaseLogger = app.log;
      // Dead letters and refused batches reach the manager dashboard's alerts as well as the log.
      const alert = (a: SyncAlert) => {
        log.error({ alert: a.kind, ...a.details }, a.message);
        if (opts.onAlert) opts.onAlert(a, ctx.hub);
        else
          ctx.services.find(ALERTS)?.raise('sync_lagging', `central:${a.kind}`, {
            message: a.message,
            ...a.details,
          });
      };
      const sync = createSync(ctx.hub, config, log, alert);
      ctx.services.provide(RUNNING, sync);
      // Other features reach central through this, never through sync's files (#17).
      const client = sync.client;
      if (client)
        ctx.services.provide(CENTRAL_LINK, {
          source: hubSource(sync.centreId()),
          idleMs: config.idleMs,
          sendBatch: (events) => client.sendBatch(events),
          requestStatus: (number, reader, timeoutMs) => client.requestStatus(number, reader, timeoutMs),
        });
      if (config.central)
        log.info({ central: config.central.url, centreId: sync.centreId() }, 'sync to central enabled');
      else log.info('sync to central disabled: DAWR_CENTRAL_URL is not set; events wait in the outbox');

      app.get('/api/v1/sync/health', async (req, reply) => {
        if (!staffCaller(ctx, req, reply, ['manager', 'admin'])) return reply;
        return of(ctx)!.health();
      });

      // Only over HTTP: no socket event serves the history.
      app.get<{ Params: { visitId: string } }>(
        '/api/v1/visits/:visitId/customer-history',
        async (req, reply) => {
          const p = staffCaller(ctx, req, reply);
          if (!p) return reply;
          const { visitId } = req.params;
          // Before the visit is looked up, so the answer does not tell others which ids exist.
          if (!mayReadVisit(ctx.hub.state, p, visitId))
            return refuse(
              reply,
              'forbidden',
              "a citizen's history is for the counter serving them, and for managers and admins",
            );
          const doc = visitDocument(ctx.hub.db, visitId);
          if (doc === undefined) return refuse(reply, 'not_found', 'no such visit');
          return of(ctx)!.history.read(Visit.parse(doc), p.actor.staffId);
        },
      );
    },
    registerSocket(role, socket, _principal, ctx) {
      if (role !== 'manager') return;
      socket.on('syncHealth', (_input: unknown, ack?: unknown) => {
        if (typeof ack === 'function') ack({ ok: true, data: of(ctx)!.health() });
      });
    },
    metrics(ctx) {
      const sync = of(ctx);
      return sync ? healthMetrics(sync.health(), ctx.hub.clock.now()) : [];
    },
    start(ctx) {
      const sync = of(ctx);
      if (!sync) return;
      if (sync.worker) sync.worker.start();
      const retain = () => {
        try {
          clearExpiredIdentity(ctx.hub.db, {
            now: ctx.hub.clock.now(),
            retentionDays: sync.config.retentionDays,
            waitForSync: sync.worker !== undefined,
          });
        } catch {
          // Retried at the next run; the hub keeps serving.
        }
      };
      retain();
      const timer = setInterval(retain, RETENTION_EVERY_MS);
      timer.unref();
      // The backlog is "falling behind" when its oldest event has waited longer than the threshold.
      const checkLag = () => {
        if (!sync.worker) return;
        const h = sync.health();
        const lagging =
          h.oldestUnsentAt !== null && ctx.hub.clock.now() - h.oldestUnsentAt > sync.config.lagAlertMs;
        const alerts = ctx.services.find(ALERTS);
        if (!alerts) return;
        if (lagging)
          alerts.raise('sync_lagging', 'backlog', { backlog: h.backlog, oldestUnsentAt: h.oldestUnsentAt });
        else alerts.clear('sync_lagging', 'backlog');
      };
      const lagTimer = setInterval(checkLag, Math.min(LAG_CHECK_EVERY_MS, sync.config.lagAlertMs / 4));
      lagTimer.unref();
      return async () => {
        clearInterval(timer);
        clearInterval(lagTimer);
        await sync.worker?.stop();
      };
    },
  };
}
