/** Calendar arithmetic in the centre's time zone. Intl only: pure, no I/O. */

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalTime {
  /** YYYY-MM-DD in the zone: the business day. */
  day: string;
  /** 0 = Sunday. */
  weekday: number;
  minutesOfDay: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const lastByZone = new Map<string, { minute: number; value: LocalTime }>();

/** Zone offsets are whole minutes, so one conversion serves a whole minute (Intl is slow on hot paths). */
export function localTime(epochMs: number, timeZone: string): LocalTime {
  const minute = Math.floor(epochMs / 60_000);
  const last = lastByZone.get(timeZone);
  if (last && last.minute === minute) return last.value;
  const value = computeLocalTime(minute * 60_000, timeZone);
  lastByZone.set(timeZone, { minute, value });
  return value;
}

function computeLocalTime(epochMs: number, timeZone: string): LocalTime {
  const parts = partsFormatter(timeZone).formatToParts(new Date(epochMs));
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    weekday: WEEKDAYS.indexOf(get('weekday')),
    minutesOfDay: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

export function businessDay(epochMs: number, timeZone: string): string {
  return localTime(epochMs, timeZone).day;
}

export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
