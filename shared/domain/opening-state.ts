/**
 * Open, closing soon or closed: from the centre's opening hours and time zone, the clock, each
 * queue's last-ticket time and the live estimates (which count the open counters). Pure: the clock
 * and the estimates are inputs. The kiosk, the phone pages and the hub's issue policy all use this,
 * so a screen never offers a ticket the hub would refuse.
 *
 * A day's hours end by midnight: a closing time at or before the opening time means midnight
 * (`00:00`–`00:00` is open all day). Hours running past midnight are not modelled.
 */
import type { CentreSettings, Queue } from '../contract/catalogue.js';
import type { NextOpening, OpeningState, OpeningStatus, QueueOpening } from '../contract/opening.js';
import { hhmmToMinutes, localTime } from './time.js';

/** Walk-in tickets stop this long before closing when neither the queue nor the centre says. */
export const DEFAULT_LAST_TICKET_MINUTES = 30;
/** `closing-soon` starts this long before the first queue's last ticket. */
export const CLOSING_SOON_MINUTES = 30;

const DAY_MINUTES = 24 * 60;

export interface OpeningInput {
  centre: Pick<CentreSettings, 'timeZone' | 'openingHours' | 'lastTicketMinutesBeforeClose'>;
  queues: readonly Pick<Queue, 'id' | 'open' | 'lastTicketMinutesBeforeClose'>[];
  /** Median wait in minutes for someone joining each queue now (the live estimate); absent: unknown. */
  waitMinutes?: ReadonlyMap<string, number>;
  now: number;
}

export interface DayHours {
  open: number;
  close: number;
}

/** A weekday's hours in minutes after local midnight (close ≤ open read as midnight); null = closed. */
export function hoursOn(centre: Pick<CentreSettings, 'openingHours'>, weekday: number): DayHours | null {
  const h = centre.openingHours[weekday];
  if (!h) return null;
  const open = hhmmToMinutes(h.open);
  const close = hhmmToMinutes(h.close);
  return { open, close: close <= open ? DAY_MINUTES : close };
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
  for (let inDays = 0; inDays <= 7; inDays++) {
    const weekday = (local.weekday + inDays) % 7;
    const hours = hoursOn(centre, weekday);
    if (!hours || (inDays === 0 && local.minutesOfDay >= hours.open)) continue;
    return { day: addDays(local.day, inDays), weekday, time: minutesToHhmm(hours.open), inDays };
  }
  return null;
}

export function openingState(input: OpeningInput): OpeningState {
  const { centre, now } = input;
  const local = localTime(now, centre.timeZone);
  const t = local.minutesOfDay;
  const hours = hoursOn(centre, local.weekday);
  const withinHours = hours !== null && t >= hours.open && t < hours.close;

  const queues: QueueOpening[] = input.queues.map((q) => {
    const lastTicket = hours ? Math.max(hours.open, hours.close - lastTicketMinutes(centre, q)) : null;
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
      estimatePassesClosing: withinHours && wait !== undefined && t + wait > hours.close,
    };
  });

  // Closed once no queue can take a walk-in because of the time (a manager's cut-off of one
  // queue does not close the centre).
  const timeAllows = queues.filter(
    (q) => q.refusal !== 'centre_closed' && q.refusal !== 'last_ticket_passed',
  );
  let status: OpeningStatus;
  if (!withinHours || (input.queues.length > 0 && timeAllows.length === 0)) status = 'closed';
  else {
    const firstStop = Math.min(
      hours.close,
      ...input.queues.map((q) => Math.max(hours.open, hours.close - lastTicketMinutes(centre, q))),
    );
    status = t >= firstStop - CLOSING_SOON_MINUTES ? 'closing-soon' : 'open';
  }

  const today = centre.openingHours[local.weekday] ?? null;
  return {
    at: now,
    timeZone: centre.timeZone,
    status,
    today: today ? { open: today.open, close: today.close } : null,
    nextOpening: nextOpeningAfter(centre, local),
    queues,
  };
}

/** The opening of one queue, or undefined for a queue the catalogue does not have. */
export function queueOpening(state: OpeningState, queueId: string): QueueOpening | undefined {
  return state.queues.find((q) => q.queueId === queueId);
}
