/**
 * A public holiday through the hub (issue #15): the kiosk's walk-in ticket, the phone's join code
 * and a booking on a closed date are refused with 409 and a message naming the holiday, and nothing
 * is written (no ticket, no code row, no SMS, no appointment); the public opening route says which
 * holiday and when the centre opens next; the manager's list is validated (400, nothing changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingModule } from '../../main/hub/features/booking/module.js';
import { DEFAULT_BOOKING_SETTINGS } from '../../main/hub/features/booking/settings.js';
import { remoteModule } from '../../main/hub/features/remote/module.js';
import { DEFAULT_REMOTE_SETTINGS } from '../../main/hub/features/remote/settings.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { sha256 } from '../../main/hub/core/security.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { Catalogue, type ClosedDate } from '../../shared/contract/catalogue.js';
import { OpeningState } from '../../shared/contract/opening.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { CapturingSms, newDeviceId } from '../remote/support.js';

const WEBSITE = 'website-token-holiday-0123456789';
/** Local time in Dubai on a day of March 2025 (Sunday the 2nd; Monday the 3rd is the holiday). */
const dubai = (day: number, hh: number, mm: number) => Date.UTC(2025, 2, day, hh - 4, mm);
const nationalDay: ClosedDate = { date: '2025-03-03', reason: { ar: 'عيد الاتحاد', en: 'National Day' } };

let hub: TestHub;
let now = dubai(3, 10, 0);
const sms = new CapturingSms();
const count = (table: string) =>
  (hub.hub.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const visits = () => hub.hub.state.visits.size;

beforeAll(async () => {
  hub = await startTestHub({
    clock: { now: () => now },
    catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, closedDates: [nationalDay] } },
    modules: HUB_MODULES.map((m) =>
      m.name === 'booking'
        ? bookingModule({
            settings: {
              ...DEFAULT_BOOKING_SETTINGS,
              sources: [{ name: 'website', tokenHash: sha256(WEBSITE) }],
            },
          })
        : m.name === 'remote'
          ? remoteModule({ sms, settings: DEFAULT_REMOTE_SETTINGS })
          : m,
    ),
  });
});
afterAll(async () => hub?.cleanup());

describe('a public holiday at the hub', () => {
  it('refuses a kiosk ticket with 409 centre_closed naming the holiday; nothing is issued', async () => {
    now = dubai(3, 10, 0);
    const before = visits();
    const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: 'holiday-kiosk-1',
    });
    expect(r).toMatchObject({ status: 409, body: { code: 'centre_closed' } });
    expect(String(r.body.message)).toContain('National Day');
    expect(visits()).toBe(before);
    // The next day, an ordinary Tuesday at 10:00, the same request is served (the check can pass).
    now = dubai(4, 10, 0);
    const tuesday = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: 'holiday-kiosk-2',
    });
    expect(tuesday.status).toBe(200);
  });

  it('sends no join code by SMS and records none', async () => {
    now = dubai(3, 10, 0);
    const codes = count('remote_codes');
    const sent = sms.sent.length;
    const r = await api(hub.url, 'POST', '/remote/code', undefined, {
      serviceId: 'eid-renew',
      mobile: '0501234567',
      deviceId: newDeviceId(),
    });
    expect(r).toMatchObject({ status: 409, body: { code: 'centre_closed' } });
    expect(String(r.body.message)).toContain('عيد الاتحاد');
    expect(count('remote_codes')).toBe(codes);
    expect(sms.sent.length).toBe(sent);
  });

  it('refuses a booking on the holiday with 409 slot_invalid and lists no slots that day', async () => {
    now = dubai(2, 10, 0);
    const before = count('appointments');
    const r = await api(hub.url, 'POST', '/booking/appointments', `Bearer ${WEBSITE}`, {
      serviceId: 'eid-renew',
      startsAt: dubai(3, 10, 0),
      mobile: '0501112222',
    });
    expect(r).toMatchObject({ status: 409, body: { code: 'slot_invalid' } });
    expect(String(r.body.message)).toMatch(/closed on 2025-03-03 \(National Day/);
    expect(count('appointments')).toBe(before);
    const slots = await api(hub.url, 'GET', '/booking/services/eid-renew/slots?date=2025-03-03');
    expect(slots).toMatchObject({ status: 200, body: { slots: [] } });
  });

  it('says on the public opening route which holiday it is and when the centre opens next', async () => {
    now = dubai(3, 10, 0);
    const s = OpeningState.parse((await api(hub.url, 'GET', '/public/opening')).body);
    expect(s).toMatchObject({
      status: 'closed',
      today: null,
      specialDay: { date: '2025-03-03', reason: { en: 'National Day', ar: 'عيد الاتحاد' } },
      nextOpening: { day: '2025-03-04', time: '07:30', inDays: 1 },
    });
  });
});

describe("the manager's list of closed dates", () => {
  const update = async (closedDates: unknown) => {
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const current = Catalogue.parse((await api(hub.url, 'GET', '/catalogue')).body);
    return api(hub.url, 'POST', '/manager/updateCatalogue', manager, {
      catalogue: { ...current, centre: { ...current.centre, closedDates } },
      what: 'centre',
    });
  };
  const stored = () => hub.hub.catalogue.centre.closedDates;

  it('refuses a bad date, a date twice or a missing reason with 400, and keeps the list', async () => {
    const before = stored();
    for (const bad of [
      [{ ...nationalDay, date: '2025-13-01' }],
      [{ ...nationalDay, date: '03/03/2025' }],
      [nationalDay, nationalDay],
      [{ date: '2025-12-02' }],
    ]) {
      const r = await update(bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
    expect(stored()).toEqual(before);
  });

  it('saves a valid list, which the opening state then follows', async () => {
    const union: ClosedDate = { date: '2025-12-02', reason: { ar: 'عيد الاتحاد', en: 'National Day' } };
    const r = await update([nationalDay, union]);
    expect(r.status).toBe(200);
    expect(stored()).toEqual([nationalDay, union]);
    now = Date.UTC(2025, 11, 2, 6, 0);
    const s = OpeningState.parse((await api(hub.url, 'GET', '/public/opening')).body);
    expect(s.specialDay?.date).toBe('2025-12-02');
  });
});
