/**
 * A visitor's language travels with the ticket (issue #19): the hub takes any shipped language,
 * keeps it on the visit and gives it to the phone page; an unknown one is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { VISITOR_LANGUAGES } from '../../shared/i18n/languages.js';

let hub: TestHub;
const kiosk = `Device ${KIOSK_KEY}`;
beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startTestHub();
});
afterAll(async () => hub?.cleanup());

describe("the visitor's language on a ticket", () => {
  it('keeps every shipped language on the visit and on the phone page', async () => {
    for (const language of VISITOR_LANGUAGES) {
      const r = await api(hub.url, 'POST', '/visits', kiosk, {
        serviceId: 'eid-renew',
        language,
        idempotencyKey: `lang-${language}-0001`,
      });
      expect(r.status).toBe(200);
      const body = r.body as { visit: { language: string; publicToken: string } };
      expect(body.visit.language).toBe(language);
      const page = await api(hub.url, 'GET', `/public/tickets/${body.visit.publicToken}`);
      expect(page).toMatchObject({ status: 200, body: { language } });
    }
  });

  it('refuses a language that is not shipped, and issues nothing', async () => {
    const before = hub.hub.state.visits.size;
    const r = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      language: 'xx',
      idempotencyKey: 'lang-xx-000001',
    });
    expect(r).toMatchObject({ status: 400, body: { code: 'validation' } });
    expect(hub.hub.state.visits.size).toBe(before);
  });
});
