/**
 * Device health: what each app sends the hub to say it is alive (`heartbeat` on its socket), and
 * what the dashboard is told about every kiosk, display, counter app, floor app, printer and serial
 * device (`manager.deviceHealth`, pushed as `deviceHealth` on '/manager' when it changes).
 */
import * as z from 'zod';
import { DeviceStatus } from './ipc.js';
import { VISITOR_LANGUAGES } from '../i18n/languages.js';

export { DEVICE_HEALTH_EVENT, HEARTBEAT_EVENT, HEARTBEAT_INTERVAL_MS } from './device-health-events.js';

export const HealthApp = z.enum(['kiosk', 'display', 'counter', 'floor']);
export type HealthApp = z.infer<typeof HealthApp>;

/** A ticket printer as the dashboard shows it (mapped from the devices layer's printer states). */
export const PrinterHealth = z.enum(['ok', 'paper_near_end', 'paper_out', 'cover_open', 'error', 'offline']);
export type PrinterHealth = z.infer<typeof PrinterHealth>;

/** A serial port the hub drives (keypad, LED display): open and answering, closed, or failing. */
export const SerialLinkState = z.enum(['open', 'closed', 'error']);
export type SerialLinkState = z.infer<typeof SerialLinkState>;

export const Heartbeat = z
  .object({
    app: HealthApp,
    /**
     * The app instance (kept in its browser storage): two counter screens signed in as the same
     * person are two entries. Kiosks and displays are known by their device key as well.
     */
    instanceId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an instance id of 8–64 letters, digits, - or _'),
    /** The build's version, e.g. `0.1.0` or `0.1.0+abc123`. */
    version: z.string().regex(/^[0-9A-Za-z.+_-]{1,40}$/, 'a version of 1–40 letters, digits, . + _ or -'),
    /** What the app knows of its own printer (a kiosk in a browser knows nothing; the shell reports it). */
    printer: PrinterHealth.optional(),
    /**
     * The languages a screen announces in (its own and those its queues add, #19) but has no speech
     * voice for (it skips them, or chimes and highlights only); empty when every language has one. For the technician: never shown to the public.
     */
    speechMissing: z.array(z.enum(VISITOR_LANGUAGES)).max(VISITOR_LANGUAGES.length).optional(),
  })
  .strict();
export type Heartbeat = z.infer<typeof Heartbeat>;

export const DeviceHealthKind = z.enum([
  'kiosk',
  'display',
  'counter',
  'floor',
  'printer',
  /** A keypad or LED display on one of the hub's serial ports. */
  'serial',
  /** Anything else a device's shell reports on (a display's screen, a kiosk's scanner). */
  'peripheral',
]);
export type DeviceHealthKind = z.infer<typeof DeviceHealthKind>;

/**
 * online: connected (or, for a printer or serial device, last reported working); offline: not
 * connected; silent: a kiosk or display not heard from for longer than the threshold while the
 * centre is open (this is what raises the `device_silent` alert).
 */
export const DeviceHealthState = z.enum(['online', 'offline', 'silent']);
export type DeviceHealthState = z.infer<typeof DeviceHealthState>;

export const DeviceHealth = z.object({
  id: z.string(),
  kind: DeviceHealthKind,
  /** The paired name, the staff member using a counter or floor app, or the device's own id. */
  name: z.string(),
  /** The device or counter a printer, serial device or peripheral belongs to. */
  parentId: z.string().nullable(),
  state: DeviceHealthState,
  lastSeenAt: z.number().int().nullable(),
  version: z.string().nullable(),
  printer: PrinterHealth.nullable(),
  link: SerialLinkState.nullable(),
  /** The last machine-readable reason reported (e.g. `unplugged`, `paper-near-end`). */
  detail: z.string().nullable(),
});
export type DeviceHealth = z.infer<typeof DeviceHealth>;

export const DeviceHealthList = z.object({
  at: z.number().int(),
  /** The centre is within its opening hours now (silence only counts then). */
  open: z.boolean(),
  silentAfterMinutes: z.number().positive(),
  devices: z.array(DeviceHealth),
});
export type DeviceHealthList = z.infer<typeof DeviceHealthList>;

/** A report from a device's shell (POST /api/v1/devices/status) or a hub serial device. */
export { DeviceStatus as PeripheralReport };
