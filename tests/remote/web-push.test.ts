/** Web push from the hub to a ticket's status page, against a real (local) push service. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PushMessage } from '../../shared/contract/remote.js';
import { endpointAllowed } from '../../main/hub/features/remote/push-routes.js';
import { pushSubscriptionOf } from '../../main/hub/features/remote/push-store.js';
import { keyringPath, loadKeyring } from '../../main/hub/core/personal-data/keyring.js';
import { PersonalDataSealer } from '../../main/hub/core/personal-data/sealer.js';
import { api, KIOSK_KEY, login } from '../support/hub.js';
import {
  startPushService,
  TestBrowserSubscription,
  verifyVapid,
  type TestPushService,
} from './push-service.js';
import { startPhoneHub, type PhoneHub } from './support.js';

let hub: PhoneHub;
let pushService: TestPushService;
beforeEach(async () => {
  hub = await startPhoneHub({ notifyWhenAhead: 2, pushAllowLocalHttp: true });
  pushService = await startPushService();
});
afterEach(async () => {
  await hub.cleanup();
  await pushService.close();
});

let keySeq = 0;
const kioskTicket = async () => {
  const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: `push-test-${++keySeq}`,
  });
  return {
    ticket: String((r.body.visit as { ticket: string }).ticket),
    token: String(r.body.statusPath).replace('/t/', ''),
  };
};
/** The stored subscriptions, opened with the hub's keyring (endpoints and keys are sealed at rest). */
const subscriptionRows = () => {
  const sealer = new PersonalDataSealer(loadKeyring(keyringPath(hub.dir)));
  const ids = hub.hub.db.prepare('SELECT visit_id FROM remote_push_subscriptions').all() as {
    visit_id: string;
  }[];
  return ids.map(({ visit_id }) => {
    const s = pushSubscriptionOf(hub.hub.db, sealer, visit_id)!;
    return { visit_id, endpoint: s.endpoint, language: s.language };
  });
};

async function openCounter() {
  const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
  await api(hub.url, 'POST', '/counters/c1/open', agent);
  return {
    agent,
    /** Calls the next ticket; serves it to the end unless it is `keep`. */
    async next(keep: string) {
      const v = (await api(hub.url, 'POST', '/counters/c1/call-next', agent)).body as {
        id: string;
        ticket: string;
      };
      if (v.ticket === keep) return v;
      await api(hub.url, 'POST', `/counters/c1/start/${v.id}`, agent);
      await api(hub.url, 'POST', `/counters/c1/complete/${v.id}`, agent, {
        services: [{ serviceId: 'eid-renew', outcome: 'done' }],
      });
      return v;
    },
  };
}

describe('web push', () => {
  it('gives its VAPID public key and keeps the same one', async () => {
    const first = await api(hub.url, 'GET', '/public/push/key');
    expect(first.status).toBe(200);
    expect(Buffer.from(String(first.body.publicKey), 'base64url')).toHaveLength(65);
    expect((await api(hub.url, 'GET', '/public/push/key')).body).toEqual(first.body);
    expect(hub.hub.db.prepare('SELECT public_key AS k FROM remote_push_keys').all()).toEqual([
      { k: first.body.publicKey },
    ]);
  });

  it('sends encrypted, VAPID-signed pushes when 2 are ahead and when called, in the page language', async () => {
    for (let i = 0; i < 3; i++) await kioskTicket();
    const mine = await kioskTicket();
    const browser = new TestBrowserSubscription(`${pushService.url}/push/abc123`);
    const subscribed = await api(hub.url, 'POST', `/public/tickets/${mine.token}/push`, undefined, {
      ...browser.toJSON(),
      language: 'en',
    });
    expect(subscribed).toMatchObject({ status: 201, body: { subscribed: true } });
    const hubKey = String((await api(hub.url, 'GET', '/public/push/key')).body.publicKey);

    const counter = await openCounter();
    await counter.next(mine.ticket); // one called: 2 ahead now
    await expect.poll(() => pushService.received.length).toBe(1);
    await counter.next(mine.ticket);
    await counter.next(mine.ticket);
    const called = await counter.next(mine.ticket);
    expect(called.ticket).toBe(mine.ticket);
    await expect.poll(() => pushService.received.length).toBe(2);

    const messages = pushService.received.map((r) => {
      expect(r.path).toBe('/push/abc123');
      expect(r.headers['content-encoding']).toBe('aes128gcm');
      expect(r.headers['content-type']).toBe('application/octet-stream');
      expect(Number(r.headers.ttl)).toBeGreaterThan(0);
      const vapid = verifyVapid(String(r.headers.authorization));
      expect(vapid.key).toBe(hubKey);
      expect(vapid.claims).toMatchObject({
        aud: pushService.url,
        sub: expect.stringMatching(/^mailto:|^https:/),
      });
      return PushMessage.parse(JSON.parse(browser.decrypt(r.body)));
    });
    expect(messages).toEqual([
      {
        kind: 'ahead',
        language: 'en',
        title: `Ticket ${mine.ticket}`,
        body: '2 people ahead of you. Please come close to the centre.',
        url: `/t/${mine.token}`,
      },
      {
        kind: 'called',
        language: 'en',
        title: `Your turn: ${mine.ticket}`,
        body: 'Please go to counter 1.',
        url: `/t/${mine.token}`,
      },
    ]);
    expect(pushService.received[1]!.headers.urgency).toBe('high');

    // The visit ends: the subscription goes with it.
    await api(hub.url, 'POST', `/counters/c1/start/${called.id}`, counter.agent);
    await api(hub.url, 'POST', `/counters/c1/complete/${called.id}`, counter.agent, {
      services: [{ serviceId: 'eid-renew', outcome: 'done' }],
    });
    await expect.poll(subscriptionRows).toEqual([]);
    expect(pushService.received).toHaveLength(2);
  });

  it('shows Arabic when the page was in Arabic', async () => {
    const mine = await kioskTicket();
    const browser = new TestBrowserSubscription(`${pushService.url}/push/ar`);
    await api(hub.url, 'POST', `/public/tickets/${mine.token}/push`, undefined, browser.toJSON());
    const counter = await openCounter();
    await counter.next(mine.ticket);
    await expect.poll(() => pushService.received.length).toBe(2); // ahead (0 ahead) then called
    const called = PushMessage.parse(JSON.parse(browser.decrypt(pushService.received[1]!.body)));
    expect(called).toMatchObject({ kind: 'called', language: 'ar', body: 'توجّه إلى الكاونتر 1.' });
  });

  it('deletes the subscription when the push service says it is gone (410)', async () => {
    await kioskTicket();
    const mine = await kioskTicket();
    pushService.answerWith = 410;
    const browser = new TestBrowserSubscription(`${pushService.url}/push/gone`);
    await api(hub.url, 'POST', `/public/tickets/${mine.token}/push`, undefined, browser.toJSON());
    expect(subscriptionRows()).toHaveLength(1);
    const counter = await openCounter();
    await counter.next(mine.ticket); // 0 ahead: the "ahead" push is sent and refused with 410
    await expect.poll(() => pushService.received.length).toBe(1);
    await expect.poll(subscriptionRows).toEqual([]);
    // The queue carried on regardless.
    expect((await counter.next(mine.ticket)).ticket).toBe(mine.ticket);
  });

  it('refuses an invalid subscription with a clear error and stores nothing', async () => {
    const mine = await kioskTicket();
    const good = new TestBrowserSubscription(`${pushService.url}/push/x`).toJSON();
    const bad: [unknown, RegExp][] = [
      [{}, /endpoint/],
      [{ ...good, endpoint: 'not a url' }, /endpoint/],
      [{ ...good, endpoint: 'ftp://push.example.com/x' }, /endpoint: the endpoint must be https/],
      [
        { ...good, endpoint: 'http://push.example.com/x' },
        /endpoint: the push service address must be https/,
      ],
      [{ ...good, endpoint: 'http://localhost:9/x' }, /must be https/],
      [
        { ...good, keys: { ...good.keys, p256dh: 'AAAA' } },
        /keys\.p256dh: p256dh must be a 65-byte P-256 key/,
      ],
      [{ ...good, keys: { ...good.keys, auth: 'not base64url!' } }, /keys\.auth/],
      [{ ...good, keys: { p256dh: good.keys.p256dh } }, /keys\.auth/],
      [{ ...good, language: 'fr' }, /language/],
    ];
    for (const [body, message] of bad) {
      const r = await api(hub.url, 'POST', `/public/tickets/${mine.token}/push`, undefined, body);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('validation');
      expect(String(r.body.message)).toMatch(message);
    }
    const unknown = await api(hub.url, 'POST', '/public/tickets/no-such-token/push', undefined, good);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect(subscriptionRows()).toEqual([]);
  });

  it('allows plain http only to 127.0.0.1 and only with the test flag', () => {
    expect(endpointAllowed('https://fcm.googleapis.com/fcm/send/x', false)).toBe(true);
    expect(endpointAllowed('http://127.0.0.1:8080/x', false)).toBe(false);
    expect(endpointAllowed('http://127.0.0.1:8080/x', true)).toBe(true);
    expect(endpointAllowed('http://192.168.1.5/x', true)).toBe(false);
  });

  it('keeps one subscription per ticket: a second replaces the first', async () => {
    const mine = await kioskTicket();
    for (const path of ['first', 'second'])
      await api(
        hub.url,
        'POST',
        `/public/tickets/${mine.token}/push`,
        undefined,
        new TestBrowserSubscription(`${pushService.url}/push/${path}`).toJSON(),
      );
    expect(subscriptionRows()).toEqual([
      expect.objectContaining({ endpoint: `${pushService.url}/push/second`, language: 'ar' }),
    ]);
  });
});
