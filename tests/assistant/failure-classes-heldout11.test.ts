/**
 * Classes of failure seen on retired held-out set 11's tuning part and in the cross-validation
 * misses (issue #16, session 9, round 9), each checked with questions in new wording (none copied
 * from a blind set), with the other side of each class kept: when the words explain only part of a
 * question and the classifier, fairly sure of something else, gives their answer almost nothing,
 * the answer is a "did you mean" with a person first, while an answer the classifier agrees with
 * stays answered; a visit to the centre ("دون زيارة المركز") is the citizen coming in, not the visit
 * visa, while a visit visa for a relative stays elsewhere; the labour card with its article (بطاقة
 * العمل) is the work permit, while an ID card's delivery stays the card's; Arabizi "nadaw ra8mi"
 * (they called my number) while the citizen was out (barra) is the missed turn, while "when will
 * they call my number" stays the citizen's turn; a feeling told around a word of a service
 * elsewhere ("lonely since my wife's death") is out of scope, while asking where to get that
 * service stays elsewhere.
 */
import { describe, expect, it } from 'vitest';
import type { AssistantAnswer } from '../../shared/domain/assistant/contract.js';
import { demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string, lang: 'ar' | 'en' = /[\u0600-\u06ff]/.test(q) ? 'ar' : 'en') =>
  assistant.ask(q, lang);
const firstService = (a: AssistantAnswer) => a.services[0]?.id;

describe('the classifier doubts an answer the words explain only in part', () => {
  it('makes it a "did you mean" with a person first, the services still offered', () => {
    const a = ask('المستندات المطلوبة لتجديد إقامة زوجتي');
    expect(a.outcome).toBe('unsure');
    expect(a.handover).toBe(true);
    expect(a.services.map((s) => s.id)).toEqual(
      expect.arrayContaining(['family-sponsor', 'residency-renew']),
    );
  });

  it('keeps an answer the classifier agrees with', () => {
    const a = ask('what papers do I need to renew the residence of my wife');
    expect(a.outcome).toBe('answered');
    expect(a.kind).toBe('documents');
    expect(firstService(a)).toBe('residency-renew');
  });
});

describe('a visit to the centre', () => {
  it('is the citizen coming in, not the visit visa', () => {
    for (const q of ['ابي اجدد الهويه بدون زيارة الفرع', 'اقدر اوثق عقد الايجار من غير زيارة المركز؟']) {
      const a = ask(q);
      expect(a.outcome, q).toBe('answered');
      expect(a.kind, q).toBe('online');
    }
  });

  it('keeps a visit visa for a relative as the service elsewhere', () => {
    for (const q of ['ابغى فيزا زيارة لامي من الهند', 'تأشيرة زيارة لاخوي']) {
      const a = ask(q);
      expect(a.outcome, q).toBe('not_offered');
      expect(a.facts?.elsewhere?.id, q).toBe('visit-visa');
    }
  });
});

describe('the labour card with its article', () => {
  it('is the work permit', () => {
    for (const q of ['كم رسوم بطاقة العمل', 'وين القى بطاقه العمل حقي']) {
      const a = ask(q);
      expect(a.outcome, q).toBe('answered');
      expect(firstService(a), q).toBe('work-permit');
    }
  });

  it('keeps an ID card as the ID', () => {
    const a = ask('متى تطلع بطاقة الهوية');
    expect(a.kind).toBe('duration');
    expect(firstService(a)).toBe('eid-renew');
  });
});

describe('Arabizi "they called my number" while the citizen was out', () => {
  it('is the missed turn', () => {
    const a = ask('nadaw 3ala ra8mi w ana mish mawjood', 'ar');
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe('missed-turn');
  });

  it('keeps "when will they call my number" as the citizen\'s turn', () => {
    expect(ask('ra8mi mata ynadoon?', 'ar').kind).toBe('my-counter');
  });
});

describe('a feeling told around a service elsewhere', () => {
  it('is out of scope', () => {
    for (const q of ['أشعر بالوحدة والحزن منذ وفاة أبي', 'I feel lonely since my husband passed away']) {
      const a = ask(q);
      expect(a.outcome, q).toBe('out_of_scope');
      expect(a.handover, q).toBe(true);
    }
  });

  it('keeps asking where to get the death certificate as the service elsewhere', () => {
    for (const q of [
      'I feel sad, my father died, where do I get his death certificate',
      'كيف اطلع شهادة وفاة لابوي',
    ]) {
      const a = ask(q);
      expect(a.outcome, q).toBe('not_offered');
      expect(a.facts?.elsewhere?.id, q).toBe('death-certificate');
    }
  });
});
