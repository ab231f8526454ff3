/**
 * The Electron shell's IPC contract: one channel per message, one zod schema per payload, and
 * the type of `window.dawr`, the only thing the preload exposes. Main validates every payload
 * with these schemas (types do not replace validation); the renderer uses the type.
 */
import * as z from 'zod';
import { Id } from './catalogue.js';
import { PrintTicketResult } from './kiosk.js';

/** The machine's one role; kiosk and display authenticate with a device key, the others by staff sign-in. */
export const AppRole = z.enum(['kiosk', 'counter', 'display', 'manager', 'floor']);
export type AppRole = z.infer<typeof AppRole>;

export const IPC_CHANNELS = {
  printTicket: 'dawr:print-ticket',
  deviceStatus: 'dawr:device-status',
  appInfo: 'dawr:app-info',
  pair: 'dawr:pair',
  retryHub: 'dawr:retry-hub',
  shellText: 'dawr:shell-text',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Main → renderer pushes (no reply). */
export const IPC_EVENTS = { deviceStatus: 'dawr:device-status-changed' } as const;

export const NoInput = z.undefined().or(z.null()).or(z.object({}).strict());

export const PrintTicketInput = z.object({ visitId: Id }).strict();
export type PrintTicketInput = z.infer<typeof PrintTicketInput>;

/** The hub's `POST /api/v1/kiosk/print` reply (shared/contract/kiosk.ts), so the kiosk has one result type. */
export { PrintTicketResult };

/** Mirrors devices/ports.ts DeviceStatusReport (shared/ cannot import devices/). */
export const DeviceStatus = z.object({
  deviceId: z.string().min(1).max(64),
  kind: z.enum(['printer', 'display', 'keypad', 'scanner']),
  level: z.enum(['ok', 'warning', 'error', 'disconnected']),
  detail: z.string().max(200),
  at: z.number().int(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;
export const DeviceStatusList = z.array(DeviceStatus);

export const AppInfo = z.object({
  version: z.string(),
  role: AppRole.nullable(),
  hubOrigin: z.string().nullable(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** From the local first-run page: the hub's address and the code shown on the manager dashboard. */
export const PairInput = z
  .object({ hubUrl: z.string().trim().min(1).max(300), code: z.string().max(32) })
  .strict();
export type PairInput = z.infer<typeof PairInput>;

export const IpcError = z.object({ code: z.string(), message: z.string() });
export type IpcError = z.infer<typeof IpcError>;
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };

export const PairResult = z.union([
  z.object({ ok: z.literal(true), role: AppRole }),
  z.object({ ok: z.literal(false), error: IpcError }),
]);
export type PairResult = z.infer<typeof PairResult>;

/** What the local pages (waiting for the hub, pairing) show; strings come from shared/i18n/apps/shell.ts. */
export const ShellText = z.object({
  lang: z.enum(['ar', 'en']),
  dir: z.enum(['rtl', 'ltr']),
  text: z.record(z.string(), z.string()),
  /** Why the pairing page is shown (missing or invalid config), for the technician. */
  problem: z.string().nullable(),
  hubUrl: z.string().nullable(),
});
export type ShellText = z.infer<typeof ShellText>;

/** `window.dawr`: one method per message; never raw ipcRenderer. Rejects with `code: message` on refusal. */
export interface DawrApi {
  /** Prints on this kiosk's own printer; the main process fetches the ticket's content from the hub. */
  printTicket(visitId: string): Promise<PrintTicketResult>;
  deviceStatus(): Promise<DeviceStatus[]>;
  /** Calls back on every device status change; returns the unsubscribe function. */
  onDeviceStatus(listener: (status: DeviceStatus) => void): () => void;
  appInfo(): Promise<AppInfo>;
  /** Local pages only. */
  pair(input: PairInput): Promise<PairResult>;
  /** Local 'waiting for the hub' page only: try now instead of at the next timer. */
  retryHub(): Promise<void>;
  /** Local pages only. */
  shellText(): Promise<ShellText>;
}
