/**
 * What the hub knows of every device's health: paired kiosks and displays (from the devices table,
 * with their last-seen column), the sockets connected for each, their heartbeats (version, printer),
 * staff apps (counter, floor) by instance, reports from a device's shell (printers, a display's
 * screen) and the hub's own serial devices. Memory only, apart from the devices table: a restart
 * starts from the persisted last-seen times and learns the rest again within a heartbeat.
 */
import type {
  DeviceHealth,
  DeviceHealthList,
  HealthApp,
  Heartbeat,
  PeripheralReport,
  PrinterHealth,
  SerialLinkState,
} from '../../../../shared/contract/device-health.js';
import type { CentreSettings } from '../../../../shared/contract/catalogue.js';
import {
  openedAt,
  presenceHealth,
  printerHealthOf,
  serialLinkOf,
} from '../../../../shared/domain/device-health.js';
import type { Clock } from '../../core/hub.js';
import { pairedDevices } from '../../core/store/credentials.js';
import type { Db } from '../../core/store/database.js';

interface AppFacts {
  sockets: number;
  lastSeenAt: number | null;
  version: string | null;
  printer: PrinterHealth | null;
  /** What the app itself reported wrong (e.g. a display without speech voices), for the dashboard. */
  detail?: string | null;
}
interface StaffApp extends AppFacts {
  app: Extract<HealthApp, 'counter' | 'floor'>;
  name: string;
}
interface Peripheral {
  parentId: string;
  report: PeripheralReport;
  /** By the hub's clock: a device's own clock may be wrong. */
  receivedAt: number;
}
interface SerialDevice {
  counterId: string | null;
  kind: string;
  link: SerialLinkState;
  detail: string | null;
  lastSeenAt: number | null;
}
/** Staff apps unheard for a day are forgotten, and at most this many are kept (oldest offline go first). */
const STAFF_APP_TTL_MS = 24 * 3_600_000;
const MAX_STAFF_APPS = 500;
/** A shell may report on a few peripherals; more from one device is not believed. */
const MAX_PERIPHERALS_PER_DEVICE = 16;

export class DeviceHealthRegistry {
  private readonly devices = new Map<string, AppFacts>();
  private readonly staffApps = new Map<string, StaffApp>();
  private readonly peripherals = new Map<string, Peripheral>();
  private readonly serial = new Map<string, SerialDevice>();
  private readonly listeners = new Set<() => void>();
  /** The hub cannot blame a device for silence from before it was itself running. */
  readonly watchingSince: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.watchingSince = clock.now();
  }

  /** Called after any change of facts (the module pushes a fresh list to dashboards). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private device(deviceId: string): AppFacts {
    let facts = this.devices.get(deviceId);
    if (!facts)
      this.devices.set(deviceId, (facts = { sockets: 0, lastSeenAt: null, version: null, printer: null }));
    return facts;
  }

  deviceConnected(deviceId: string): void {
    const facts = this.device(deviceId);
    facts.sockets += 1;
    facts.lastSeenAt = this.clock.now();
    this.changed();
  }

  deviceDisconnected(deviceId: string): void {
    const facts = this.device(deviceId);
    facts.sockets = Math.max(0, facts.sockets - 1);
    facts.lastSeenAt = this.clock.now();
    this.changed();
  }

  /** A kiosk's or display's heartbeat (the caller has checked that `heartbeat.app` is its role). */
  deviceHeartbeat(deviceId: string, heartbeat: Heartbeat): void {
    const facts = this.device(deviceId);
    facts.lastSeenAt = this.clock.now();
    facts.version = heartbeat.version;
    facts.printer = heartbeat.printer ?? facts.printer;
    if (heartbeat.speechMissing)
      facts.detail = heartbeat.speechMissing.length
        ? `no-speech-voice:${heartbeat.speechMissing.join(',')}`
        : null;
    this.changed();
  }

  /** A counter or floor app's heartbeat; the first one of a socket also counts it as connected. */
  staffAppHeartbeat(key: string, name: string, heartbeat: Heartbeat, firstOfSocket: boolean): void {
    if (heartbeat.app !== 'counter' && heartbeat.app !== 'floor') return;
    let app = this.staffApps.get(key);
    if (!app) {
      this.trimStaffApps();
      app = { app: heartbeat.app, name, sockets: 0, lastSeenAt: null, version: null, printer: null };
      this.staffApps.set(key, app);
    }
    if (firstOfSocket) app.sockets += 1;
    app.app = heartbeat.app;
    app.name = name;
    app.lastSeenAt = this.clock.now();
    app.version = heartbeat.version;
    this.changed();
  }

  staffAppDisconnected(key: string): void {
    const app = this.staffApps.get(key);
    if (!app) return;
    app.sockets = Math.max(0, app.sockets - 1);
    app.lastSeenAt = this.clock.now();
    this.changed();
  }

  private trimStaffApps(): void {
    const now = this.clock.now();
    for (const [key, app] of this.staffApps)
      if (app.sockets === 0 && (app.lastSeenAt ?? 0) < now - STAFF_APP_TTL_MS) this.staffApps.delete(key);
    if (this.staffApps.size < MAX_STAFF_APPS) return;
    const oldest = [...this.staffApps]
      .filter(([, a]) => a.sockets === 0)
      .sort(([, a], [, b]) => (a.lastSeenAt ?? 0) - (b.lastSeenAt ?? 0))[0];
    if (oldest) this.staffApps.delete(oldest[0]);
  }

  /** A report from a kiosk's or display's shell about one of its devices (printer, screen, scanner). */
  peripheralReport(parentId: string, report: PeripheralReport): void {
    const key = `${parentId}\u0000${report.deviceId}`;
    if (!this.peripherals.has(key)) {
      const mine = [...this.peripherals.values()].filter((p) => p.parentId === parentId).length;
      if (mine >= MAX_PERIPHERALS_PER_DEVICE) return;
    }
    this.peripherals.set(key, { parentId, report, receivedAt: this.clock.now() });
    if (report.kind === 'printer') this.device(parentId).printer = printerHealthOf(report);
    this.changed();
  }

  /** A serial device the hub drives; listed (as closed) before its port first opens. */
  serialConfigured(id: string, kind: string, counterId: string | null): void {
    if (this.serial.has(id)) return;
    this.serial.set(id, { counterId, kind, link: 'closed', detail: null, lastSeenAt: null });
    this.changed();
  }

  serialReport(report: PeripheralReport): void {
    const known = this.serial.get(report.deviceId);
    // A keypad press that failed is about the counter, not the link.
    if (known && report.level === 'warning') return;
    const link = serialLinkOf(report);
    this.serial.set(report.deviceId, {
      counterId: known?.counterId ?? null,
      kind: known?.kind ?? report.kind,
      link,
      detail: report.detail,
      lastSeenAt: link === 'open' ? this.clock.now() : (known?.lastSeenAt ?? null),
    });
    this.changed();
  }

  /** Every device and its health now. */
  list(centre: Pick<CentreSettings, 'openingHours' | 'timeZone'>, silentAfterMs: number): DeviceHealthList {
    const now = this.clock.now();
    const openSince = openedAt(centre, now);
    const rule = { silentAfterMs, watchingSince: this.watchingSince, openSince };
    const paired = pairedDevices(this.db, now);
    const online = new Set<string>();
    const rows: DeviceHealth[] = paired.map((d) => {
      const facts = this.devices.get(d.id);
      const connected = (facts?.sockets ?? 0) > 0;
      const lastSeenAt = connected ? now : latest(facts?.lastSeenAt ?? null, d.last_seen_at);
      const { state } = presenceHealth({ connected, lastSeenAt }, rule, now);
      if (state === 'online') online.add(d.id);
      return {
        id: d.id,
        kind: d.role,
        name: d.name,
        parentId: null,
        state,
        lastSeenAt,
        version: facts?.version ?? null,
        printer: facts?.printer ?? null,
        link: null,
        detail: facts?.detail ?? null,
      };
    });
    for (const [key, app] of [...this.staffApps].sort(([a], [b]) => a.localeCompare(b))) {
      const connected = app.sockets > 0;
      rows.push({
        id: key,
        kind: app.app,
        name: app.name,
        parentId: null,
        // Staff apps come and go with shifts: they are never "silent".
        state: connected ? 'online' : 'offline',
        lastSeenAt: connected ? now : app.lastSeenAt,
        version: app.version,
        printer: null,
        link: null,
        detail: null,
      });
    }
    for (const { parentId, report, receivedAt } of this.peripherals.values()) {
      const up = online.has(parentId) && report.level !== 'disconnected';
      rows.push({
        id: report.deviceId,
        kind: report.kind === 'printer' ? 'printer' : 'peripheral',
        name: report.deviceId,
        parentId,
        // What a shell said last is only current while the shell is there to say otherwise.
        state: up ? 'online' : 'offline',
        lastSeenAt: receivedAt,
        version: null,
        printer: report.kind === 'printer' ? printerHealthOf(report) : null,
        link: null,
        detail: report.detail,
      });
    }
    for (const [id, s] of this.serial) {
      const open = s.link === 'open';
      rows.push({
        id,
        kind: 'serial',
        name: s.kind,
        parentId: s.counterId,
        state: open ? 'online' : 'offline',
        lastSeenAt: open ? now : s.lastSeenAt,
        version: null,
        printer: null,
        link: s.link,
        detail: s.detail,
      });
    }
    return { at: now, open: openSince !== null, silentAfterMinutes: silentAfterMs / 60_000, devices: rows };
  }
}

function latest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
