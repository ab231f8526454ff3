/**
 * Classes of question the blind sets showed the assistant getting wrong (issue #16), each written
 * here in new words: personal details that steered the answer, turns still to come read as missed
 * turns, relatives read as family sponsorship, an FAQ entry about one service answering for another.
 */
import { describe, expect, it } from 'vitest';
import { withoutPersonalDetails } from '../../shared/domain/assistant/personal.js';
import type { AssistantAnswer } from '../../shared/domain/assistant/contract.js';
import { demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string, lang: 'ar' | 'en' = /[a-z]/i.test(q) ? 'en' : 'ar') => assistant.ask(q, lang);
const first = (a: AssistantAnswer) => (a.matches[0] ? `${a.matches[0].kind}:${a.matches[0].id}` : 'none');
/** What a citizen is shown: the outcome, the kind of answer and what it is about. */
const shown = (a: AssistantAnswer) => ({ outcome: a.outcome, kind: a.kind, first: first(a) });

describe('personal details do not steer the answer', () => {
  it('removes contact requests with a number or address, names, and forms of address', () => {
    expect(withoutPersonalDetails('is there a locker for my bag? call me on 0501234567')).toBe(
      'is there a locker for my bag?',
    );
    expect(withoutPersonalDetails('where do I pay? my mobile number is +971 50 123 4567')).toBe(
      'where do I pay?',
    );
    expect(withoutPersonalDetails('هل يوجد مصعد؟ اتصلوا علي على ٠٥٠١٢٣٤٥٦٧')).toBe('هل يوجد مصعد؟');
    expect(withoutPersonalDetails('my name is Sara Lopez, I want to renew my visa')).toBe(
      ', I want to renew my visa',
    );
    expect(withoutPersonalDetails('brother my ID is expired what to do')).toBe('my ID is expired what to do');
    expect(withoutPersonalDetails('email me at a.b@example.com about my permit')).toBe('about my permit');
  });

  it('keeps a question about being called, which has no contact detail', () => {
    expect(withoutPersonalDetails('when will you call me')).toBe('when will you call me');
    expect(withoutPersonalDetails('my brother wants to renew his ID')).toBe(
      'my brother wants to renew his ID',
    );
  });

  it('answers as if the details were not there', () => {
    const pairs: [string, string][] = [
      ['is there a locker for my bag? call me on 0501234567', 'is there a locker for my bag?'],
      ['where can I park my car, text me on 055 765 4321', 'where can I park my car'],
      ['my name is Omar Haddad, how much does the work permit cost', 'how much does the work permit cost'],
      ['وين المصلى؟ كلمني على 0509876543', 'وين المصلى؟'],
      ['اسمي خالد كيف اجدد رخصة القيادة', 'كيف اجدد رخصة القيادة'],
    ];
    for (const [withDetails, without] of pairs)
      expect(shown(ask(withDetails)), withDetails).toEqual(shown(ask(without)));
    // The locker is not something the centre has an answer for: no confident missed-turn answer.
    expect(ask('is there a locker for my bag? call me on 0501234567').outcome).not.toBe('answered');
  });
});

describe('questions about the citizen’s own turn', () => {
  it('a call still to come is about the ticket, not the missed-turn FAQ', () => {
    for (const q of ['when will they call my number?', 'when will you call me', 'متى ينادون رقمي؟'])
      expect(ask(q).kind, q).toBe('my-counter');
  });

  it('"my number was called, where do I go" asks for the counter', () => {
    for (const q of ['they just called my number, which counter do I go to?', 'نادوا رقمي، وين الكاونتر؟'])
      expect(ask(q).kind, q).toBe('my-counter');
  });

  it('a turn that passed is still the missed-turn question', () => {
    for (const q of ['I missed my number, what now?', 'راح علي الدور وانا برا، شو اسوي؟']) {
      const a = ask(q);
      expect(a.kind, q).not.toBe('my-counter');
      expect(first(a), q).toBe('faq:missed-turn');
    }
  });

  it('the best time to come is a question about the current wait', () => {
    for (const q of ['what is the best time to come so I do not wait long?', 'شو افضل وقت اجي فيه؟'])
      expect(ask(q).kind, q).toBe('current-wait');
  });

  it('working hours are the opening hours, not a work permit', () => {
    for (const q of ['what are your working hours on saturday', 'ما هي ساعات العمل عندكم؟'])
      expect(ask(q).kind, q).toBe('opening-hours');
  });
});

describe('who the question is about', () => {
  it('a relative beside another service’s words is not family sponsorship', () => {
    expect(first(ask('my sister wants to replace her lost emirates id'))).toBe('service:eid-replace');
    expect(first(ask('my brother wants to renew his ID'))).toBe('service:eid-renew');
  });

  it('the relative being sponsored is not a representative', () => {
    const a = ask('Can I sponsor my husband online?');
    expect(a.kind).toBe('online');
    expect(first(a)).toBe('service:family-sponsor');
    // A company's PRO applying for the family is one.
    expect(ask('can the company PRO apply for my family sponsorship instead of me?').kind).toBe(
      'representative',
    );
  });

  it('someone who speaks a language is language help, not a request for a person', () => {
    for (const q of ['can I talk to a staff member who speaks Hindi?', 'ابي اكلم موظف يتكلم اردو']) {
      const a = ask(q);
      expect(a.outcome, q).not.toBe('asked_for_person');
      expect(first(a), q).toBe('faq:language-help');
    }
  });
});

describe('an FAQ entry about one service does not answer for another', () => {
  it('unpaid traffic fines and a licence renewal are not the residency overstay entry', () => {
    const a = ask('can I renew my licence with unpaid fines');
    expect(first(a)).toBe('service:licence-renew');
    expect(a.kind).not.toBe('faq');
  });

  it('"check if I have fines" asks how, not whether', () => {
    const a = ask('how can I check if there are fines on my car');
    expect(a.kind).not.toBe('eligibility');
    expect(a.services[0]?.id).toBe('traffic-fines');
  });
});

describe('evidence of the topic', () => {
  it('a word found only in a service’s list of documents does not name the service', () => {
    // A passport copy is among the work permit's documents; a passport is no work permit.
    expect(ask('how to apply for passport for my newborn').outcome).not.toBe('answered');
  });

  it('translating a phrase is out of scope; translating a document is the typing service', () => {
    expect(ask('how do you say good morning in tagalog').outcome).toBe('out_of_scope');
    expect(ask('please translate welcome to german').outcome).toBe('out_of_scope');
    expect(ask('can you translate my degree certificate into english').outcome).not.toBe('out_of_scope');
  });

  it('government services of other authorities are "not at this centre", with where to go', () => {
    for (const q of [
      'how do I recharge my salik',
      'وين اروح المحكمه عشان قضية',
      'my embassy needs a stamp',
    ]) {
      const a = ask(q);
      expect(a.outcome, q).toBe('not_offered');
      expect(a.facts?.elsewhere?.url, q).toMatch(/^https:\/\//);
    }
  });
});
