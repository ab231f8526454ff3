/**
 * Booking settings from the environment: slot length, capacity per slot (per service overrides),
 * how far ahead, and the channels allowed to book (each a name and the SHA-256 of its token).
 *   DAWR_BOOKING_SLOT_MINUTES=15  DAWR_BOOKING_CAPACITY=2  DAWR_BOOKING_CAPACITY_BY_SERVICE=eid-renew=4,visa-new=1
 *   DAWR_BOOKING_DAYS_AHEAD=30    DAWR_BOOKING_SOURCES=website=<sha256 base64url>,app=<…>
 */
export interface BookingSource {
  name: string;
  /** sha256(token), base64url (main/hub/core/security.ts `sha256`): the token itself is never configured. */
  tokenHash: string;
}

export interface BookingSettings {
  slotMinutes: number;
  capacity: number;
  capacityByService: Record<string, number>;
  daysAhead: number;
  sources: BookingSource[];
}

export const DEFAULT_BOOKING_SETTINGS: BookingSettings = {
  slotMinutes: 15,
  capacity: 2,
  capacityByService: {},
  daysAhead: 30,
  sources: [],
};

function int(raw: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function pairs(raw: string | undefined, name: string): [string, string][] {
  if (!raw) return [];
  return raw.split(',').map((p) => {
    const [k, v] = p.split('=');
    if (!k || !v) throw new Error(`${name} is a list of name=value pairs, got "${p}"`);
    return [k.trim(), v.trim()];
  });
}

export function bookingSettingsFromEnv(env: NodeJS.ProcessEnv): BookingSettings {
  const d = DEFAULT_BOOKING_SETTINGS;
  const slotMinutes = int(env.DAWR_BOOKING_SLOT_MINUTES, d.slotMinutes, 5, 240, 'DAWR_BOOKING_SLOT_MINUTES');
  return {
    slotMinutes,
    capacity: int(env.DAWR_BOOKING_CAPACITY, d.capacity, 0, 100, 'DAWR_BOOKING_CAPACITY'),
    capacityByService: Object.fromEntries(
      pairs(env.DAWR_BOOKING_CAPACITY_BY_SERVICE, 'DAWR_BOOKING_CAPACITY_BY_SERVICE').map(([k, v]) => [
        k,
        int(v, d.capacity, 0, 100, `capacity of ${k}`),
      ]),
    ),
    daysAhead: int(env.DAWR_BOOKING_DAYS_AHEAD, d.daysAhead, 0, 365, 'DAWR_BOOKING_DAYS_AHEAD'),
    sources: pairs(env.DAWR_BOOKING_SOURCES, 'DAWR_BOOKING_SOURCES').map(([name, tokenHash]) => ({
      name,
      tokenHash,
    })),
  };
}

export const capacityOf = (s: BookingSettings, serviceId: string): number =>
  s.capacityByService[serviceId] ?? s.capacity;
