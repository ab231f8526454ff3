/**
 * Classes of failure seen on retired held-out set 12's tuning part and in the cross-validation
 * misses (issue #16, session 9, round 10), each checked with questions in new wording (none copied
 * from a blind set), with the other side of each class kept: a private thing named with everyday
 * words written into its name ("my mobile phone bill") is still someone else's thing, so paying it is
 * out of scope, while paying the centre's fees or a fine from one's phone stays the centre's; an
 * Arabic adjective of relation said as its noun in a construct (بطاقة الصحة for البطاقة الصحية) names
 * the same service elsewhere, while the ID card and the labour card stay the centre's; the staff at a
 * counter judged for their conduct ("was rude, how do I report it") is a complaint about the centre,
 * not the citizen's counter, while asking which counter to go to stays the citizen's counter and a
 * rude colleague stays personal talk, out of scope. (Paying by card, بالبطاقة الائتمانية, stays the
 * centre's payment methods: everyday-out-of-scope.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { AssistantAnswer } from '../../shared/domain/assistant/contract.js';
import { demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string, lang: 'ar' | 'en' = /[\u0600-\u06ff]/.test(q) ? 'ar' : 'en') =>
  assistant.ask(q, lang);
const firstService = (a: AssistantAnswer) => a.services[0]?.id;

describe('a private thing named with everyday words written into its name', () => {
  it('is out of scope when what is asked is done to it', () => {
    for (const q of ['where can I pay my mobile phone bill', 'how to settle my mobile phone bill online']) {
      const a = ask(q);
      expect(a.outcome, q).toBe('out_of_scope');
      expect(a.handover, q).toBe(true);
    }
  });

  it("keeps paying the centre's fees or a fine from one's phone as the centre's", () => {
    const fine = ask('can I pay my traffic fines from my mobile phone');
    expect(fine.outcome).toBe('answered');
    expect(firstService(fine)).toBe('traffic-fines');
    const card = ask('can I pay with a credit card');
    expect(card.outcome).toBe('answered');
    expect(card.faqs[0]?.id).toBe('payment-methods');
  });
});

describe('an adjective of relation said as its noun in a construct', () => {
  it('names the same service elsewhere', () => {
    for (const [q, id] of [
      ['انتهت بطاقة الصحة مال امي، من وين اجددها', 'health-card'],
      ['ابغى اطلع رخصة التجارة لمحل صغير', 'trade-licence'],
    ] as const) {
      const a = ask(q);
      expect(a.outcome, q).toBe('not_offered');
      expect(a.facts?.elsewhere?.id, q).toBe(id);
    }
  });

  it('keeps the ID card and the labour card as the centre’s', () => {
    const id = ask('بطاقة الهوية انتهت كم رسوم التجديد');
    expect(id.outcome).toBe('answered');
    expect(firstService(id)).toBe('eid-renew');
    const labour = ask('كم رسوم بطاقة العمل للعامل الجديد');
    expect(labour.outcome).toBe('answered');
    expect(firstService(labour)).toBe('work-permit');
  });
});

describe('the staff at a counter judged for their conduct', () => {
  it("is a complaint about the centre, not the citizen's counter", () => {
    const a = ask('the gentleman at counter 9 was very rude, how can I report it');
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe('complaints');
    // Without the word "report" in the complaints entry's Arabic, it is offered first, a person with it.
    const ar = ask('الموظفه في الكاونتر كانت وقحه معي وين ابلغ');
    expect(ar.kind).not.toBe('my-counter');
    expect(ar.faqs[0]?.id).toBe('complaints');
  });

  it("keeps asking which counter as the citizen's counter, and a rude colleague out of scope", () => {
    expect(ask('which counter do I go to for my ID').kind).toBe('my-counter');
    const colleague = ask('my colleague is rude to me, what should I do');
    expect(colleague.outcome).toBe('out_of_scope');
    expect(colleague.handover).toBe(true);
  });
});
