/**
 * A centre open round the clock (every day 00:00–00:00: the day's midnight close runs into the next
 * day's midnight opening) never closes: at 23:50 it is not "closing soon", its walk-ins are not
 * refused as past the last ticket, and no wait "passes closing" (issue #15). A day that ends at
 * midnight before a closed day still closes.
 */
import { describe, expect, it } from 'vitest';
import { openingState } from '../../shared/domain/opening-state.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const dubai = (day: number, hh: number, mm: number) => Date.UTC(2025, 2, day, hh - 4, mm);
const roundTheClock = {
  ...DEMO_CATALOGUE.centre,
  openingHours: DEMO_CATALOGUE.centre.openingHours.map(() => ({ open: '00:00', close: '00:00' })),
  // The default cut-off: walk-ins would stop at 23:30 if the day were taken to end.
  lastTicketMinutesBeforeClose: 30,
};
const queues = DEMO_CATALOGUE.queues.map((q) => ({ ...q, open: true }));
const longWaits = new Map(queues.map((q) => [q.id, 45]));

describe('a centre open round the clock', () => {
  it('is open at 23:50, takes walk-ins and has no last ticket', () => {
    const s = openingState({ centre: roundTheClock, queues, waitMinutes: longWaits, now: dubai(3, 23, 50) });
    expect(s.status).toBe('open');
    for (const q of s.queues) {
      expect(q.refusal).toBeNull();
      expect(q.lastTicketTime).toBeNull();
      expect(q.estimatePassesClosing).toBe(false);
    }
  });

  it('with the demo’s cut-off of 0 minutes too', () => {
    const s = openingState({
      centre: { ...roundTheClock, lastTicketMinutesBeforeClose: 0 },
      queues: queues.map(({ lastTicketMinutesBeforeClose: _, ...q }) => q),
      now: dubai(3, 23, 50),
    });
    expect(s.status).toBe('open');
  });

  it('closes at midnight before a closed day, so 23:50 is past its last ticket', () => {
    const centre = {
      ...roundTheClock,
      closedDates: [{ date: '2025-03-04', reason: { ar: 'عطلة', en: 'Holiday' } }],
    };
    const s = openingState({ centre, queues, now: dubai(3, 23, 50) });
    expect(s.status).toBe('closed');
    expect(s.queues.every((q) => q.refusal === 'last_ticket_passed')).toBe(true);
    const evening = openingState({ centre, queues, now: dubai(3, 23, 10) });
    expect(evening.status).toBe('closing-soon');
  });
});
