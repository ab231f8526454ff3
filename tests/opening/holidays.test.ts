/**
 * Public holidays in the opening state (issue #15): a listed date is closed all day, or open its
 * own hours; the next opening skips closed dates; a booking slot list follows the same days. Pure:
 * the clock is an argument. Dubai is UTC+4; 2 March 2025 is a Sunday and the demo centre is open
 * Sunday–Thursday 07:30–20:00, Friday to 12:00, closed on Saturday.
 */
import { describe, expect, it } from 'vitest';
import { CentreSettings, type ClosedDate } from '../../shared/contract/catalogue.js';
import { OpeningState } from '../../shared/contract/opening.js';
import { hoursOnDay, openingState } from '../../shared/domain/opening-state.js';
import { slotProblem, slotStarts } from '../../shared/domain/booking/slots.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const dubai = (day: number, hh: number, mm: number) => Date.UTC(2025, 2, day, hh - 4, mm);
const nationalDay: ClosedDate = { date: '2025-03-03', reason: { ar: 'عيد الاتحاد', en: 'National Day' } };
const eve: ClosedDate = {
  date: '2025-03-04',
  reason: { ar: 'دوام قصير', en: 'Short day' },
  hours: { open: '09:00', close: '13:00' },
};
const centre = { ...DEMO_CATALOGUE.centre, closedDates: [nationalDay, eve] };
const queues = DEMO_CATALOGUE.queues;

function at(now: number, c: CentreSettings = centre) {
  const s = openingState({ centre: c, queues, now });
  expect(OpeningState.parse(s)).toEqual(s);
  return s;
}

describe('closed dates in the opening state', () => {
  it('is closed all day on a holiday a weekday would open, and says which holiday', () => {
    const s = at(dubai(3, 10, 0));
    expect(s.status).toBe('closed');
    expect(s.today).toBeNull();
    expect(s.specialDay?.reason).toEqual({ ar: 'عيد الاتحاد', en: 'National Day' });
    expect(s.queues.every((q) => q.refusal === 'centre_closed' && q.lastTicketTime === null)).toBe(true);
    // Without the list the same instant is an ordinary open Monday (the check can fail).
    expect(at(dubai(3, 10, 0), DEMO_CATALOGUE.centre).status).toBe('open');
  });

  it('names the next opening after the holiday, at the special day’s own time', () => {
    // Sunday night: Monday is the holiday, so the next opening is Tuesday at 09:00 (its own hours).
    expect(at(dubai(2, 21, 0)).nextOpening).toEqual({
      day: '2025-03-04',
      weekday: 2,
      time: '09:00',
      inDays: 2,
    });
    expect(at(dubai(3, 10, 0)).nextOpening).toEqual({
      day: '2025-03-04',
      weekday: 2,
      time: '09:00',
      inDays: 1,
    });
  });

  it('keeps a special day’s own hours: open 09:00–13:00, last ticket 12:30, closed after', () => {
    expect(at(dubai(4, 8, 30)).status).toBe('closed');
    const s = at(dubai(4, 10, 0));
    expect(s.status).toBe('open');
    expect(s.today).toEqual({ open: '09:00', close: '13:00' });
    expect(s.specialDay?.date).toBe('2025-03-04');
    expect(s.queues[0]!.lastTicketTime).toBe('12:30');
    expect(at(dubai(4, 13, 5)).status).toBe('closed');
    expect(hoursOnDay(centre, '2025-03-04', 2)).toEqual({ open: 540, close: 780 });
  });

  it('skips a run of holidays and the weekend for the next opening (more than a week ahead)', () => {
    const eid = ['2025-03-07', '2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13'];
    const long = {
      ...DEMO_CATALOGUE.centre,
      closedDates: [...eid, '2025-03-14', '2025-03-16'].map((date) => ({ date, reason: nationalDay.reason })),
    };
    const s = at(dubai(6, 21, 0), long);
    expect(s.nextOpening).toEqual({ day: '2025-03-17', weekday: 1, time: '07:30', inDays: 11 });
  });

  it('gives no booking slots on a holiday and the special hours’ slots on a special day', () => {
    expect(slotStarts('2025-03-03', centre, 15)).toEqual([]);
    expect(slotProblem(dubai(3, 10, 0), centre, 15)).toMatch(
      /closed on 2025-03-03 \(National Day \/ عيد الاتحاد\)/,
    );
    const eveSlots = slotStarts('2025-03-04', centre, 15).map((s) => s.time);
    expect([eveSlots[0], eveSlots.at(-1)]).toEqual(['09:00', '12:45']);
    expect(slotProblem(dubai(4, 15, 0), centre, 15)).toMatch(/outside the opening hours 09:00–13:00/);
  });
});

describe('the closed-dates list in the catalogue', () => {
  const withDates = (closedDates: unknown) =>
    CentreSettings.safeParse({ ...DEMO_CATALOGUE.centre, closedDates });
  it('takes ISO dates with a bilingual reason and optional hours', () => {
    expect(withDates([nationalDay, eve]).success).toBe(true);
    expect(withDates(undefined).success).toBe(true);
  });
  it('refuses a date that is not YYYY-MM-DD or not on the calendar, a date twice, and a missing reason', () => {
    const issues = (v: unknown) =>
      withDates(v)
        .error?.issues.map((i) => i.message)
        .join('; ') ?? '';
    expect(issues([{ ...nationalDay, date: '3/3/2025' }])).toMatch(/YYYY-MM-DD/);
    expect(issues([{ ...nationalDay, date: '2025-02-30' }])).toMatch(/not a calendar date/);
    expect(issues([nationalDay, { ...nationalDay, reason: { ar: 'أ', en: 'b' } }])).toMatch(
      /2025-03-03 is listed twice/,
    );
    expect(withDates([{ date: '2025-03-03', reason: { ar: 'عيد' } }]).success).toBe(false);
    expect(withDates([{ ...eve, hours: { open: '9:00', close: '13:00' } }]).success).toBe(false);
  });
});
