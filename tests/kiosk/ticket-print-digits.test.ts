/**
 * The hub puts the centre's digit setting into a ticket's print data (issue #15), so the printer
 * draws the Arabic lines in the digits every other app shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { TicketPrintDataSchema } from '../../shared/contract/printer.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';

const kiosk = `Device ${KIOSK_KEY}`;
let hub: TestHub;

beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startTestHub({
    catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, digits: 'arab' } },
  });
});
afterAll(async () => hub?.cleanup());

describe("a ticket's print data", () => {
  it("carries the centre's digits", async () => {
    const issued = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: 'print-digits-1',
    });
    expect(issued.status).toBe(200);
    const id = (issued.body as { visit: { id: string } }).visit.id;
    const r = await api(hub.url, 'GET', `/kiosk/tickets/${id}/print-data`, kiosk);
    expect(r.status).toBe(200);
    const data = TicketPrintDataSchema.parse(r.body);
    expect(data.digits).toBe('arab');
    // The ticket number is an identifier: Latin digits, whatever the setting.
    expect(data.ticketNumber).toMatch(/^[A-Z]+[0-9]+$/);
  });
});
