/**
 * The assistant's live answers on a real hub (issue #16): the visitor's own ticket and counter,
 * fees and days from the service forms, hours from the catalogue, the current wait from the
 * estimate, "not at this centre", and the redacted log of unanswered questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssistantAnswer, UnansweredList } from '../../shared/domain/assistant/contract.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let manager: string;
let agent: string;
const kiosk = `Device ${KIOSK_KEY}`;

const ask = async (question: string, language: 'ar' | 'en', ticketNumber?: string) => {
  const r = await api(hub.url, 'POST', '/assistant/ask', kiosk, {
    question,
    language,
    ...(ticketNumber ? { ticketNumber } : {}),
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  // The kiosk validates with the same schema.
  return AssistantAnswer.parse(r.body);
};

beforeAll(async () => {
  hub = await startTestHub();
  manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
});
afterAll(async () => hub?.cleanup());

describe('live answers', () => {
  it('asks for the ticket number when none came with "where is my counter"', async () => {
    const a = await ask('وين الكاونتر حقي؟', 'ar');
    expect(a).toMatchObject({ outcome: 'answered', kind: 'my-counter', source: 'ticket' });
    expect(a.facts?.ticket).toEqual({ state: 'need_number' });
  });

  it('answers from the visitor’s own ticket: people ahead, then the counter once called', async () => {
    const first = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: 'assistant-live-1',
    });
    const second = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: 'assistant-live-2',
    });
    const mine = (second.body.visit as { ticket: string }).ticket;
    const firstTicket = (first.body.visit as { ticket: string }).ticket;

    const waiting = await ask('where is my counter', 'en', mine);
    expect(waiting.facts?.ticket).toEqual({ state: 'waiting', number: mine, ahead: 1 });

    expect((await api(hub.url, 'POST', '/counters/c1/open', agent, {})).status).toBe(200);
    expect((await api(hub.url, 'POST', '/counters/c1/call-next', agent, {})).status).toBe(200);
    // The number written in the question wins over the one the kiosk sent.
    const called = await ask(`رقمي ${firstTicket} وين اروح؟`, 'ar', mine);
    expect(called.facts?.ticket).toEqual({ state: 'called', number: firstTicket, counter: '1' });

    const unknown = await ask('which counter do i go to', 'en', 'Z999');
    expect(unknown.facts?.ticket).toEqual({ state: 'unknown', number: 'Z999' });
  });

  it('gives fees and processing days from the service form, saying so', async () => {
    const fees = await ask('كم رسوم تجديد بطاقة الهوية؟', 'ar');
    expect(fees).toMatchObject({ kind: 'fees', source: 'forms', handover: false });
    expect(fees.services[0]!.id).toBe('eid-renew');
    expect(fees.facts?.totalAed).toBe(140);
    const days = await ask('how many days does residency renewal take', 'en');
    expect(days).toMatchObject({ kind: 'duration', source: 'forms' });
    expect(days.facts).toMatchObject({ processingDays: 3 });
  });

  it('gives opening hours from the catalogue and the current wait from the estimate', async () => {
    const hours = await ask('what time do you close today', 'en');
    expect(hours).toMatchObject({ kind: 'opening-hours', source: 'catalogue' });
    expect(hours.facts?.openingHours).toHaveLength(7);
    const wait = await ask('كم مدة الانتظار الآن في قسم المرور؟', 'ar');
    expect(wait).toMatchObject({ kind: 'current-wait', source: 'estimate' });
    expect(wait.facts?.waits?.map((w) => w.queueId)).toEqual(['q-traffic']);
  });

  it('says "not at this centre" with where to go for a service offered elsewhere', async () => {
    const a = await ask('how to get a trade license', 'en');
    expect(a).toMatchObject({ outcome: 'not_offered', handover: false, kind: 'not-offered', services: [] });
    expect(a.facts?.elsewhere?.url).toMatch(/^https:\/\//);
  });

  it('refuses a malformed ticket number and changes nothing', async () => {
    const r = await api(hub.url, 'POST', '/assistant/ask', kiosk, {
      question: 'where is my counter',
      language: 'en',
      ticketNumber: '784-1234-1234567-1',
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('validation');
  });
});

describe('the centre learns', () => {
  it('lists unanswered questions, redacted and grouped, to managers only', async () => {
    expect((await api(hub.url, 'GET', '/assistant/unanswered', kiosk)).status).toBe(403);
    await ask('Is there a locker for my bag? my mobile is 0501234567', 'en');
    await ask('is there a locker for my bag? my mobile is 0559876543', 'en');
    const r = await api(hub.url, 'GET', '/assistant/unanswered', manager);
    const list = UnansweredList.parse(r.body).unanswered;
    const group = list.find((g) => g.key.includes('locker'));
    expect(group).toMatchObject({ count: 2, language: 'en' });
    expect(JSON.stringify(list.map((g) => [g.key, g.example]))).not.toMatch(/\d{4}/);
  });
});
