/**
 * Device health as a hub module: takes each app's `heartbeat` on its socket and counts the sockets
 * of every kiosk and display, answers `manager.deviceHealth` (see manager/module.ts), pushes
 * `deviceHealth` to dashboards when something changes, raises `device_silent` for a kiosk or
 * display unheard for longer than DAWR_DEVICE_SILENT_MINUTES (default 5) while the centre is open
 * and clears it when the device is back, raises the `printer_paper_low` warning while a kiosk's
 * printer reports paper near its end, and adds Prometheus lines for each device.
 */
import type { Socket } from 'socket.io';
import {
  DEVICE_HEALTH_EVENT,
  HEARTBEAT_EVENT,
  Heartbeat,
  PrinterHealth,
  type DeviceHealth,
  type DeviceHealthList,
  type HealthApp,
  type PeripheralReport,
} from '../../../../shared/contract/device-health.js';
import type { NamespaceRole } from '../../../../shared/contract/namespaces.js';
import { NAMESPACES } from '../../../../shared/contract/namespaces.js';
import type { Hub, Principal } from '../../core/hub.js';
import {
  ALERTS,
  DEVICE_HEALTH,
  type AlertCondition,
  type DeviceHealthService,
} from '../../core/services/ids.js';
import { serviceId, type HubServices } from '../../core/services/registry.js';
import { metricFamily } from '../../core/metric-family.js';
import type { HubModule, HubModuleContext } from '../../core/module-context.js';
import { DeviceHealthRegistry } from './registry.js';

export const DEFAULT_SILENT_MINUTES = 5;
/** Alerts and pushes are re-evaluated this often (silence grows while nothing happens). */
const TICK_MS = 5_000;
/** Changes (a connect, a heartbeat) are pushed after this short pause, so a burst makes one push. */
const PUSH_DELAY_MS = 250;

/** One hub's device health; kept in the hub's registry, since every hub of a process shares this module object. */
class HealthRuntime implements DeviceHealthService {
  constructor(
    readonly registry: DeviceHealthRegistry,
    private readonly hub: Hub,
    private readonly silentAfterMs: number,
    private readonly services: HubServices,
  ) {}

  peripheralReport(parentId: string, report: PeripheralReport): void {
    this.registry.peripheralReport(parentId, report);
  }
  serialConfigured(id: string, kind: string, counterId: string | null): void {
    this.registry.serialConfigured(id, kind, counterId);
  }
  serialReport(report: PeripheralReport): void {
    this.registry.serialReport(report);
  }

  /** The list now, without side effects (metrics). */
  list(): DeviceHealthList {
    return this.registry.list(this.hub.catalogue.centre, this.silentAfterMs);
  }

  /** The list now, with the `device_silent` and `printer_paper_low` alerts brought in line with it. */
  evaluate(): DeviceHealthList {
    const list = this.list();
    const alerts = this.services.find(ALERTS);
    try {
      alerts?.reconcile(['printer_paper_low'], paperLowAlerts(list));
      alerts?.reconcile(
        ['device_silent'],
        list.devices
          .filter((d) => d.state === 'silent')
          .map((d) => ({
            kind: 'device_silent' as const,
            subject: d.id,
            detail: { role: d.kind, name: d.name, lastSeenAt: d.lastSeenAt },
          })),
      );
    } catch (e) {
      // A hub whose disk refuses writes still answers what it sees; the alert follows once it can be written.
      console.error('device health alerts could not be written', e);
    }
    return list;
  }
}
const RUNTIME = serviceId<HealthRuntime>('device-health.runtime');

export function silentMinutesFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_SILENT_MINUTES;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60)
    throw new Error(`DAWR_DEVICE_SILENT_MINUTES must be a number of minutes from 1 to 1440, not "${raw}"`);
  return minutes;
}

/** The hub's device health registry (tests feed it); throws when the hub runs without this module. */
export function deviceHealthOf(services: HubServices): DeviceHealthRegistry {
  return services.get(RUNTIME).registry;
}

/** The list now, with the health alerts brought in line with it (tests; the manager asks DEVICE_HEALTH). */
export function evaluateDeviceHealth(services: HubServices): DeviceHealthList {
  return services.get(DEVICE_HEALTH).evaluate();
}

/**
 * `printer_paper_low` (a warning) for every kiosk whose printer last said its paper is near the end,
 * whichever way it said so (heartbeat, the shell's status report, or the hub's own print). The
 * subject is the kiosk, as for `printer_offline`; the alert clears once the printer reports
 * anything else (a new roll, or paper out, which is its own alert).
 */
function paperLowAlerts(list: DeviceHealthList): AlertCondition[] {
  return list.devices
    .filter((d) => d.parentId === null && d.printer === 'paper_near_end')
    .map((d) => ({ kind: 'printer_paper_low', subject: d.id, detail: { name: d.name, level: 'warning' } }));
}

/** Which apps may send heartbeats on which namespace. */
const APPS_OF: Partial<Record<NamespaceRole, readonly HealthApp[]>> = {
  kiosk: ['kiosk'],
  display: ['display'],
  counter: ['counter', 'floor'],
};

type Ack = (result: unknown) => void;

function registerHeartbeats(
  socket: Socket,
  role: NamespaceRole,
  principal: Principal,
  registry: DeviceHealthRegistry,
) {
  const allowed = APPS_OF[role];
  if (!allowed) return;
  const actor = principal.actor;
  if (actor.kind === 'device') {
    registry.deviceConnected(actor.deviceId);
    socket.on('disconnect', () => registry.deviceDisconnected(actor.deviceId));
  }
  let staffAppKey: string | null = null;
  socket.on(HEARTBEAT_EVENT, (input: unknown, ack: unknown) => {
    const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
    const parsed = Heartbeat.safeParse(input);
    if (!parsed.success)
      return reply({
        ok: false,
        error: {
          code: 'validation',
          message: parsed.error.issues
            .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
            .join('; '),
        },
      });
    const heartbeat = parsed.data;
    if (!allowed.includes(heartbeat.app))
      return reply({
        ok: false,
        error: {
          code: 'forbidden',
          message: `a ${heartbeat.app} heartbeat does not belong on ${NAMESPACES[role]}`,
        },
      });
    if (actor.kind === 'device') registry.deviceHeartbeat(actor.deviceId, heartbeat);
    else if (actor.kind === 'staff') {
      const key = `${heartbeat.app}:${heartbeat.instanceId}`;
      // One socket is one app instance: a later heartbeat naming another instance is refused.
      if (staffAppKey !== null && staffAppKey !== key)
        return reply({
          ok: false,
          error: { code: 'validation', message: 'this connection already reported as another app instance' },
        });
      const first = staffAppKey === null;
      staffAppKey = key;
      registry.staffAppHeartbeat(key, principal.staff?.displayName ?? actor.staffId, heartbeat, first);
      if (first) socket.on('disconnect', () => registry.staffAppDisconnected(key));
    }
    reply({ ok: true, data: null });
  });
}

/** How the module schedules its re-evaluations; each returns a cancel function (tests pass their own). */
export interface HealthSchedule {
  every(ms: number, run: () => void): () => void;
  after(ms: number, run: () => void): () => void;
}

const TIMERS: HealthSchedule = {
  every(ms, run) {
    const timer = setInterval(run, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export function deviceHealthModule(
  opts: { silentAfterMinutes?: number; schedule?: HealthSchedule } = {},
): HubModule {
  const schedule = opts.schedule ?? TIMERS;
  const silentAfterMinutes =
    opts.silentAfterMinutes ?? silentMinutesFromEnv(process.env.DAWR_DEVICE_SILENT_MINUTES);
  return {
    name: 'device-health',
    provide(ctx) {
      // Created with the hub, so silence is counted from the hub's start.
      const runtime = new HealthRuntime(
        new DeviceHealthRegistry(ctx.hub.db, ctx.hub.clock),
        ctx.hub,
        silentAfterMinutes * 60_000,
        ctx.services,
      );
      ctx.services.provide(RUNTIME, runtime);
      ctx.services.provide(DEVICE_HEALTH, runtime);
    },
    registerSocket(role, socket, principal, ctx) {
      if (principal) registerHeartbeats(socket, role, principal, ctx.services.get(RUNTIME).registry);
    },
    metrics(ctx) {
      return metricLines(ctx.services.get(RUNTIME).list());
    },
    start(ctx: HubModuleContext) {
      const runtime = ctx.services.get(RUNTIME);
      const { registry } = runtime;
      const managers = ctx.io.of(NAMESPACES.manager);
      let lastSignature = '';
      let cancelPending: (() => void) | null = null;
      let stopped = false;
      const evaluate = () => {
        cancelPending = null;
        // A run already due when the hub stops must not reach the database closed after it.
        if (stopped) return;
        try {
          const list = runtime.evaluate();
          const signature = signatureOf(list);
          if (signature === lastSignature) return;
          lastSignature = signature;
          managers.emit(DEVICE_HEALTH_EVENT, list);
        } catch (e) {
          // A failed evaluation must not stop the next one.
          console.error('device health evaluation failed', e);
        }
      };
      const unsubscribe = registry.onChange(() => {
        if (!stopped) cancelPending ??= schedule.after(PUSH_DELAY_MS, evaluate);
      });
      const cancelTick = schedule.every(TICK_MS, evaluate);
      evaluate();
      return () => {
        stopped = true;
        cancelTick();
        cancelPending?.();
        unsubscribe();
      };
    },
  };
}

/** What a dashboard would see differently: not the clock, nor "last seen" of what is online now. */
function signatureOf(list: DeviceHealthList): string {
  return JSON.stringify([
    list.open,
    list.devices.map((d) => ({ ...d, lastSeenAt: d.state === 'online' ? null : d.lastSeenAt })),
  ]);
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (d: DeviceHealth) =>
  `device="${escapeLabel(d.id)}",kind="${d.kind}"` +
  (d.parentId ? `,parent="${escapeLabel(d.parentId)}"` : '');

/** Prometheus text: presence and last-seen for every device, printer states, serial links. */
export function metricLines(list: DeviceHealthList): string[] {
  const printers = list.devices.filter((d) => d.printer !== null);
  const serial = list.devices.filter((d) => d.link !== null);
  const gaugeOf = (name: string, help: string, devices: DeviceHealth[], value: (d: DeviceHealth) => number) =>
    metricFamily(
      name,
      'gauge',
      help,
      devices.map((d) => ({ labels: labels(d), value: value(d) })),
    );
  return [
    ...gaugeOf(
      'dawr_device_up',
      '1 while a device is connected (or, for a printer or serial device, last reported working).',
      list.devices,
      (d) => (d.state === 'online' ? 1 : 0),
    ),
    ...gaugeOf(
      'dawr_device_silent',
      '1 while a kiosk or display has been silent past the threshold in opening hours.',
      list.devices.filter((d) => d.kind === 'kiosk' || d.kind === 'display'),
      (d) => (d.state === 'silent' ? 1 : 0),
    ),
    ...gaugeOf(
      'dawr_device_last_seen_seconds',
      'When a device was last heard from (Unix time, seconds).',
      list.devices.filter((d) => d.lastSeenAt !== null),
      (d) => Math.floor((d.lastSeenAt ?? 0) / 1000),
    ),
    ...metricFamily(
      'dawr_printer_state',
      'gauge',
      '1 for the state each printer (or kiosk) last reported.',
      printers.flatMap((d) =>
        PrinterHealth.options.map((s) => ({
          labels: `${labels(d)},state="${s}"`,
          value: d.printer === s ? 1 : 0,
        })),
      ),
    ),
    ...gaugeOf('dawr_serial_link_up', '1 while the link to a serial device is open.', serial, (d) =>
      d.link === 'open' ? 1 : 0,
    ),
  ];
}
