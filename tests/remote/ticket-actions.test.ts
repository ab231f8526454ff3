/** Running late, cancel and the phone notifications, through the hub's public routes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, login } from '../support/hub.js';
import { joinRemotely, startPhoneHub, type PhoneHub } from './support.js';

let hub: PhoneHub;
beforeEach(async () => {
  hub = await startPhoneHub({ latePlaces: 2, maxPostpones: 2, notifyWhenAhead: 2 });
});
afterEach(async () => hub.cleanup());

let keySeq = 0;
const kioskTicket = () =>
  api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: `actions-test-${++keySeq}`,
  });
const tokenOf = (statusPath: unknown) => String(statusPath).replace('/t/', '');
const position = async (token: string) =>
  (await api(hub.url, 'GET', `/public/tickets/${token}`)).body.position;

describe('ticket actions from the phone', () => {
  it('moves a ticket back the configured places, at most the configured times', async () => {
    const mine = tokenOf((await kioskTicket()).body.statusPath);
    for (let i = 0; i < 5; i++) await kioskTicket();
    expect((await api(hub.url, 'GET', `/public/tickets/${mine}/options`)).body).toEqual({
      canPostpone: true,
      canCancel: true,
      latePlaces: 2,
      postponesLeft: 2,
      notifiedBySms: false,
    });
    const first = await api(hub.url, 'POST', `/public/tickets/${mine}/late`);
    expect(first.body).toMatchObject({ moved: true, status: { position: 3 }, options: { postponesLeft: 1 } });
    await api(hub.url, 'POST', `/public/tickets/${mine}/late`);
    expect(await position(mine)).toBe(5);
    const third = await api(hub.url, 'POST', `/public/tickets/${mine}/late`);
    expect(third).toMatchObject({ status: 409, body: { code: 'postpone_limit' } });
    expect(await position(mine)).toBe(5);
    const events = hub.hub.db
      .prepare("SELECT actor FROM visit_events WHERE type = 'visit.postponed'")
      .all() as { actor: string }[];
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[0]!.actor)).toEqual({ kind: 'public' });
  });

  it('moves a ticket back at most the configured times however many requests arrive at once', async () => {
    const mine = tokenOf((await kioskTicket()).body.statusPath);
    for (let i = 0; i < 5; i++) await kioskTicket();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api(hub.url, 'POST', `/public/tickets/${mine}/late`)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    for (const r of results.filter((x) => x.status !== 200))
      expect(r).toMatchObject({ status: 409, body: { code: 'postpone_limit' } });
    const postponed = hub.hub.db
      .prepare("SELECT COUNT(*) AS n FROM visit_events WHERE type = 'visit.postponed'")
      .get() as { n: number };
    expect(postponed.n).toBe(2);
    expect(await position(mine)).toBe(5);
    expect((await api(hub.url, 'GET', `/public/tickets/${mine}/options`)).body).toMatchObject({
      canPostpone: false,
      postponesLeft: 0,
    });
  });

  it('answers moved: false to a request beside another that found the ticket already last', async () => {
    const mine = tokenOf((await kioskTicket()).body.statusPath);
    // One ticket behind: the first "late" moves mine to the end; a second has nowhere to move it.
    await kioskTicket();
    // The hub decides nothing until both requests have looked the ticket up, so a route that
    // answered from its own earlier look would see "moved" in a change the other request made.
    let lookups = 0;
    let bothLookedUp = () => {};
    const lookedUp = new Promise<void>((resolve) => (bothLookedUp = resolve));
    const tokens = hub.hub.state.tokens;
    const lookUp = tokens.get.bind(tokens);
    tokens.get = (token: string) => {
      if (token === mine && ++lookups === 2) bothLookedUp();
      return lookUp(token);
    };
    const execute = hub.hub.execute.bind(hub.hub);
    hub.hub.execute = async (...args: Parameters<typeof execute>) => {
      await lookedUp;
      return execute(...args);
    };
    const answers = await Promise.all([1, 2].map(() => api(hub.url, 'POST', `/public/tickets/${mine}/late`)));
    expect(answers.map((a) => [a.status, a.body.moved]).sort()).toEqual([
      [200, false],
      [200, true],
    ]);
    expect(await position(mine)).toBe(2);
  });

  it('does not hold one ticket\'s "late" behind another ticket\'s commit that has not finished', async () => {
    const slow = tokenOf((await kioskTicket()).body.statusPath);
    const other = tokenOf((await kioskTicket()).body.statusPath);
    for (let i = 0; i < 3; i++) await kioskTicket();
    const slowId = hub.hub.state.tokens.get(slow)!;
    // The slow ticket's postpone waits until released; the other ticket's goes straight through.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let slowStarted = () => {};
    const slowWaiting = new Promise<void>((resolve) => (slowStarted = resolve));
    const execute = hub.hub.execute.bind(hub.hub);
    hub.hub.execute = async (...args: Parameters<typeof execute>) => {
      if ((args[1] as { visitId?: string }).visitId === slowId) {
        slowStarted();
        await released;
      }
      return execute(...args);
    };
    const slowAnswer = api(hub.url, 'POST', `/public/tickets/${slow}/late`);
    await slowWaiting;
    const otherAnswer = await api(hub.url, 'POST', `/public/tickets/${other}/late`);
    expect(otherAnswer).toMatchObject({ status: 200, body: { moved: true } });
    release();
    expect(await slowAnswer).toMatchObject({ status: 200, body: { moved: true } });
  });

  it('cancels a waiting ticket, then refuses to touch it again', async () => {
    const mine = tokenOf((await kioskTicket()).body.statusPath);
    const r = await api(hub.url, 'POST', `/public/tickets/${mine}/cancel`);
    expect(r.body).toMatchObject({ status: { status: 'cancelled' } });
    expect((await api(hub.url, 'POST', `/public/tickets/${mine}/cancel`)).body.code).toBe(
      'invalid_transition',
    );
    expect((await api(hub.url, 'POST', `/public/tickets/${mine}/late`)).body.code).toBe('invalid_transition');
    expect((await api(hub.url, 'GET', `/public/tickets/${mine}/options`)).body).toMatchObject({
      canPostpone: false,
      canCancel: false,
    });
  });

  it('answers not_found for an unknown token and changes nothing', async () => {
    await kioskTicket();
    for (const [method, path] of [
      ['GET', '/options'],
      ['POST', '/late'],
      ['POST', '/cancel'],
    ] as const)
      expect(await api(hub.url, method, `/public/tickets/not-a-real-token${path}`)).toMatchObject({
        status: 404,
        body: { code: 'not_found' },
      });
    expect([...hub.hub.state.visits.values()].map((v) => v.status)).toEqual(['waiting']);
  });
});

describe('notifications', () => {
  it('sends one SMS when few enough are ahead and one when called, each once', async () => {
    for (let i = 0; i < 3; i++) await kioskTicket();
    const joined = await joinRemotely(hub, '0507778888');
    expect(joined.status).toBe(200);
    const mine = '+971507778888';
    const texts = () => hub.sms.sent.filter((s) => s.to === mine && !/\d{6}/.test(s.text)).map((s) => s.text);
    expect(texts()).toEqual([]);
    const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    await api(hub.url, 'POST', '/counters/c1/open', agent);
    const serveNext = async () => {
      const v = (await api(hub.url, 'POST', '/counters/c1/call-next', agent)).body as {
        id: string;
        ticket: string;
      };
      if (v.ticket === joined.body.ticket) return;
      await api(hub.url, 'POST', `/counters/c1/start/${v.id}`, agent);
      await api(hub.url, 'POST', `/counters/c1/complete/${v.id}`, agent, {
        services: [{ serviceId: 'eid-renew', outcome: 'done' }],
      });
    };
    await serveNext(); // 2 ahead now (one called, gone from the line)
    await expect.poll(texts).toEqual(['دور: تذكرتك A004، أمامك 2 أشخاص. يرجى الاقتراب من المركز.']);
    await serveNext();
    await serveNext();
    await serveNext(); // calls A004
    await expect.poll(() => texts().length).toBe(2);
    expect(texts()[1]).toBe('دور: حان دور تذكرتك A004. توجّه إلى الكاونتر 1.');
    const v = [...hub.hub.state.visits.values()].find((x) => x.ticket === 'A004')!;
    await api(hub.url, 'POST', `/counters/c1/recall/${v.id}`, agent);
    await new Promise((r) => setTimeout(r, 50));
    expect(texts()).toHaveLength(2);
  });
});
