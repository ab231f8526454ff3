/**
 * The services one hub feature offers the others, each declared once with the shape its users
 * see (VS Code's `createDecorator` identifiers, in small). The feature named beside each provides
 * it in `HubModule.provide` or `registerHttp`; users ask `ctx.services.get(ID)` (or `find` where
 * the hub may run without the provider). Only shared/ types appear here: the core imports no feature.
 */
import type { Alert, AlertKind } from '../../../../shared/contract/manager.js';
import type { BackupNowResult, BackupStatus } from '../../../../shared/contract/backup.js';
import type { DeviceHealthList, PeripheralReport } from '../../../../shared/contract/device-health.js';
import type { PrinterState, TicketPrinter } from '../../../../devices/printer/printer.js';
import type { PrintFailureReason } from '../../../../devices/printer/errors.js';
import type { CreatedPairingCode } from '../../../../shared/contract/pairing.js';
import type { CentralLink } from './central-link.js';
import { serviceId } from './registry.js';

/** One alert condition that should stand (its kind, the thing it is about, details for the dashboard). */
export interface AlertCondition {
  kind: AlertKind;
  subject: string;
  detail: Record<string, unknown>;
}

/** The dashboard's alerts (`alerts` table), provided by the manager module. */
export interface Alerts {
  onChange(listener: (a: Alert) => void): () => void;
  /** Raises (or refreshes) the one alert of this kind and subject. */
  raise(kind: AlertKind, subject: string, detail?: Record<string, unknown>): Alert;
  clear(kind: AlertKind, subject: string): void;
  /** Brings the alerts of these kinds in line with the conditions that stand now. */
  reconcile(kinds: readonly AlertKind[], conditions: readonly AlertCondition[]): void;
  acknowledge(id: string, staffId: string): Alert;
  list(limit?: number): Alert[];
}
export const ALERTS = serviceId<Alerts>('alerts');

/** What a print found: printed (with the printer's state after the job, when known) or why not. */
export type PrintOutcomeNote =
  | { printed: true; state?: PrinterState }
  | { printed: false; reason: PrintFailureReason | 'offline'; message?: string };

/** The kiosks' printers, provided by the kiosk module: tickets and receipts share one queue per kiosk. */
export interface KioskPrinterSet {
  /** The printer of this kiosk, if it has one. */
  for(kioskId: string): TicketPrinter | null;
  /** Keeps the printer alerts and the device health panel in line with what a print found. */
  noteOutcome(kioskId: string, outcome: PrintOutcomeNote): void;
}
export const KIOSK_PRINTERS = serviceId<KioskPrinterSet>('kiosk-printers');

/** Device presence and peripheral reports, provided by the device-health module. */
export interface DeviceHealthService {
  /** A printer, scanner or display attached to a device reports its state. */
  peripheralReport(parentId: string, report: PeripheralReport): void;
  /** A serial device the hub drives itself is configured at a counter. */
  serialConfigured(id: string, kind: string, counterId: string | null): void;
  serialReport(report: PeripheralReport): void;
  /** The list now, with the health alerts brought in line with it. */
  evaluate(): DeviceHealthList;
}
export const DEVICE_HEALTH = serviceId<DeviceHealthService>('device-health');

/** The hub's scheduled backups, provided by the backup module (absent: backups are off). */
export interface Backups {
  status(): BackupStatus;
  backupNow(): BackupNowResult;
}
export const BACKUPS = serviceId<Backups>('backups');

/** The data folder's store as /healthz and /metrics report it. */
export interface StorageStatus {
  /** False while writes are refused; `reason` says why. */
  writable: boolean;
  reason: string | null;
  /** Free space in the data folder's filesystem; null when it could not be read. */
  freeBytes: number | null;
  /** Below this, `low` is set and the disk_low alert is raised. */
  lowBytes: number;
  low: boolean;
  walBytes: number;
  checkedAt: number;
}

/** The store's health, provided by the storage module (absent: /healthz says only whether writes are refused). */
export interface StorageHealth {
  /** Looks at the disk now (and tries a write if the last commit failed). */
  check(): StorageStatus;
  /** The last check, or a fresh one. */
  status(): StorageStatus;
}
export const STORAGE_HEALTH = serviceId<StorageHealth>('storage-health');

/** Sends a text to a phone: the SMS module's outbox (DAWR_SMS_GATEWAY); kiosk and remote send through it. */
export interface SmsGateway {
  /** `to` is a normalised UAE mobile (+9715…); resolves once the provider accepted the message. `kind` (join_code, ticket_link, ahead, called) is recorded with it. */
  send(to: string, text: string, options?: { kind?: string }): Promise<void>;
}
/** Provided by the SMS module; absent, a sender falls back to LoggingSmsGateway (./logging-sms-gateway.ts). */
export const MESSAGING = serviceId<SmsGateway>('messaging');

/** A one-time pairing code that gives a paired kiosk or display a new key, or why not (`not_found`, `invalid_transition`). */
export type RekeyOutcome =
  { ok: true; data: CreatedPairingCode } | { ok: false; error: { code: string; message: string } };

/** Re-keying paired devices, provided by the pairing module; the manager's "rotate key" asks it. */
export interface DeviceRekeying {
  /** Issues the code in the caller's transaction, if there is one. */
  createRekey(deviceId: string, createdBy: string): RekeyOutcome;
}
export const DEVICE_REKEYING = serviceId<DeviceRekeying>('device-rekeying');

/** The link to central, provided by the sync module when central is configured (absent: no central). */
export const CENTRAL_LINK = serviceId<CentralLink>('central-link');
