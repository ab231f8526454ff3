/**
 * The manager dashboard's hub module: on '/manager' (and POST /api/v1/manager/<event> for scripts)
 * it answers live metrics, alerts, reports, manager actions and audited configuration; a timer
 * folds new visit events into the report facts, pushes `metrics` to dashboards and evaluates alerts.
 */
import { randomUUID } from 'node:crypto';
import type * as z from 'zod';
import {
  MANAGER_EVENT_INPUTS as INPUT,
  ReportGroupBy,
  ReportCsvLanguage,
  ReportQuery,
  SetQueueOpenInput,
  type DisplayMessage,
  type LiveMetrics,
  type ManagerEvent,
  type Report,
} from '../../../../shared/contract/manager.js';
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import { NAMESPACES, type NamespaceRole } from '../../../../shared/contract/namespaces.js';
import { centreLoad, centreSnapshot, snapshotForRole } from '../../../../shared/domain/views.js';
import { businessDay } from '../../../../shared/domain/time.js';
import { reportCsvFile, reportCsvFilename } from '../../../../shared/domain/report-csv.js';
import { DomainError } from '../../../../shared/domain/errors.js';
import type { ReportBody } from '../../../../shared/domain/reports.js';
import { httpStatusFor } from '../../core/http-errors.js';
import type { Outcome, Principal } from '../../core/hub.js';
import type { HubModule, HubModuleContext } from '../../core/module-context.js';
import { managerRoutes } from './openapi.js';
import { AlertCentre } from './alerts.js';
import { ALERTS, BACKUPS, DEVICE_HEALTH, type Alerts } from '../../core/services/ids.js';
import { serviceId } from '../../core/services/registry.js';
import { evaluateAlerts, EVALUATED_KINDS } from './alert-rules.js';
import { audit, auditLog, Configuration } from './configuration.js';
import { CutoffScheduler } from './cutoffs.js';
import { ManagerError } from './errors.js';
import { listDeviceKeys, rekeyDevice, revokeDeviceKey, setDeviceKeyExpiry } from './device-keys.js';
import { factsForDays, syncFacts } from './facts.js';
import { liveMetrics } from './live-metrics.js';
import { ensureRollups, sqlReport } from './rollup-report.js';
import { factsWithUnfolded, readOnlyReport } from './read-only-facts.js';
import { isWriteRefused, STORAGE_REFUSAL } from '../../core/store/write-refused.js';
import { purgeClearedAlerts } from './alert-store.js';
import { purgeAudit } from './config-store.js';
import { managerMigrations } from './migrations/index.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

const TICK_MS = 1000;
/** Events folded per slice: about a millisecond of work, so kiosks and counters never wait behind a busy second. */
const FOLD_SLICE = 200;
/**
 * How long each of the tick's writes waits for the write lock to be free (Hub.writeWhenFree) before
 * waiting for it as before: under a load that never leaves the commit worker idle the facts keep up.
 */
const WRITE_WAIT_MS = 20;
const SCREEN_ROLES: NamespaceRole[] = ['kiosk', 'counter', 'display', 'manager'];

interface Runtime {
  config: Configuration;
  alerts: Alerts;
  /** Queue changes scheduled for later today, kept in the database across restarts. */
  cutoffs: CutoffScheduler;
}
/** The manager's per-hub state, kept in the hub's registry (not shared with other modules). */
const RUNTIME = serviceId<Runtime>('manager.runtime');

function createRuntime(ctx: HubModuleContext, alerts: Alerts): Runtime {
  const config = new Configuration(ctx.hub, ctx.auth, (c) => {
    announceCatalogue(ctx, c);
    ctx.catalogueChanges.applied(c);
  });
  return {
    config,
    alerts,
    cutoffs: new CutoffScheduler(ctx.hub, config, (pending) =>
      ctx.io.of(NAMESPACES.manager).emit('scheduledCutoffs', pending),
    ),
  };
}

function runtime(ctx: HubModuleContext): Runtime {
  return ctx.services.get(RUNTIME);
}

/** The backup module's service; a hub without that module takes no backups. */
function backupsOf(ctx: HubModuleContext) {
  const backups = ctx.services.find(BACKUPS);
  if (!backups) throw new DomainError('backups_off', 'this hub runs without its backup module');
  return backups;
}

/** Screens redraw from the snapshot; kiosks and counters also get the new catalogue. */
function announceCatalogue(ctx: HubModuleContext, catalogue: Catalogue): void {
  const snap = centreSnapshot(ctx.hub.state, ctx.hub.clock.now());
  for (const role of SCREEN_ROLES) {
    ctx.io.of(NAMESPACES[role]).emit('catalogue', catalogue);
    ctx.io.of(NAMESPACES[role]).emit('snapshot', snapshotForRole(snap, role));
  }
}

/**
 * Folds new events into the report facts; false when the store refuses the write (a full disk):
 * the caller then reads with the unfolded events laid over the stored facts, and writes nothing.
 */
function foldFacts(ctx: HubModuleContext): boolean {
  try {
    syncFacts(ctx.hub.db, ctx.hub.catalogue);
    return true;
  } catch (e) {
    if (isWriteRefused(e)) return false;
    throw e;
  }
}

export function currentMetrics(ctx: HubModuleContext): LiveMetrics {
  const { hub } = ctx;
  const folded = foldFacts(ctx);
  const now = hub.clock.now();
  const today = businessDay(now, hub.catalogue.centre.timeZone);
  return liveMetrics({
    catalogue: hub.catalogue,
    facts: folded
      ? factsForDays(hub.db, today, today)
      : factsWithUnfolded(hub.db, hub.catalogue, today, today),
    visits: hub.state.visits.values(),
    thresholds: runtime(ctx).config.thresholds(),
    now,
  });
}

/** Folds new visit events into the report facts in short slices, yielding to requests between them. */
async function foldFactsInSlices(ctx: HubModuleContext): Promise<number> {
  let total = 0;
  for (;;) {
    const read = await ctx.hub.writeWhenFree(
      () => syncFacts(ctx.hub.db, ctx.hub.catalogue, FOLD_SLICE),
      WRITE_WAIT_MS,
    );
    total += read;
    if (read < FOLD_SLICE) return total;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function runReport(ctx: HubModuleContext, query: z.infer<typeof ReportQuery>): Report {
  const { db, catalogue } = ctx.hub;
  let body: ReportBody;
  try {
    // Building stale rollups writes too; either write refused, the report is computed without them.
    body = foldFacts(ctx) ? sqlReport(db, catalogue, query) : readOnlyReport(db, catalogue, query);
  } catch (e) {
    if (!isWriteRefused(e)) throw e;
    body = readOnlyReport(db, catalogue, query);
  }
  return { query, ...body, generatedAt: ctx.hub.clock.now() };
}

type Handler = (input: unknown, principal: Principal & { staffId: string }, ctx: HubModuleContext) => unknown;

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (!r.success) throw new ManagerError('validation', describeIssues(r.error));
  return r.data;
}

/** Now, or later today (a cut-off kept across restarts; see cutoffs.ts). */
function setQueueOpen(ctx: HubModuleContext, staffId: string, input: z.infer<typeof SetQueueOpenInput>) {
  return runtime(ctx).cutoffs.setQueueOpen(staffId, input.queueId, input.open, input.at);
}

export const MANAGER_HANDLERS: Record<ManagerEvent, Handler> = {
  'manager.metrics': (_i, _p, ctx) => currentMetrics(ctx),
  'manager.alerts': (_i, _p, ctx) => runtime(ctx).alerts.list(),
  'manager.acknowledgeAlert': (i, p, ctx) =>
    runtime(ctx).alerts.acknowledge(parse(INPUT['manager.acknowledgeAlert'], i).alertId, p.staffId),
  'manager.report': (i, _p, ctx) => runReport(ctx, parse(INPUT['manager.report'], i)),
  'manager.setQueueOpen': (i, p, ctx) =>
    setQueueOpen(ctx, p.staffId, parse(INPUT['manager.setQueueOpen'], i)),
  'manager.scheduledCutoffs': (_i, _p, ctx) => runtime(ctx).cutoffs.list(),
  'manager.cancelCutoff': (i, p, ctx) =>
    runtime(ctx).cutoffs.cancel(p.staffId, parse(INPUT['manager.cancelCutoff'], i).queueId),
  'manager.moveCounter': (i, p, ctx) => {
    const input = parse(INPUT['manager.moveCounter'], i);
    runtime(ctx).config.moveCounter(p.staffId, input.counterId, input.workProfileId);
    return input;
  },
  'manager.announce': (i, p, ctx) => {
    const input = parse(INPUT['manager.announce'], i);
    const now = ctx.hub.clock.now();
    const message: DisplayMessage = {
      id: randomUUID(),
      text: input.text,
      at: now,
      until: now + input.minutes * 60_000,
    };
    audit(ctx.hub.db, now, p.staffId, 'announce', null, message);
    ctx.io.of(NAMESPACES.display).emit('message', message);
    ctx.io.of(NAMESPACES.manager).emit('message', message);
    return message;
  },
  'manager.catalogue': (_i, _p, ctx) => ctx.hub.catalogue,
  'manager.updateCatalogue': (i, p, ctx) => {
    const input = parse(INPUT['manager.updateCatalogue'], i);
    return runtime(ctx).config.updateCatalogue(
      p.staffId,
      input.catalogue,
      input.what ? `catalogue.${input.what}` : 'catalogue',
    );
  },
  'manager.thresholds': (_i, _p, ctx) => runtime(ctx).config.thresholds(),
  'manager.updateThresholds': (i, p, ctx) =>
    runtime(ctx).config.updateThresholds(p.staffId, parse(INPUT['manager.updateThresholds'], i).thresholds),
  'manager.staff': (_i, _p, ctx) => runtime(ctx).config.staff(),
  'manager.upsertStaff': (i, p, ctx) =>
    runtime(ctx).config.upsertStaff(
      { staffId: p.staffId, roles: p.roles },
      parse(INPUT['manager.upsertStaff'], i),
    ),
  'manager.audit': (_i, _p, ctx) => auditLog(ctx.hub.db),
  'manager.deviceKeys': (_i, _p, ctx) => listDeviceKeys(ctx),
  'manager.revokeDevice': (i, p, ctx) =>
    revokeDeviceKey(ctx, p.staffId, parse(INPUT['manager.revokeDevice'], i)),
  'manager.setDeviceExpiry': (i, p, ctx) =>
    setDeviceKeyExpiry(ctx, p.staffId, parse(INPUT['manager.setDeviceExpiry'], i)),
  'manager.rekeyDevice': (i, p, ctx) => rekeyDevice(ctx, p.staffId, parse(INPUT['manager.rekeyDevice'], i)),
  'manager.backups': (_i, _p, ctx) => backupsOf(ctx).status(),
  'manager.backupNow': (i, _p, ctx) => {
    parse(INPUT['manager.backupNow'], i);
    return backupsOf(ctx).backupNow();
  },
  'manager.deviceHealth': (_i, _p, ctx) => ctx.services.get(DEVICE_HEALTH).evaluate(),
};

/** The principal as a manager or admin; refused for anonymous callers, devices and other staff. */
function asManager(principal: Principal | undefined): Outcome<Principal & { staffId: string }> {
  if (!principal) return { ok: false, error: { code: 'unauthenticated', message: 'sign in as a manager' } };
  // A device key was identified: it is refused (403) for what it is, not asked who it is (401).
  if (principal.actor.kind !== 'staff' || !principal.roles.some((r) => r === 'manager' || r === 'admin'))
    return { ok: false, error: { code: 'forbidden', message: 'only managers and admins can do this' } };
  return { ok: true, data: { ...principal, staffId: principal.actor.staffId } };
}

/** Runs a manager event for a principal; never throws. The hub enforces the manager/admin role here too. */
export function handleManagerEvent(
  ctx: HubModuleContext,
  event: string,
  input: unknown,
  principal: Principal | undefined,
): Outcome<unknown> {
  const handler = Object.hasOwn(MANAGER_HANDLERS, event)
    ? MANAGER_HANDLERS[event as ManagerEvent]
    : undefined;
  if (!handler) return { ok: false, error: { code: 'not_found', message: `no manager event ${event}` } };
  const manager = asManager(principal);
  if (!manager.ok) return manager;
  try {
    return { ok: true, data: handler(input, manager.data, ctx) };
  } catch (e) {
    if (e instanceof ManagerError || e instanceof DomainError)
      return { ok: false, error: { code: e.code, message: e.message } };
    if (isWriteRefused(e)) return { ok: false, error: { ...STORAGE_REFUSAL } };
    return {
      ok: false,
      error: { code: 'internal', message: 'the hub could not complete this request; nothing was changed' },
    };
  }
}

export const managerModule: HubModule = {
  name: 'manager',
  migrations: managerMigrations,
  // The manager's log tables: the configuration audit, and alerts once cleared.
  retention: (db, before) => ({
    logs: purgeAudit(db, before.logs) + purgeClearedAlerts(db, before.logs),
  }),
  routeDocs: managerRoutes,
  provide(ctx) {
    // The alerts live in the manager's table and are acknowledged on its dashboard.
    const alerts = ctx.services.provide(ALERTS, new AlertCentre(ctx.hub.db, () => ctx.hub.clock.now()));
    ctx.services.provide(RUNTIME, createRuntime(ctx, alerts));
  },
  registerHttp(app, ctx) {
    app.post<{ Params: { event: string } }>('/api/v1/manager/:event', async (req, reply) => {
      const outcome = handleManagerEvent(
        ctx,
        `manager.${req.params.event}`,
        req.body,
        ctx.auth.fromHeader(req.headers.authorization),
      );
      if (outcome.ok) return reply.code(200).send(outcome.data);
      return reply.code(httpStatusFor(outcome.error.code)).send(outcome.error);
    });
    // The report as CSV for integrations: the same file as the dashboard's "Export CSV".
    app.get<{ Querystring: Record<string, unknown> }>('/api/v1/manager/reports.csv', async (req, reply) => {
      const principal = ctx.auth.fromHeader(req.headers.authorization);
      const manager = asManager(principal);
      if (!manager.ok) return reply.code(httpStatusFor(manager.error.code)).send(manager.error);
      const { lang, ...query } = req.query;
      const language = ReportCsvLanguage.safeParse(lang);
      if (!language.success) return reply.code(400).send({ code: 'validation', message: 'lang: ar or en' });
      const outcome = handleManagerEvent(ctx, 'manager.report', query, principal);
      if (!outcome.ok) return reply.code(httpStatusFor(outcome.error.code)).send(outcome.error);
      const report = outcome.data as Report;
      const staffNames = new Map(
        runtime(ctx)
          .config.staff()
          .map((s) => [s.id, s.displayName]),
      );
      return reply
        .code(200)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${reportCsvFilename(report.query)}"`)
        .header('cache-control', 'no-store')
        .send(reportCsvFile(report, { lang: language.data, catalogue: ctx.hub.catalogue, staffNames }));
    });
  },
  registerSocket(role, socket, principal, ctx) {
    if (role !== 'manager') return;
    for (const event of Object.keys(MANAGER_HANDLERS) as ManagerEvent[])
      socket.on(event, (input: unknown, ack?: unknown) => {
        // Events without input may send the callback first.
        const callback = typeof ack === 'function' ? ack : typeof input === 'function' ? input : undefined;
        if (typeof callback !== 'function') return;
        (callback as (o: Outcome<unknown>) => void)(
          handleManagerEvent(ctx, event, typeof input === 'function' ? {} : input, principal),
        );
      });
  },
  start(ctx) {
    const rt = runtime(ctx);
    // Pending cut-offs: those that fell due while the hub was down apply now; the rest are re-armed.
    const stopCutoffs = rt.cutoffs.start();
    const managers = ctx.io.of(NAMESPACES.manager);
    const unsubscribe = rt.alerts.onChange((a) => managers.emit('alert', a));
    let lastPushed = 0;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const read = await foldFactsInSlices(ctx);
        // Alerts and rollups write too: as the fold, when the write lock is free. Reconciling again
        // after a refusal raises and clears only what is still to raise or clear.
        await ctx.hub.writeWhenFree(() => {
          const now = ctx.hub.clock.now();
          // Alerts read waits and counters, not estimates: no look-ahead here (the broadcaster's snapshot runs it).
          rt.alerts.reconcile(
            EVALUATED_KINDS,
            evaluateAlerts(centreLoad(ctx.hub.state, now), ctx.hub.catalogue, rt.config.thresholds(), now),
          );
        }, WRITE_WAIT_MS);
        // Past days' report rollups are built in the background, a few days per tick, so the first
        // year-long report does not pay for a year of scanning.
        await ctx.hub.writeWhenFree(() => {
          const yesterday = businessDay(ctx.hub.clock.now() - 86_400_000, ctx.hub.catalogue.centre.timeZone);
          for (const g of ReportGroupBy.options) ensureRollups(ctx.hub.db, g, '0000-01-01', yesterday, 7);
        }, WRITE_WAIT_MS);
        // Push after changes, and every 10 s anyway (waits grow while nothing happens).
        if (managers.sockets.size > 0 && (read > 0 || Date.now() - lastPushed > 10_000)) {
          lastPushed = Date.now();
          // Folds what came since the slices above: with the lock held it reads them unfolded instead.
          managers.emit('metrics', await ctx.hub.writeWhenFree(() => currentMetrics(ctx), WRITE_WAIT_MS));
        }
      } catch (e) {
        // A failed tick must not stop the next one; the next tick retries from the same cursor.
        console.error('manager tick failed', e);
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void tick(), TICK_MS);
    return () => {
      clearInterval(timer);
      unsubscribe();
      stopCutoffs();
    };
  },
};
