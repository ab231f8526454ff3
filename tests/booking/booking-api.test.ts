/** The booking API: slots with capacity, channel credentials, atomic last places, then kiosk check-in. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingModule } from '../../main/hub/features/booking/module.js';
import { DEFAULT_BOOKING_SETTINGS } from '../../main/hub/features/booking/settings.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { sha256 } from '../../main/hub/core/security.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

const WEBSITE = 'website-token-0123456789abcdef';
const APP = 'app-token-0123456789abcdef';
/** Sunday 2 March 2025, 09:50 in Dubai: the hub's clock runs on from there. */
const START = Date.UTC(2025, 2, 2, 5, 50);
const at = (hh: number, mm: number) => Date.UTC(2025, 2, 2, hh - 4, mm);

let hub: TestHub;
beforeAll(async () => {
  const offset = START - Date.now();
  hub = await startTestHub({
    clock: { now: () => Date.now() + offset },
    modules: HUB_MODULES.map((m) =>
      m.name === 'booking'
        ? bookingModule({
            settings: {
              ...DEFAULT_BOOKING_SETTINGS,
              capacity: 2,
              capacityByService: { 'licence-renew': 1 },
              sources: [
                { name: 'website', tokenHash: sha256(WEBSITE) },
                { name: 'app', tokenHash: sha256(APP) },
              ],
            },
          })
        : m,
    ),
  });
});
afterAll(async () => hub?.cleanup());

const book = (body: Record<string, unknown>, token = WEBSITE) =>
  api(hub.url, 'POST', '/booking/appointments', `Bearer ${token}`, body);
const slots = (serviceId: string, date: string) =>
  api(hub.url, 'GET', `/booking/services/${serviceId}/slots?date=${date}`);
const count = () => (hub.hub.db.prepare('SELECT COUNT(*) AS n FROM appointments').get() as { n: number }).n;

describe('booking API', () => {
  it('lists the day’s future slots with their capacity', async () => {
    const r = await slots('eid-renew', '2025-03-02');
    expect(r.status).toBe(200);
    const list = r.body.slots as { time: string; capacity: number; available: number }[];
    expect(list[0]).toMatchObject({ time: '10:00', capacity: 2, available: 2 });
    expect(list.at(-1)!.time).toBe('19:45');
    expect((await slots('eid-renew', '2025-03-08')).body.slots).toEqual([]);
  });

  it('books with a channel token, returns a typeable code, and counts it against the slot', async () => {
    const r = await book({
      serviceId: 'eid-renew',
      startsAt: at(10, 0),
      mobile: '0501234567',
      language: 'en',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      serviceId: 'eid-renew',
      startsAt: at(10, 0),
      status: 'booked',
      language: 'en',
    });
    expect(r.body.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/);
    const list = (await slots('eid-renew', '2025-03-02')).body.slots as { time: string; available: number }[];
    expect(list.find((s) => s.time === '10:00')!.available).toBe(1);
    const stored = JSON.stringify(hub.hub.db.prepare('SELECT * FROM appointments').all());
    expect(stored).not.toContain('501234567');
  });

  it('refuses bad requests with a clear error and books nothing', async () => {
    const before = count();
    const cases: [Record<string, unknown>, string | undefined, number, string][] = [
      [
        { serviceId: 'eid-renew', startsAt: at(10, 15), mobile: '0501112222' },
        'wrong-token',
        401,
        'unauthenticated',
      ],
      [{ serviceId: 'eid-renew', startsAt: at(10, 15) }, WEBSITE, 400, 'validation'],
      [{ serviceId: 'eid-renew', startsAt: at(10, 15), mobile: '0412345678' }, WEBSITE, 400, 'validation'],
      [
        { serviceId: 'eid-renew', startsAt: at(10, 15), emiratesId: '784-1990-1234567-0' },
        WEBSITE,
        400,
        'validation',
      ],
      [{ serviceId: 'nope', startsAt: at(10, 15), mobile: '0501112222' }, WEBSITE, 404, 'not_found'],
      [{ serviceId: 'eid-renew', startsAt: at(10, 7), mobile: '0501112222' }, WEBSITE, 409, 'slot_invalid'],
      [{ serviceId: 'eid-renew', startsAt: at(9, 30), mobile: '0501112222' }, WEBSITE, 409, 'slot_invalid'],
      [{ serviceId: 'eid-renew', startsAt: at(21, 0), mobile: '0501112222' }, WEBSITE, 409, 'slot_invalid'],
    ];
    for (const [body, token, status, code] of cases) {
      const r = await api(hub.url, 'POST', '/booking/appointments', token && `Bearer ${token}`, body);
      expect(r, JSON.stringify(body)).toMatchObject({ status, body: { code, message: expect.any(String) } });
    }
    expect((await api(hub.url, 'POST', '/booking/appointments', undefined, {})).status).toBe(401);
    expect((await slots('eid-renew', '2025-3-2')).body.code).toBe('validation');
    expect(count()).toBe(before);
  });

  it('gives the last place to exactly one of two simultaneous bookings', async () => {
    const [a, b] = await Promise.all([
      book({ serviceId: 'licence-renew', startsAt: at(11, 0), mobile: '0502220001' }),
      book({ serviceId: 'licence-renew', startsAt: at(11, 0), mobile: '0502220002' }, APP),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.code).toBe('slot_full');
  });

  it('allows one booking per customer per service per day', async () => {
    expect((await book({ serviceId: 'eid-replace', startsAt: at(12, 0), mobile: '0503330000' })).status).toBe(
      201,
    );
    const again = await book({ serviceId: 'eid-replace', startsAt: at(13, 0), mobile: '+971503330000' });
    expect(again.body.code).toBe('already_booked');
  });

  it('cancels only a channel’s own booking, freeing its place', async () => {
    const r = await book({ serviceId: 'licence-renew', startsAt: at(12, 0), mobile: '0504440000' });
    const code = String(r.body.code);
    expect((await api(hub.url, 'DELETE', `/booking/appointments/${code}`, `Bearer ${APP}`)).status).toBe(404);
    const cancelled = await api(hub.url, 'DELETE', `/booking/appointments/${code}`, `Bearer ${WEBSITE}`);
    expect(cancelled.body.status).toBe('cancelled');
    expect(
      (await book({ serviceId: 'licence-renew', startsAt: at(12, 0), mobile: '0504440001' })).status,
    ).toBe(201);
  });

  it('keeps the visitor’s language through the booking into the ticket, and refuses an unknown one (#19)', async () => {
    const before = count();
    const bad = await book({
      serviceId: 'eid-renew',
      startsAt: at(10, 15),
      mobile: '0506660001',
      language: 'xx',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'validation', message: expect.any(String) });
    expect(count()).toBe(before);
    const r = await book({
      serviceId: 'eid-renew',
      startsAt: at(10, 15),
      mobile: '0506660000',
      language: 'ml',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.language).toBe('ml');
    const checkIn = await api(hub.url, 'POST', '/kiosk/check-in', `Device ${KIOSK_KEY}`, {
      code: String(r.body.code),
    });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200);
    expect((checkIn.body.ticket as { visit: { language: string } }).visit.language).toBe('ml');
  });

  it('books, then the kiosk checks the code in as an appointment ticket', async () => {
    const r = await book({
      serviceId: 'residency-renew',
      startsAt: at(10, 0),
      emiratesId: '784-1990-1234567-6',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const checkIn = await api(hub.url, 'POST', '/kiosk/check-in', `Device ${KIOSK_KEY}`, {
      code: String(r.body.code).toLowerCase(),
    });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200);
    const ticket = (
      checkIn.body.ticket as { visit: { priority: string; channel: string; appointmentAt: number } }
    ).visit;
    expect(ticket).toMatchObject({
      priority: 'appointment',
      channel: 'appointment',
      appointmentAt: at(10, 0),
    });
    // A checked-in booking cannot be cancelled by the channel any more.
    const late = await api(
      hub.url,
      'DELETE',
      `/booking/appointments/${String(r.body.code)}`,
      `Bearer ${WEBSITE}`,
    );
    expect(late.body.code).toBe('invalid_transition');
    // Managers can book too (phone bookings at the centre).
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    expect(
      (await book({ serviceId: 'eid-renew', startsAt: at(15, 0), mobile: '0505550000' }, manager.slice(7)))
        .status,
    ).toBe(201);
  });
});
