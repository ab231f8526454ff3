import { describe, expect, it } from 'vitest';
import { OpeningState } from '../../shared/contract/opening.js';
import { openingState, type OpeningInput } from '../../shared/domain/opening-state.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

// Asia/Dubai is UTC+4 all year. 2025-03-02 is a Sunday; the demo opens 07:30–20:00 Sunday to
// Thursday, 07:30–12:00 on Friday, and is closed on Saturday.
const dubai = (day: number, hh: number, mm: number) => Date.UTC(2025, 2, day, hh - 4, mm);
const SUNDAY = 2;
const FRIDAY = 7;
const SATURDAY = 8;

const queues = [
  { id: 'q-a', open: true },
  { id: 'q-b', open: true, lastTicketMinutesBeforeClose: 60 },
];

function at(now: number, more: Partial<OpeningInput> = {}) {
  const s = openingState({ centre: DEMO_CATALOGUE.centre, queues, now, ...more });
  // Whatever it computes is a valid public document.
  expect(OpeningState.parse(s)).toEqual(s);
  return s;
}

describe('opening state', () => {
  it('is open during the day, with each queue’s last-ticket time', () => {
    const s = at(dubai(SUNDAY, 10, 0));
    expect(s.status).toBe('open');
    expect(s.today).toEqual({ open: '07:30', close: '20:00' });
    expect(s.queues).toEqual([
      { queueId: 'q-a', refusal: null, lastTicketTime: '19:30', estimatePassesClosing: false },
      { queueId: 'q-b', refusal: null, lastTicketTime: '19:00', estimatePassesClosing: false },
    ]);
    expect(s.nextOpening).toEqual({ day: '2025-03-03', weekday: 1, time: '07:30', inDays: 1 });
  });

  it('is closing soon from 30 minutes before the first queue stops, and stops each queue on its own time', () => {
    expect(at(dubai(SUNDAY, 18, 29)).status).toBe('open');
    expect(at(dubai(SUNDAY, 18, 30)).status).toBe('closing-soon');
    // 19:00 is the last minute of q-b (inclusive); at 19:01 only q-a still issues.
    expect(at(dubai(SUNDAY, 19, 0)).queues[1]!.refusal).toBeNull();
    const s = at(dubai(SUNDAY, 19, 1));
    expect(s.status).toBe('closing-soon');
    expect(s.queues.map((q) => q.refusal)).toEqual([null, 'last_ticket_passed']);
  });

  it('is closed once every queue is past its last ticket, though the doors close at 20:00', () => {
    const s = at(dubai(SUNDAY, 19, 31));
    expect(s.status).toBe('closed');
    expect(s.queues.map((q) => q.refusal)).toEqual(['last_ticket_passed', 'last_ticket_passed']);
  });

  it('is closed at night and names the next opening: later today, tomorrow, or after a closed day', () => {
    const night = at(dubai(SUNDAY, 23, 29));
    expect(night.status).toBe('closed');
    expect(night.queues.every((q) => q.refusal === 'centre_closed')).toBe(true);
    expect(night.nextOpening).toEqual({ day: '2025-03-03', weekday: 1, time: '07:30', inDays: 1 });

    const early = at(dubai(SUNDAY, 6, 0));
    expect(early.status).toBe('closed');
    expect(early.nextOpening).toEqual({ day: '2025-03-02', weekday: 0, time: '07:30', inDays: 0 });

    // Friday afternoon: Saturday is closed, so the next opening is Sunday.
    const friday = at(dubai(FRIDAY, 13, 0));
    expect(friday.status).toBe('closed');
    expect(friday.nextOpening).toEqual({ day: '2025-03-09', weekday: 0, time: '07:30', inDays: 2 });

    const saturday = at(dubai(SATURDAY, 10, 0));
    expect(saturday.today).toBeNull();
    expect(saturday.queues[0]!.lastTicketTime).toBeNull();
    expect(saturday.nextOpening?.day).toBe('2025-03-09');
  });

  it('uses the centre’s default, and the queue’s own minutes over it', () => {
    const centre = { ...DEMO_CATALOGUE.centre, lastTicketMinutesBeforeClose: 0 };
    const s = at(dubai(SUNDAY, 19, 45), { centre });
    expect(s.queues.map((q) => [q.lastTicketTime, q.refusal])).toEqual([
      ['20:00', null],
      ['19:00', 'last_ticket_passed'],
    ]);
  });

  it('keeps a manager’s cut-off per queue without closing the centre', () => {
    const s = at(dubai(SUNDAY, 10, 0), { queues: [{ id: 'q-a', open: false }, queues[1]!] });
    expect(s.status).toBe('open');
    expect(s.queues.map((q) => q.refusal)).toEqual(['queue_closed', null]);
  });

  it('flags a queue whose median wait runs past closing time', () => {
    const waitMinutes = new Map([
      ['q-a', 45],
      ['q-b', 5],
    ]);
    const s = at(dubai(SUNDAY, 19, 20), { waitMinutes });
    expect(s.queues.map((q) => q.estimatePassesClosing)).toEqual([true, false]);
  });

  it('reads a closing time at or before the opening as midnight (open all day)', () => {
    const centre = {
      ...DEMO_CATALOGUE.centre,
      openingHours: Array.from({ length: 7 }, () => ({ open: '00:00', close: '00:00' })),
      lastTicketMinutesBeforeClose: 0,
    };
    // Before a closed Sunday, Saturday's 00:00–00:00 ends at midnight.
    const sundayOff = {
      ...centre,
      openingHours: centre.openingHours.map((h, day) => (day === 0 ? null : h)),
    };
    const s = at(dubai(SATURDAY, 23, 59), { centre: sundayOff, queues: [{ id: 'q-a', open: true }] });
    expect(s.status).toBe('closing-soon');
    expect(s.queues[0]).toMatchObject({ refusal: null, lastTicketTime: '24:00' });
    expect(at(dubai(SATURDAY, 0, 0), { centre: sundayOff }).status).toBe('open');
    // Every day round the clock, midnight runs into the next day: never closing (issue #15).
    const always = at(dubai(SATURDAY, 23, 59), { centre, queues: [{ id: 'q-a', open: true }] });
    expect(always.status).toBe('open');
    expect(always.queues[0]).toMatchObject({ refusal: null, lastTicketTime: null });
  });
});
