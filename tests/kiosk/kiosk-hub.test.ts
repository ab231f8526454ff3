/** The kiosk's hub routes against a real hub: printing without a printer, SMS, check-in windows, feedback, settings. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DISPLAY_KEY, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { createDemoAppointments } from '../../main/hub/features/kiosk/appointments.js';
import { kioskSettingsFromEnv } from '../../main/hub/features/kiosk/settings.js';
import { checkInTiming } from '../../main/hub/features/kiosk/check-in-window.js';

let hub: TestHub;
const kiosk = `Device ${KIOSK_KEY}`;
beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startTestHub();
});
afterAll(async () => hub?.cleanup());

async function issue(key: string) {
  const r = await api(hub.url, 'POST', '/visits', kiosk, { serviceId: 'eid-renew', idempotencyKey: key });
  return r.body as { visit: { id: string }; statusPath: string };
}

describe('printing', () => {
  it('answers printed:false with a reason when the kiosk has no printer', async () => {
    const t = await issue('print-none-1');
    const r = await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId: t.visit.id });
    expect(r).toEqual({ status: 200, body: { printed: false, reason: 'no_printer' } });
  });
  it('refuses bad input, unknown visits and displays', async () => {
    expect((await api(hub.url, 'POST', '/kiosk/print', kiosk, {})).body.code).toBe('validation');
    expect((await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId: 'nope' })).status).toBe(404);
    const d = await api(hub.url, 'POST', '/kiosk/print', `Device ${DISPLAY_KEY}`, { visitId: 'x' });
    expect(d).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });
});

describe('SMS', () => {
  it('sends to a UAE mobile (masked in the answer), at most twice per ticket', async () => {
    const t = await issue('tap-sms-00001');
    const bad = await api(hub.url, 'POST', '/kiosk/sms', kiosk, {
      visitId: t.visit.id,
      mobile: '0412345678',
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'validation' } });
    const body = { visitId: t.visit.id, mobile: '0501234567' };
    expect((await api(hub.url, 'POST', '/kiosk/sms', kiosk, body)).body).toEqual({
      sent: true,
      to: '+97150*****67',
    });
    expect((await api(hub.url, 'POST', '/kiosk/sms', kiosk, body)).status).toBe(200);
    expect((await api(hub.url, 'POST', '/kiosk/sms', kiosk, body)).body.code).toBe('rate_limited');
  });
});

describe('appointments', () => {
  it('only managers create bookings; codes are unique', async () => {
    const startsAt = Date.now() + 3600_000;
    const refused = await api(hub.url, 'POST', '/appointments', kiosk, { serviceId: 'eid-renew', startsAt });
    expect(refused.status).toBe(403);
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const made = await api(hub.url, 'POST', '/appointments', manager, {
      serviceId: 'eid-renew',
      startsAt,
      code: 'web-1234',
    });
    expect(made.body).toMatchObject({ code: 'WEB-1234', status: 'booked', serviceId: 'eid-renew' });
    const dup = await api(hub.url, 'POST', '/appointments', manager, {
      serviceId: 'eid-renew',
      startsAt,
      code: 'WEB-1234',
    });
    expect(dup).toMatchObject({ status: 409, body: { code: 'conflict' } });
    const unknown = await api(hub.url, 'POST', '/appointments', manager, { serviceId: 'nope', startsAt });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  it('checks in on time once (same ticket on a repeat scan), refuses early and late', async () => {
    const b = createDemoAppointments(hub.hub.db, Date.now());
    const first = await api(hub.url, 'POST', '/kiosk/check-in', kiosk, { code: b.onTime[0]!.code });
    const again = await api(hub.url, 'POST', '/kiosk/check-in', kiosk, {
      code: b.onTime[0]!.code.toLowerCase(),
    });
    const ticket = (first.body.ticket as { visit: { id: string; priority: string } }).visit;
    expect(ticket.priority).toBe('appointment');
    expect((again.body.ticket as { visit: { id: string } }).visit.id).toBe(ticket.id);
    const early = await api(hub.url, 'POST', '/kiosk/check-in', kiosk, { code: b.tooEarly.code });
    expect(early).toMatchObject({ status: 409, body: { code: 'too_early' } });
    expect(early.body.at).toBe(b.tooEarly.startsAt - 30 * 60_000);
    const late = await api(hub.url, 'POST', '/kiosk/check-in', kiosk, { code: b.tooLate.code });
    expect(late.body.code).toBe('too_late');
    expect((await api(hub.url, 'POST', '/kiosk/check-in', kiosk, { code: '!' })).body.code).toBe(
      'validation',
    );
  });

  it('the window rule: open from earlyMinutes before to lateMinutes after', () => {
    const w = { earlyMinutes: 30, lateMinutes: 15 };
    const at = 10 * 3600_000;
    expect(checkInTiming(at, at - 31 * 60_000, w)).toMatchObject({ ok: false, code: 'too_early' });
    expect(checkInTiming(at, at - 30 * 60_000, w)).toEqual({ ok: true });
    expect(checkInTiming(at, at + 15 * 60_000, w)).toEqual({ ok: true });
    expect(checkInTiming(at, at + 15 * 60_000 + 1, w)).toMatchObject({ ok: false, code: 'too_late' });
  });
});

describe('feedback', () => {
  it('is refused for a visit not finished, and for unknown tickets and faces', async () => {
    const t = await issue('tap-feedback-00001');
    const token = t.statusPath.split('/').pop();
    expect((await api(hub.url, 'POST', '/feedback', undefined, { token, face: 'happy' })).body.code).toBe(
      'visit_not_finished',
    );
    expect((await api(hub.url, 'POST', '/feedback', undefined, { token, face: 'angry' })).body.code).toBe(
      'validation',
    );
    const none = await api(hub.url, 'POST', '/feedback', undefined, { token: 'x'.repeat(20), face: 'happy' });
    expect(none.status).toBe(404);
    expect(hub.hub.db.prepare('SELECT count(*) AS n FROM feedback').get()).toEqual({ n: 0 });
  });
});

describe('settings', () => {
  it('are served to kiosks and validated from the environment', async () => {
    const r = await api(hub.url, 'GET', '/kiosk/settings', kiosk);
    expect(r.body).toMatchObject({
      idleSeconds: 90,
      warningSeconds: 30,
      checkIn: { earlyMinutes: 30, lateMinutes: 15 },
    });
    expect(() => kioskSettingsFromEnv({ DAWR_KIOSK_WARNING_SECONDS: '5' })).toThrow(/warningSeconds/);
    expect(() => kioskSettingsFromEnv({ DAWR_KIOSK_PRINTERS: '{' })).toThrow(/JSON/);
    expect(() =>
      kioskSettingsFromEnv({
        DAWR_KIOSK_PRINTERS: JSON.stringify({
          k1: { connection: 'tcp://10.0.0.9:9100', type: 'star', mode: 'text' },
        }),
      }),
    ).toThrow(/bitmap mode only/);
    expect(() => kioskSettingsFromEnv({ DAWR_KIOSK_PRINTERS: '{"k1":{"connection":"ftp://x"}}' })).toThrow(
      /DAWR_KIOSK_PRINTERS/,
    );
    const ok = kioskSettingsFromEnv({ DAWR_KIOSK_PRINTERS: '{"k1":{"connection":"tcp://127.0.0.1:9100"}}' });
    expect(ok.printers.k1).toMatchObject({ id: 'k1', connection: { kind: 'tcp', port: 9100 } });
  });
});
