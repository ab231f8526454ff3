/**
 * What the hub puts on a printed ticket about closing (issue #15): today's closing time, and a
 * notice when the ticket's estimate runs past it or the queue's last ticket is near. The demo
 * centre: Sunday to Thursday 07:30–20:00 in Dubai (UTC+4), last walk-in ticket 30 minutes before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { DEMO_CATALOGUE, openAroundTheClock } from '../../main/demo/catalogue.js';
import { ticketClosing } from '../../main/hub/features/kiosk/ticket-print.js';
import { TicketPrintDataSchema } from '../../shared/contract/printer.js';

/** Sunday 6 December 2026 in Dubai. */
const dubai = (hh: number, mm: number, day = 6) => Date.UTC(2026, 11, day, hh - 4, mm);
const queue = 'q-identity';

describe('ticketClosing', () => {
  it('gives the closing time alone in the middle of the day', () => {
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 20 }, dubai(10, 0))).toEqual({
      closesAt: '20:00',
      notice: null,
      lastTicketTime: '19:30',
    });
  });

  it('warns when the median estimate runs past closing, whatever the last-ticket time', () => {
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 45 }, dubai(19, 20))).toMatchObject({
      notice: 'estimate_past_closing',
    });
    // At 14:00 a 6-hour wait also ends after 20:00.
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 361 }, dubai(14, 0))?.notice).toBe(
      'estimate_past_closing',
    );
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 359 }, dubai(14, 0))?.notice).toBeNull();
  });

  it('says the last ticket is near from 30 minutes before it', () => {
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 5 }, dubai(18, 59))?.notice).toBeNull();
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 5 }, dubai(19, 0))).toEqual({
      closesAt: '20:00',
      notice: 'last_ticket_near',
      lastTicketTime: '19:30',
    });
  });

  it('follows the queue’s own last-ticket time and Friday’s short day', () => {
    const early = {
      ...DEMO_CATALOGUE,
      queues: DEMO_CATALOGUE.queues.map((q) =>
        q.id === queue ? { ...q, lastTicketMinutesBeforeClose: 90 } : q,
      ),
    };
    expect(ticketClosing(early, queue, { p50Minutes: 5 }, dubai(18, 0))).toEqual({
      closesAt: '20:00',
      notice: 'last_ticket_near',
      lastTicketTime: '18:30',
    });
    // Friday 11 December: 07:30–12:00.
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 5 }, dubai(9, 0, 11))).toEqual({
      closesAt: '12:00',
      notice: null,
      lastTicketTime: '11:30',
    });
  });

  it('prints nothing about closing on a closed day or for a centre open around the clock', () => {
    // Saturday 12 December: closed.
    expect(ticketClosing(DEMO_CATALOGUE, queue, { p50Minutes: 5 }, dubai(10, 0, 12))).toBeNull();
    expect(
      ticketClosing(openAroundTheClock(DEMO_CATALOGUE), queue, { p50Minutes: 5 }, dubai(23, 0)),
    ).toBeNull();
  });
});

describe('the print data the kiosk gets from the hub', () => {
  let hub: TestHub;
  let now = dubai(10, 0);
  const kiosk = `Device ${KIOSK_KEY}`;
  let key = 0;
  beforeAll(async () => {
    delete process.env.DAWR_KIOSK_PRINTERS;
    hub = await startTestHub({ clock: { now: () => now } });
  });
  afterAll(async () => hub?.cleanup());

  async function printDataAt(at: number) {
    now = at;
    const issued = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: `closing-${++key}`,
    });
    expect(issued.status).toBe(200);
    const id = (issued.body as { visit: { id: string } }).visit.id;
    const r = await api(hub.url, 'GET', `/kiosk/tickets/${id}/print-data`, kiosk);
    expect(r.status).toBe(200);
    return TicketPrintDataSchema.parse(r.body);
  }

  it('carries the closing time in the morning and the last-ticket notice at 19:10', async () => {
    expect((await printDataAt(dubai(10, 0))).closing).toEqual({
      closesAt: '20:00',
      notice: null,
      lastTicketTime: '19:30',
    });
    expect((await printDataAt(dubai(19, 10))).closing).toMatchObject({ notice: 'last_ticket_near' });
  });
});
