/**
 * Open, closing soon or closed: from the centre's opening hours and time zone, the clock, each
 * queue's last-ticket time and the live estimates (which count the open counters). Pure: the clock
 * and the estimates are inputs. The kiosk, the phone pages and the hub's issue policy all use this,
 * so a screen never offers a ticket the hub would refuse.
 *
 * A day's hours end by midnight: a closing time at or before the opening time means midnight
 * (`00:00`–`00:00` is open all day). Hours running past midnight are not modelled.
 *
 * The centre's closed dates (public holidays) come before the weekday's hours: a listed date is
 * closed, or open its own `hours`; the next opening skips closed dates.
 */
import type { CentreSettings, ClosedDate, Queue } from '../contract/catalogue.js';
import type { NextOpening, OpeningState, OpeningStatus, QueueOpening } from '../contract/opening.js';
import { hhmmToMinutes, localTime } from './time.js';

/** Walk-in tickets stop this long before closing when neither the queue nor the centre says. */
export const DEFAULT_LAST_TICKET_MINUTES = 30;
/** `closing-soon` starts this long before the first queue's last ticket. */
export const CLOSING_SOON_MINUTES = 30;

const DAY_MINUTES = 24 * 60;

/** How far ahead the next opening is looked for (a long holiday and a weekend fit easily). */
export const NEXT_OPENING_SEARCH_DAYS = 62;

export interface OpeningInput {
  centre: Pick<CentreSettings, 'timeZone' | 'openingHours' | 'lastTicketMinutesBeforeClose' | 'closedDates'>;
  queues: readonly Pick<Queue, 'id' | 'open' | 'lastTicketMinutesBeforeClose'>[];
  /** Median wait in minutes for someone joining each queue now (the live estimate); absent: unknown. */
  waitMinutes?: ReadonlyMap<string, number>;
  now: number;
}

export interface DayHours {
  open: number;
  close: number;
}

function toDayHours(h: { open: string; close: string }): DayHours {
  const open = hhmmToMinutes(h.open);
  const close = hhmmToMinutes(h.close);
  return { open, close: close <= open ? DAY_MINUTES : close };
}

/**
 * A weekday's usual hours in minutes after local midnight (close ≤ open read as midnight); null =
 * closed. Ignores closed dates: for a given calendar day use `hoursOnDay`.
 */
export function hoursOn(centre: Pick<CentreSettings, 'openingHours'>, weekday: number): DayHours | null {
  const h = centre.openingHours[weekday];
  return h ? toDayHours(h) : null;
}

/** The centre's closed-dates entry for a YYYY-MM-DD day, if it has one. */
export function specialDayOn(
  centre: Pick<CentreSettings, 'closedDates'>,
  day: string,
): ClosedDate | undefined {
  return centre.closedDates?.find((d) => d.date === day);
}

/** The hours as written for a calendar day: a special day's own hours, none on a holiday, else the weekday's. */
export function writtenHoursOnDay(
  centre: Pick<CentreSettings, 'openingHours' | 'closedDates'>,
  day: string,
  weekday: number,
): { open: string; close: string } | null {
  const special = specialDayOn(centre, day);
  if (special) return special.hours ?? null;
  return centre.openingHours[weekday] ?? null;
}

/** A calendar day's hours in minutes (closed dates first, then the weekday's); null = closed. */
export function hoursOnDay(
  centre: Pick<CentreSettings, 'openingHours' | 'closedDates'>,
  day: string,
  weekday: number,
): DayHours | null {
  const h = writtenHoursOnDay(centre, day, weekday);
  return h ? toDayHours(h) : null;
}

/**
 * Minutes from `minutesOfDay` on `day` until the centre closes, following a day that ends at midnight
 * into a next day that opens at midnight (a centre open round the clock closes only where that chain
 * ends, at most a week on); null when the day has no hours. The estimate's "passes closing" reads
 * this, so it agrees with the opening state's (issue #15: at 23:50 a round-the-clock centre's board
 * and kiosk said every wait ran past closing).
 */
export function minutesUntilClose(
  centre: Pick<CentreSettings, 'openingHours' | 'closedDates'>,
  day: string,
  weekday: number,
  minutesOfDay: number,
): number | null {
  const hours = hoursOnDay(centre, day, weekday);
  if (!hours) return null;
  let left = hours.close - minutesOfDay;
  let close = hours.close;
  for (let i = 1; i <= 7 && close === DAY_MINUTES; i++) {
    const next = hoursOnDay(centre, addDays(day, i), (weekday + i) % 7);
    if (!next || next.open !== 0) break;
    left += next.close;
    close = next.close;
  }
  return left;
}

/** Minutes after local midnight as HH:MM (24:00 for midnight at the end of the day). */
export function minutesToHhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The calendar day `n` days after a YYYY-MM-DD day (calendar arithmetic, no zone involved). */
function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

/** Minutes before closing the queue's last walk-in ticket is issued. */
export function lastTicketMinutes(
  centre: OpeningInput['centre'],
  queue: Pick<Queue, 'lastTicketMinutesBeforeClose'>,
): number {
  return (
    queue.lastTicketMinutesBeforeClose ?? centre.lastTicketMinutesBeforeClose ?? DEFAULT_LAST_TICKET_MINUTES
  );
}

function nextOpeningAfter(
  centre: OpeningInput['centre'],
  local: { day: string; weekday: number; minutesOfDay: number },
): NextOpening | null {
  for (let inDays = 0; inDays <= NEXT_OPENING_SEARCH_DAYS; inDays++) {
    const weekday = (local.weekday + inDays) % 7;
    const day = addDays(local.day, inDays);
    const hours = hoursOnDay(centre, day, weekday);
    if (!hours || (inDays === 0 && local.minutesOfDay >= hours.open)) continue;
    return { day, weekday, time: minutesToHhmm(hours.open), inDays };
  }
  return null;
}

export function openingState(input: OpeningInput): OpeningState {
  const { centre, now } = input;
  const local = localTime(now, centre.timeZone);
  const t = local.minutesOfDay;
  const hours = hoursOnDay(centre, local.day, local.weekday);
  const withinHours = hours !== null && t >= hours.open && t < hours.close;
  // A day that ends at midnight into a day that opens at midnight does not close (a centre open
  // round the clock): no last ticket, no "closing soon" at 23:50, no wait that "passes closing".
  const runsOn =
    hours !== null &&
    hours.close === DAY_MINUTES &&
    hoursOnDay(centre, addDays(local.day, 1), (local.weekday + 1) % 7)?.open === 0;

  const queues: QueueOpening[] = input.queues.map((q) => {
    const lastTicket =
      hours && !runsOn ? Math.max(hours.open, hours.close - lastTicketMinutes(centre, q)) : null;
    const wait = input.waitMinutes?.get(q.id);
    const refusal: QueueOpening['refusal'] = !withinHours
      ? 'centre_closed'
      : lastTicket !== null && t > lastTicket
        ? 'last_ticket_passed'
        : q.open
          ? null
          : 'queue_closed';
    return {
      queueId: q.id,
      refusal,
      lastTicketTime: lastTicket === null ? null : minutesToHhmm(lastTicket),
      estimatePassesClosing: withinHours && !runsOn && wait !== undefined && t + wait > hours.close,
    };
  });

  // Closed once no queue can take a walk-in because of the time (a manager's cut-off of one
  // queue does not close the centre).
  const timeAllows = queues.filter(
    (q) => q.refusal !== 'centre_closed' && q.refusal !== 'last_ticket_passed',
  );
  let status: OpeningStatus;
  if (!withinHours || (input.queues.length > 0 && timeAllows.length === 0)) status = 'closed';
  else if (runsOn) status = 'open';
  else {
    const firstStop = Math.min(
      hours.close,
      ...input.queues.map((q) => Math.max(hours.open, hours.close - lastTicketMinutes(centre, q))),
    );
    status = t >= firstStop - CLOSING_SOON_MINUTES ? 'closing-soon' : 'open';
  }

  const today = writtenHoursOnDay(centre, local.day, local.weekday);
  return {
    at: now,
    timeZone: centre.timeZone,
    status,
    today: today ? { open: today.open, close: today.close } : null,
    specialDay: specialDayOn(centre, local.day) ?? null,
    nextOpening: nextOpeningAfter(centre, local),
    queues,
  };
}

/** The opening of one queue, or undefined for a queue the catalogue does not have. */
export function queueOpening(state: OpeningState, queueId: string): QueueOpening | undefined {
  return state.queues.find((q) => q.queueId === queueId);
}

/** How today's closing is said: a time, midnight (never "0:00"), or not at all when open around the clock. */
export type ClosingSaid = { kind: 'at'; time: string } | { kind: 'midnight' } | { kind: 'around-the-clock' };

/** Whether an HH:MM closing time is the end of the day (00:00 or 24:00). */
export function isMidnight(hhmm: string): boolean {
  return hhmm === '00:00' || hhmm === '24:00';
}

/**
 * Today's closing as the welcome screen says it: around the clock when today runs to midnight and
 * the centre opens again at 00:00 tomorrow (no closing to speak of), midnight for a day ending at
 * 00:00, otherwise the time. Null on a closed day.
 */
export function closingSaid(state: Pick<OpeningState, 'today' | 'nextOpening'>): ClosingSaid | null {
  if (!state.today) return null;
  const { open, close } = state.today;
  const endsAtMidnight = isMidnight(close) || hhmmToMinutes(close) <= hhmmToMinutes(open);
  if (!endsAtMidnight) return { kind: 'at', time: close };
  const next = state.nextOpening;
  if (open === '00:00' && next?.inDays === 1 && next.time === '00:00') return { kind: 'around-the-clock' };
  return { kind: 'midnight' };
}

/**
 * How the next opening is said, as closings are (issue #15): an opening at 00:00 is midnight, never
 * "0:00" or "12:00 am", and it is the midnight that *starts* its day, so an opening at 00:00
 * tomorrow is "tonight at midnight" ("opens tomorrow at midnight" reads as a day late). Returns the
 * sentence's key (the same in the kiosk's and the join page's catalogues) and the day/time to fill.
 */
export type OpeningSaid =
  | { key: 'opensToday' | 'opensTomorrow'; time: string }
  | { key: 'opensOn'; day: string; time: string }
  | { key: 'opensTonightAtMidnight' }
  | { key: 'opensAtMidnightOn'; day: string };

export function openingSaid(next: Pick<NextOpening, 'day' | 'time' | 'inDays'>): OpeningSaid {
  if (next.time === '00:00' && next.inDays >= 1)
    return next.inDays === 1
      ? { key: 'opensTonightAtMidnight' }
      : { key: 'opensAtMidnightOn', day: next.day };
  if (next.inDays === 0) return { key: 'opensToday', time: next.time };
  if (next.inDays === 1) return { key: 'opensTomorrow', time: next.time };
  return { key: 'opensOn', day: next.day, time: next.time };
}
