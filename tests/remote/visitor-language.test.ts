/**
 * A visitor's language travels with a remote join and a push subscription (issue #19): the code
 * SMS, the notifications and the stored rows are in it; a language outside the registry is refused
 * with 400 and nothing is written or sent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notificationText, pushText } from '../../main/hub/features/remote/notifier.js';
import { LOCALES, SOURCE_BUNDLES } from '../../shared/i18n/locales/all.js';
import { api, KIOSK_KEY } from '../support/hub.js';
import { TestBrowserSubscription } from './push-service.js';
import { newDeviceId, startPhoneHub, type PhoneHub } from './support.js';

let hub: PhoneHub;
beforeEach(async () => {
  hub = await startPhoneHub({ pushAllowLocalHttp: true });
});
afterEach(async () => hub.cleanup());

const ask = (body: Record<string, unknown>) => api(hub.url, 'POST', '/remote/code', undefined, body);
const rows = (table: string) =>
  (hub.hub.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('a visitor language on the phone', () => {
  it('sends the code in Malayalam and the ticket keeps Malayalam', async () => {
    const deviceId = newDeviceId();
    const asked = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId, language: 'ml' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const code = hub.sms.codeFor('+971501234567');
    // Its lifetime counted in Malayalam words, in the Latin digits Malayalam is written with (#15).
    expect(hub.sms.sent[0]!.text).toBe(
      LOCALES.ml.namespaces.join.smsCode.replace('{{code}}', code).replace('{{validFor}}', '5 മിനിറ്റ്'),
    );
    expect(asked.body.validMinutes).toBe(5);
    expect(hub.hub.db.prepare('SELECT language FROM remote_codes').get()).toEqual({ language: 'ml' });
    const joined = await api(hub.url, 'POST', '/remote/join', undefined, {
      requestId: asked.body.requestId,
      code,
      deviceId,
    });
    expect(joined.status).toBe(200);
    const visit = [...hub.hub.state.visits.values()][0]!;
    expect(visit.language).toBe('ml');

    // The SMS and push texts follow it: Malayalam, the numbers filled in.
    expect(notificationText(hub.hub, visit, 'ahead', 3)).toBe(
      LOCALES.ml.namespaces.statusPage.smsAhead.replace('{{ticket}}', visit.ticket).replace('{{count}}', '3'),
    );
    const called = notificationText(hub.hub, { ...visit, counterId: 'c1' }, 'called', 0);
    expect(called).toContain(visit.ticket);
    expect(called).toContain('കൗണ്ടർ');
    expect(pushText(hub.hub, visit, 'ahead', 2)('ur')).toEqual({
      title: LOCALES.ur.namespaces.statusPage.pushAheadTitle.replace('{{ticket}}', visit.ticket),
      body: LOCALES.ur.namespaces.statusPage.pushAheadBody.replace('{{count}}', '2'),
    });
    // Arabic stays Arabic.
    expect(pushText(hub.hub, visit, 'called', 0)('ar').title).toBe(
      SOURCE_BUNDLES.ar.namespaces.statusPage.pushCalledTitle.replace('{{ticket}}', visit.ticket),
    );
  });

  it('refuses a language outside the registry: 400, no code stored, no SMS sent', async () => {
    for (const language of ['xx', 'de', 'AR', 7]) {
      const r = await ask({
        serviceId: 'eid-renew',
        mobile: '0501234567',
        deviceId: newDeviceId(),
        language,
      });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation', message: expect.any(String) });
    }
    expect(rows('remote_codes')).toBe(0);
    expect(hub.sms.sent).toHaveLength(0);
  });

  it('keeps a push subscription in Urdu and refuses an unknown language', async () => {
    const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: 'visitor-language-push',
    });
    const token = String(issued.body.statusPath).replace('/t/', '');
    const browser = new TestBrowserSubscription('http://127.0.0.1:9/push/ur');
    const refused = await api(hub.url, 'POST', `/public/tickets/${token}/push`, undefined, {
      ...browser.toJSON(),
      language: 'xx',
    });
    expect(refused.status).toBe(400);
    expect(rows('remote_push_subscriptions')).toBe(0);
    const ok = await api(hub.url, 'POST', `/public/tickets/${token}/push`, undefined, {
      ...browser.toJSON(),
      language: 'ur',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(hub.hub.db.prepare('SELECT language FROM remote_push_subscriptions').get()).toEqual({
      language: 'ur',
    });
  });
});
