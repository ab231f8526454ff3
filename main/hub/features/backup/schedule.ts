/**
 * When a backup is due, and when backups count as stopped: pure decisions from the clock, the
 * catalogue's opening hours and the last attempts. Frequent backups run while the centre is open
 * (that is when tickets are written); the nightly one runs once a business day after its time.
 */
import type { CentreSettings } from '../../../../shared/contract/catalogue.js';
import { hhmmToMinutes, localTime } from '../../../../shared/domain/time.js';

export type BackupKind = 'frequent' | 'nightly' | 'manual';

type Centre = Pick<CentreSettings, 'timeZone' | 'openingHours'>;

export interface BackupTimes {
  everyMinutes: number;
  /** HH:MM in the centre's zone. */
  nightlyAt: string;
}

export interface LastAttempts {
  /** The last frequent attempt, good or not: a failing disk is retried at the next interval, not hammered. */
  frequentAt: number | null;
  /** The business day of the last nightly attempt. */
  nightlyDay: string | null;
}

export function isOpenAt(now: number, centre: Centre): boolean {
  const { weekday, minutesOfDay } = localTime(now, centre.timeZone);
  const hours = centre.openingHours[weekday];
  if (!hours) return false;
  return minutesOfDay >= hhmmToMinutes(hours.open) && minutesOfDay < hhmmToMinutes(hours.close);
}

/** The backup to take now, if any; the nightly one first when both are due. */
export function dueBackup(
  now: number,
  centre: Centre,
  times: BackupTimes,
  last: LastAttempts,
): BackupKind | null {
  const local = localTime(now, centre.timeZone);
  if (local.minutesOfDay >= hhmmToMinutes(times.nightlyAt) && last.nightlyDay !== local.day) return 'nightly';
  if (!isOpenAt(now, centre)) return null;
  if (last.frequentAt === null || now - last.frequentAt >= times.everyMinutes * 60_000) return 'frequent';
  return null;
}

/**
 * Backups have stopped when, during opening hours, the last good one (or, before any, the moment
 * backups were switched on) is older than twice the interval.
 */
export function backupsStopped(
  now: number,
  centre: Centre,
  everyMinutes: number,
  lastGoodAt: number | null,
  enabledSince: number,
): boolean {
  if (!isOpenAt(now, centre)) return false;
  return now - (lastGoodAt ?? enabledSince) > 2 * everyMinutes * 60_000;
}
