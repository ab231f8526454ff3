/**
 * Device health, decided from facts the hub gathers (socket presence, the last time a device was
 * heard from, the centre's opening hours) and the clock it is handed. Pure: no I/O, no clock of its own.
 */
import type { CentreSettings } from '../contract/catalogue.js';
import type { DeviceHealthState, PrinterHealth, SerialLinkState } from '../contract/device-health.js';
import type { DeviceStatus } from '../contract/ipc.js';
import { localTime } from './time.js';
import { hoursOnDay } from './opening-state.js';

/**
 * When the current opening period began (epoch ms), or null while the centre is closed. Opening
 * hours are per weekday in the centre's zone; a day's period runs from `open` up to (not including)
 * `close`. The start is computed from the zone's current offset (a DST change inside the opening
 * period would move it by that hour, which only shifts when silence starts counting).
 */
export function openedAt(
  centre: Pick<CentreSettings, 'openingHours' | 'timeZone' | 'closedDates'>,
  now: number,
): number | null {
  const { day, weekday, minutesOfDay } = localTime(now, centre.timeZone);
  // As the opening state reads the hours: public holidays closed, a close at 00:00 is midnight (a
  // centre open until midnight, or around the clock, was read as never open: no silence alerts).
  const hours = hoursOnDay(centre, day, weekday);
  if (!hours) return null;
  if (minutesOfDay < hours.open || minutesOfDay >= hours.close) return null;
  const startOfMinute = Math.floor(now / 60_000) * 60_000;
  return startOfMinute - (minutesOfDay - hours.open) * 60_000;
}

export interface PresenceFacts {
  /** A socket of this device is connected now. */
  connected: boolean;
  /** When it was last heard from (connected, heartbeat, disconnect), or null if never. */
  lastSeenAt: number | null;
}

export interface SilenceRule {
  /** Silent after this long unheard, counted only within the opening period. */
  silentAfterMs: number;
  /** When the hub began watching (its start): a hub that was itself down cannot blame the device for it. */
  watchingSince: number;
  /** The start of the current opening period, or null while closed (see openedAt). */
  openSince: number | null;
}

export interface HealthVerdict {
  state: DeviceHealthState;
  /** How long it has been unheard within the opening period (0 when online or closed). */
  silentForMs: number;
}

/**
 * A kiosk or display is online while connected. Unconnected, it is offline, and becomes silent
 * once it has been unheard for `silentAfterMs` counted from the latest of: when it was last seen,
 * when the centre opened, when the hub started. So a display switched off overnight is not
 * blamed at 07:30 for the night, only if it is still not up by 07:30 plus the threshold.
 */
export function presenceHealth(facts: PresenceFacts, rule: SilenceRule, now: number): HealthVerdict {
  if (facts.connected) return { state: 'online', silentForMs: 0 };
  if (rule.openSince === null) return { state: 'offline', silentForMs: 0 };
  const since = Math.max(facts.lastSeenAt ?? Number.NEGATIVE_INFINITY, rule.openSince, rule.watchingSince);
  const silentForMs = Math.max(0, now - since);
  return { state: silentForMs >= rule.silentAfterMs ? 'silent' : 'offline', silentForMs };
}

/** A printer report (devices layer: `detail` is the printer state, e.g. `paper-near-end`) as the dashboard shows it. */
export function printerHealthOf(report: Pick<DeviceStatus, 'level' | 'detail'>): PrinterHealth {
  switch (report.detail) {
    case 'paper-near-end':
      return 'paper_near_end';
    case 'paper-out':
      return 'paper_out';
    case 'cover-open':
      return 'cover_open';
    case 'offline':
      return 'offline';
    default:
      if (report.level === 'disconnected') return 'offline';
      if (report.level === 'error') return 'error';
      if (report.level === 'warning' && report.detail.includes('near')) return 'paper_near_end';
      return 'ok';
  }
}

/** A serial device's report: connected (ok or a warning about a key press) is open; unplugged is closed. */
export function serialLinkOf(report: Pick<DeviceStatus, 'level'>): SerialLinkState {
  if (report.level === 'disconnected') return 'closed';
  if (report.level === 'error') return 'error';
  return 'open';
}
