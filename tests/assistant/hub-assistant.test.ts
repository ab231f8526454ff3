/** The assistant and FAQ routes on a real hub: ask, limits, refusals, and audited FAQ edits applied live. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let manager: string;
const kiosk = `Device ${KIOSK_KEY}`;

beforeAll(async () => {
  hub = await startTestHub();
  manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
});
afterAll(async () => hub?.cleanup());

describe('POST /api/v1/assistant/ask', () => {
  it('answers a kiosk question with the service and its documents', async () => {
    const r = await api(hub.url, 'POST', '/assistant/ask', kiosk, {
      question: 'كيف أجدد الهوية؟',
      language: 'ar',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ handover: false, outcome: 'answered' });
    const services = r.body.services as { id: string; documents: { ar: string }[] }[];
    expect(services[0]!.id).toBe('eid-renew');
    expect(services[0]!.documents.length).toBeGreaterThan(0);
  });

  it('answers the public too, and hands over when it does not understand', async () => {
    const r = await api(hub.url, 'POST', '/assistant/ask', undefined, {
      question: 'asdkjh qwe zzzz',
      language: 'en',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ handover: true, outcome: 'not_understood' });
    // Issue #16: a question outside government services says so, and still hands over.
    const joke = await api(hub.url, 'POST', '/assistant/ask', undefined, {
      question: 'tell me a joke',
      language: 'en',
    });
    expect(joke.body).toMatchObject({ handover: true, outcome: 'out_of_scope' });
  });

  it('refuses bad input with { code, message }', async () => {
    for (const body of [
      {},
      { question: '', language: 'ar' },
      { question: 'x'.repeat(301), language: 'en' },
      { question: 'hi', language: 'fr' },
    ]) {
      const r = await api(hub.url, 'POST', '/assistant/ask', kiosk, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.code).toBe('validation');
    }
    const big = await api(hub.url, 'POST', '/assistant/ask', kiosk, {
      question: 'x'.repeat(5000),
      language: 'en',
    });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('payload_too_large');
    const wrongKey = await api(hub.url, 'POST', '/assistant/ask', 'Device nope', {
      question: 'hours',
      language: 'en',
    });
    expect(wrongKey.status).toBe(401);
  });
});

describe('FAQ management', () => {
  const entry = {
    id: 'lost-property',
    question: { ar: 'أين المفقودات؟', en: 'Where is lost property?' },
    variants: { ar: ['نسيت شنطتي في الصالة'], en: ['I left my bag in the hall'] },
    answer: { ar: 'المفقودات عند مكتب الاستقبال.', en: 'Lost property is kept at the reception desk.' },
  };

  it('is for managers and admins only', async () => {
    expect((await api(hub.url, 'GET', '/faqs')).status).toBe(401);
    expect((await api(hub.url, 'GET', '/faqs', kiosk)).status).toBe(403);
    const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    expect((await api(hub.url, 'POST', '/faqs', agent, entry)).status).toBe(403);
  });

  it('starts with the demo FAQ', async () => {
    const r = await api(hub.url, 'GET', '/faqs', manager);
    expect(r.status).toBe(200);
    expect((r.body.faqs as { id: string }[]).map((f) => f.id)).toContain('opening-hours');
  });

  it('creates, updates and deletes an entry, applied to the assistant at once and audited', async () => {
    const ask = async () =>
      (
        await api(hub.url, 'POST', '/assistant/ask', kiosk, {
          question: 'I left my bag somewhere',
          language: 'en',
        })
      ).body;
    expect(((await ask()).faqs as unknown[]).length).toBe(0);

    const created = await api(hub.url, 'POST', '/faqs', manager, entry);
    expect(created.status).toBe(201);
    expect(((await ask()).faqs as { id: string }[])[0]?.id).toBe('lost-property');

    const again = await api(hub.url, 'POST', '/faqs', manager, entry);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_exists');

    const changed = {
      ...entry,
      answer: { ar: 'المفقودات في الطابق الأول.', en: 'Lost property is on the first floor.' },
    };
    const updated = await api(hub.url, 'PUT', '/faqs/lost-property', manager, { ...changed, id: undefined });
    expect(updated.status).toBe(200);
    const answer = ((await ask()).faqs as { answer: { en: string } }[])[0]?.answer.en;
    expect(answer).toBe('Lost property is on the first floor.');

    const removed = await api(hub.url, 'DELETE', '/faqs/lost-property', manager);
    expect(removed.status).toBe(200);
    expect(((await ask()).faqs as unknown[]).length).toBe(0);

    const audit = await api(hub.url, 'GET', '/faqs/audit?faqId=lost-property', manager);
    const rows = audit.body.audit as {
      action: string;
      actor: string;
      before: unknown;
      after: { answer: { en: string } } | null;
    }[];
    expect(rows.map((r) => r.action)).toEqual(['delete', 'update', 'create']);
    expect(rows.every((r) => r.actor === 'staff:s-manager')).toBe(true);
    expect(rows[1]!.after!.answer.en).toBe('Lost property is on the first floor.');
    expect(rows[0]!.after).toBeNull();
  });

  it('refuses invalid entries with a clear message and changes nothing', async () => {
    const before = (await api(hub.url, 'GET', '/faqs', manager)).body.faqs as unknown[];
    const cases: [string, string, unknown, RegExp][] = [
      ['POST', '/faqs', { ...entry, answer: { ar: 'x' } }, /answer\.en/],
      ['POST', '/faqs', { ...entry, id: 'bad id!' }, /id/],
      ['POST', '/faqs', { ...entry, id: 'x1', serviceIds: ['no-such-service'] }, /no-such-service/],
      ['PUT', '/faqs/opening-hours', { ...entry, id: 'parking' }, /differs/],
      ['PUT', '/faqs/opening-hours', '"just a string"', /JSON object/],
    ];
    for (const [method, path, body, message] of cases) {
      const r = await api(hub.url, method, path, manager, body);
      expect(r.status, `${method} ${path}`).toBe(400);
      expect(r.body.message).toMatch(message);
    }
    expect((await api(hub.url, 'PUT', '/faqs/nope', manager, entry)).status).toBe(400);
    const missing = await api(hub.url, 'PUT', '/faqs/nope', manager, { ...entry, id: 'nope' });
    expect(missing.status).toBe(404);
    expect((await api(hub.url, 'DELETE', '/faqs/nope', manager)).status).toBe(404);
    expect((await api(hub.url, 'GET', '/faqs', manager)).body.faqs).toEqual(before);
  });
});

describe('rate limit', () => {
  it('limits a caller to its questions per minute with rate_limited', async () => {
    let last = 0;
    for (let i = 0; i < 25; i++) {
      last = (
        await api(hub.url, 'POST', '/assistant/ask', undefined, { question: 'parking', language: 'en' })
      ).status;
      if (last === 429) break;
    }
    expect(last).toBe(429);
  });
});
