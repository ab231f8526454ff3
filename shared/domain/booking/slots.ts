/**
 * Booking slots: the starts of a day's slots within the centre's opening hours, and whether a
 * time is one of them. Pure (Intl only); the clock is passed in.
 */
import type { CentreSettings } from '../../contract/catalogue.js';
import { hhmmToMinutes, localTime } from '../time.js';
import { specialDayOn, writtenHoursOnDay } from '../opening-state.js';

const pad = (n: number) => String(n).padStart(2, '0');
export const minutesToHhmm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** The instant when the clock in `timeZone` shows `minutesOfDay` on `day` (YYYY-MM-DD). */
export function zonedEpoch(day: string, minutesOfDay: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, 0, minutesOfDay);
  let guess = wall;
  // Two rounds settle any zone offset (and a DST edge) for whole-minute offsets.
  for (let i = 0; i < 2; i++) {
    const lt = localTime(guess, timeZone);
    const [ly, lm, ld] = lt.day.split('-').map(Number) as [number, number, number];
    const shown = Date.UTC(ly, lm - 1, ld, 0, lt.minutesOfDay);
    guess += wall - shown;
  }
  return guess;
}

export function isValidDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}

export interface SlotStart {
  startsAt: number;
  time: string;
}

/**
 * Every slot that starts and ends within the day's opening hours; none on a closed day (a closed
 * weekday or a public holiday in the centre's closed dates; a special day's own hours otherwise).
 */
export function slotStarts(day: string, centre: CentreSettings, slotMinutes: number): SlotStart[] {
  if (!isValidDay(day)) return [];
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  const hours = writtenHoursOnDay(centre, day, weekday);
  if (!hours) return [];
  const open = hhmmToMinutes(hours.open);
  // As the opening state reads it (opening-state.ts): a close at or before the open is midnight.
  const closeAt = hhmmToMinutes(hours.close);
  const close = closeAt <= open ? 24 * 60 : closeAt;
  const out: SlotStart[] = [];
  for (let m = open; m + slotMinutes <= close; m += slotMinutes)
    out.push({ startsAt: zonedEpoch(day, m, centre.timeZone), time: minutesToHhmm(m) });
  return out;
}

/**
 * Why `startsAt` is not a slot start, in words for the refusal: the centre is closed that day, the
 * time is outside the day's hours, or it is not on a slot boundary. Null when it is a slot start.
 */
export function slotProblem(startsAt: number, centre: CentreSettings, slotMinutes: number): string | null {
  const local = localTime(startsAt, centre.timeZone);
  const hours = writtenHoursOnDay(centre, local.day, local.weekday);
  const holiday = specialDayOn(centre, local.day);
  if (!hours && holiday)
    return `the centre is closed on ${local.day} (${holiday.reason.en} / ${holiday.reason.ar})`;
  if (!hours) return `the centre is closed on ${local.day}`;
  if (isSlotStart(startsAt, centre, slotMinutes)) return null;
  const starts = slotStarts(local.day, centre, slotMinutes);
  const inside = starts.some((s) => s.startsAt <= startsAt && startsAt < s.startsAt + slotMinutes * 60_000);
  return inside
    ? `slots start every ${slotMinutes} minutes from ${hours.open}`
    : `${local.day} ${minutesToHhmm(local.minutesOfDay)} is outside the opening hours ${hours.open}–${hours.close}`;
}

/** Whether `startsAt` is exactly the start of one of its day's slots. */
export function isSlotStart(startsAt: number, centre: CentreSettings, slotMinutes: number): boolean {
  const day = localTime(startsAt, centre.timeZone).day;
  return slotStarts(day, centre, slotMinutes).some((s) => s.startsAt === startsAt);
}

/** Places left in a slot; never negative (capacity may have been lowered after bookings). */
export function placesLeft(capacity: number, booked: number): number {
  return Math.max(0, capacity - booked);
}
