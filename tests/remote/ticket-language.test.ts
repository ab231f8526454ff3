/**
 * `POST /api/v1/public/tickets/:token/language` (#19): the language chosen on the phone becomes the
 * visit's, with its event and outbox row, and the next SMS is in it; every refusal changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_BUNDLES } from '../../shared/i18n/locales/all.js';
import { api, KIOSK_KEY, login } from '../support/hub.js';
import { joinRemotely, startPhoneHub, type PhoneHub } from './support.js';

let hub: PhoneHub;
beforeEach(async () => {
  hub = await startPhoneHub();
});
afterEach(async () => hub.cleanup());

const tokenOf = (statusPath: unknown) => String(statusPath).replace('/t/', '');
const choose = (token: string, body: unknown) =>
  api(hub.url, 'POST', `/public/tickets/${token}/language`, undefined, body);
/** What a refusal must leave alone: the visits' languages, the event log and the outbox. */
const written = () => ({
  languages: [...hub.hub.state.visits.values()].map((v) => `${v.ticket}:${v.language}`),
  events: hub.hub.db.prepare('SELECT COUNT(*) AS n FROM visit_events').get(),
  outbox: hub.hub.db.prepare('SELECT COUNT(*) AS n FROM outbox').get(),
  stored: hub.hub.db.prepare("SELECT json_extract(doc, '$.language') AS l FROM visits ORDER BY id").all(),
});

let keySeq = 0;
async function kioskTicket(): Promise<string> {
  const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: `ticket-language-${++keySeq}`,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return tokenOf(r.body.statusPath);
}

describe('the language chosen on the phone', () => {
  it('becomes the visit’s: event and outbox row together, the stored visit, the status answer', async () => {
    const token = await kioskTicket();
    const r = await choose(token, { language: 'ur' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: { status: 'waiting', language: 'ur' } });
    const visit = [...hub.hub.state.visits.values()][0]!;
    expect(visit.language).toBe('ur');
    const events = hub.hub.db
      .prepare(
        "SELECT e.seq, e.actor, e.data, o.seq AS outboxSeq FROM visit_events e LEFT JOIN outbox o ON o.seq = e.seq WHERE e.type = 'visit.language_changed'",
      )
      .all() as { seq: number; actor: string; data: string; outboxSeq: number | null }[];
    expect(events).toHaveLength(1);
    expect(events[0]!.outboxSeq).toBe(events[0]!.seq);
    expect(JSON.parse(events[0]!.actor)).toEqual({ kind: 'public' });
    expect(JSON.parse(events[0]!.data)).toMatchObject({ language: 'ur', fromLanguage: 'ar' });
    expect(written().stored).toEqual([{ l: 'ur' }]);
    expect((await api(hub.url, 'GET', `/public/tickets/${token}`)).body.language).toBe('ur');

    // The same language again: answered, nothing more written.
    const before = written();
    expect((await choose(token, { language: 'ur' })).status).toBe(200);
    expect(written()).toEqual(before);
  });

  it('refuses an unknown language code with 400 and changes nothing', async () => {
    const token = await kioskTicket();
    const before = written();
    for (const body of [
      { language: 'xx' },
      { language: 'de' },
      { language: 'UR' },
      { language: 7 },
      {},
      { language: 'ur', extra: true },
    ]) {
      const r = await choose(token, body);
      expect({ body, status: r.status, code: r.body.code }).toEqual({
        body,
        status: 400,
        code: 'validation',
      });
    }
    expect(written()).toEqual(before);
  });

  it('refuses an unknown token with 404 and changes nothing', async () => {
    await kioskTicket();
    const before = written();
    const r = await choose('not-a-real-token', { language: 'ur' });
    expect(r).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect(written()).toEqual(before);
  });

  it('refuses a finished visit with 409, today’s and an earlier day’s, and changes nothing', async () => {
    const token = await kioskTicket();
    expect((await api(hub.url, 'POST', `/public/tickets/${token}/cancel`)).status).toBe(200);
    const before = written();
    expect(await choose(token, { language: 'ur' })).toMatchObject({
      status: 409,
      body: { code: 'invalid_transition' },
    });
    expect(written()).toEqual(before);

    // Two days on, the finished visit has left memory; its page still opens from the store.
    hub.clock.advance(2 * 24 * 3600_000);
    hub.hub.forgetOldVisits();
    expect(hub.hub.state.tokens.get(token)).toBeUndefined();
    expect(await choose(token, { language: 'ur' })).toMatchObject({
      status: 409,
      body: { code: 'invalid_transition' },
    });
    expect(written().stored).toEqual(before.stored);
  });

  it('is limited per client like the other public writes: 429, and the refused choice changes nothing', async () => {
    const saved = process.env.DAWR_PUBLIC_WRITES_PER_MINUTE;
    process.env.DAWR_PUBLIC_WRITES_PER_MINUTE = '2';
    let limited: PhoneHub;
    try {
      limited = await startPhoneHub();
    } finally {
      if (saved === undefined) delete process.env.DAWR_PUBLIC_WRITES_PER_MINUTE;
      else process.env.DAWR_PUBLIC_WRITES_PER_MINUTE = saved;
    }
    try {
      const issued = await api(limited.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
        serviceId: 'eid-renew',
        idempotencyKey: 'ticket-language-limited',
      });
      const path = `/public/tickets/${tokenOf(issued.body.statusPath)}/language`;
      const statuses = [];
      for (const language of ['ur', 'hi', 'bn'])
        statuses.push((await api(limited.url, 'POST', path, undefined, { language })).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect([...limited.hub.state.visits.values()].map((v) => v.language)).toEqual(['hi']);
    } finally {
      await limited.cleanup();
    }
  });

  it('sends the next SMS, "called", in the language chosen after joining (not to the one who did not switch)', async () => {
    const joined = await joinRemotely(hub, '0507770011');
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    const stayed = await joinRemotely(hub, '0507770022');
    expect(stayed.status, JSON.stringify(stayed.body)).toBe(200);
    const ticket = String(joined.body.ticket);
    expect((await choose(tokenOf(joined.body.statusPath), { language: 'ur' })).status).toBe(200);

    const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    await api(hub.url, 'POST', '/counters/c1/open', agent);
    const called = await api(hub.url, 'POST', '/counters/c1/call-next', agent);
    expect(called.body).toMatchObject({ ticket, language: 'ur' });
    const counter = hub.hub.catalogue.counters.find((c) => c.id === 'c1')!.label;
    const calledIn = (template: string, t: string) =>
      template.replace('{{ticket}}', t).replace('{{counter}}', counter);
    const textsTo = (to: string) => hub.sms.sent.filter((s) => s.to === to).map((s) => s.text);
    await expect
      .poll(() => textsTo('+971507770011'))
      .toContain(calledIn(LOCALES.ur.namespaces.statusPage.smsCalled, ticket));

    // The control: the other phone kept Arabic, and its call comes in Arabic.
    await api(hub.url, 'POST', `/counters/c1/start/${String(called.body.id)}`, agent);
    await api(hub.url, 'POST', `/counters/c1/complete/${String(called.body.id)}`, agent, {
      services: [{ serviceId: 'eid-renew', outcome: 'done' }],
    });
    expect((await api(hub.url, 'POST', '/counters/c1/call-next', agent)).body).toMatchObject({
      ticket: stayed.body.ticket,
      language: 'ar',
    });
    await expect
      .poll(() => textsTo('+971507770022'))
      .toContain(calledIn(SOURCE_BUNDLES.ar.namespaces.statusPage.smsCalled, String(stayed.body.ticket)));
  });
});
