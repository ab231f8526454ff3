/**
 * Bookings when the centre is closed (issue #15): a Saturday, Friday afternoon (Friday closes at
 * 12:00), before opening and after closing are refused with 409 slot_invalid and a message that says
 * which, and nothing is booked; the slot lists of those days and hours are empty. The demo centre:
 * Sunday–Thursday 07:30–20:00, Friday 07:30–12:00, Saturday closed, in Dubai (UTC+4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingModule } from '../../main/hub/features/booking/module.js';
import { DEFAULT_BOOKING_SETTINGS } from '../../main/hub/features/booking/settings.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { sha256 } from '../../main/hub/core/security.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { slotProblem, slotStarts } from '../../shared/domain/booking/slots.js';
import { api, startTestHub, type TestHub } from '../support/hub.js';

const WEBSITE = 'website-token-closed-0123456789';
/** Local time in Dubai on a day of March 2025 (Sunday the 2nd … Saturday the 8th). */
const dubai = (day: number, hh: number, mm: number) => Date.UTC(2025, 2, day, hh - 4, mm);
/** The hub's clock: Sunday 2 March 2025, 09:50 in Dubai. */
const NOW = dubai(2, 9, 50);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({
    clock: { now: () => NOW },
    modules: HUB_MODULES.map((m) =>
      m.name === 'booking'
        ? bookingModule({
            settings: {
              ...DEFAULT_BOOKING_SETTINGS,
              sources: [{ name: 'website', tokenHash: sha256(WEBSITE) }],
            },
          })
        : m,
    ),
  });
});
afterAll(async () => hub?.cleanup());

const count = () => (hub.hub.db.prepare('SELECT COUNT(*) AS n FROM appointments').get() as { n: number }).n;
const book = (startsAt: number) =>
  api(hub.url, 'POST', '/booking/appointments', `Bearer ${WEBSITE}`, {
    serviceId: 'eid-renew',
    startsAt,
    mobile: '0501112222',
  });

describe('booking while the centre is closed', () => {
  it('refuses a Saturday, Friday afternoon, before opening and after closing with 409 slot_invalid', async () => {
    const before = count();
    const cases: [number, RegExp][] = [
      [dubai(8, 10, 0), /closed on 2025-03-08/],
      [dubai(7, 13, 0), /2025-03-07 13:00 is outside the opening hours 07:30–12:00/],
      [dubai(7, 12, 0), /outside the opening hours 07:30–12:00/],
      [dubai(3, 7, 0), /2025-03-03 07:00 is outside the opening hours 07:30–20:00/],
      [dubai(3, 20, 0), /outside the opening hours/],
      [dubai(3, 23, 45), /outside the opening hours/],
    ];
    for (const [startsAt, message] of cases) {
      const r = await book(startsAt);
      expect(r.status, new Date(startsAt).toISOString()).toBe(409);
      expect(r.body).toMatchObject({ code: 'slot_invalid' });
      expect(r.body.message).toMatch(message);
    }
    expect(count()).toBe(before);
    // The same day's last slot before closing is taken: the refusals were about the time alone.
    const ok = await book(dubai(7, 11, 45));
    expect(ok.status).toBe(201);
    expect(count()).toBe(before + 1);
  });

  it('lists no slots on a closed day and none past Friday’s closing', async () => {
    const saturday = await api(hub.url, 'GET', '/booking/services/eid-renew/slots?date=2025-03-08');
    expect(saturday).toMatchObject({ status: 200, body: { slots: [] } });
    const friday = await api(hub.url, 'GET', '/booking/services/eid-renew/slots?date=2025-03-07');
    const times = (friday.body.slots as { time: string }[]).map((s) => s.time);
    expect(times[0]).toBe('07:30');
    expect(times.at(-1)).toBe('11:45');
  });
});

describe('slots of a day that closes at midnight', () => {
  it('reads a close at or before the open as midnight, as the opening state does', () => {
    const centre = {
      ...DEMO_CATALOGUE.centre,
      openingHours: DEMO_CATALOGUE.centre.openingHours.map(() => ({ open: '16:00', close: '00:00' })),
    };
    const starts = slotStarts('2025-03-03', centre, 15);
    expect(starts[0]?.time).toBe('16:00');
    expect(starts.at(-1)?.time).toBe('23:45');
    expect(slotProblem(dubai(3, 23, 45), centre, 15)).toBeNull();
    expect(slotProblem(dubai(3, 15, 45), centre, 15)).toMatch(/outside the opening hours 16:00–00:00/);
    expect(slotProblem(dubai(3, 16, 5), centre, 15)).toMatch(/every 15 minutes from 16:00/);
  });
});
