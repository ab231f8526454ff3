/**
 * Classes of failure seen on retired held-out set 8's tuning part (issue #16, session 8), each
 * checked with questions in new wording (none copied from a blind set), with the other side of
 * each class kept: a visa for travelling to another country is out of scope, while a visit visa
 * to come here stays "not at this centre"; a lost belonging and "who do I call" is everyday life,
 * a missed turn is not, and "who do I call" asks whom to contact; how someone at work treats the
 * citizen is personal talk, an unpaid salary a labour complaint; Arabizi "el eid" is the feast and
 * "entu" is "you"; "manage" is coping, not the manager; a residence for a newborn is sponsoring
 * the child; a document asked for as a requirement is the service's documents question; "online
 * or must I come" asks online, not who comes; أوردو with its و is a language; the pharmacy, the
 * vet, the mall with its article, job hunting, a job's leave, the minimum wage, learning a
 * language, car rental, online shops' deliveries, a school's calendar and which insurer is best
 * are out of scope; a fishing or hunting licence is no driving licence.
 */
import { describe, expect, it } from 'vitest';
import type { AssistantAnswer } from '../../shared/domain/assistant/contract.js';
import { demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string) => assistant.ask(q, /[a-z]/i.test(q) ? 'en' : 'ar');
const firstService = (a: AssistantAnswer) => a.services[0]?.id;
const expectOutOfScope = (questions: readonly string[]) => {
  for (const q of questions) expect(ask(q).outcome, q).toBe('out_of_scope');
};

describe('a visa for another country', () => {
  it('is out of scope: that country gives it', () => {
    expectOutOfScope([
      'which papers do I need for a Schengen visa',
      'how long does a visa for the UK take, I want to travel in summer',
      'كيف اطلع فيزا لكندا؟',
      'ابغى تاشيره امريكا لي ولزوجتي',
    ]);
  });

  it('keeps a visit visa for coming here and a relative from abroad', () => {
    expect(ask('visit visa for my mother from India').outcome).toBe('not_offered');
    const a = ask('my husband is from Canada, can I sponsor him');
    expect(a.outcome).toBe('answered');
    expect(firstService(a)).toBe('family-sponsor');
  });
});

describe('everyday life', () => {
  it('hands over a belonging lost elsewhere and who to call about it', () => {
    expectOutOfScope(['lost my keys at the gym, who should I call', 'phone lost at the metro who to call']);
  });

  it('reads "who do I call" as whom to contact, not as a number called', () => {
    for (const q of ['my car broke down on the road, who should I call', 'my cat ran away who to call']) {
      const a = ask(q);
      expect(a.handover, q).toBe(true);
      expect(a.faqs[0]?.id, q).not.toBe('missed-turn');
    }
  });

  it('still answers a missed turn, which names the queue', () => {
    const a = ask('my number was called while I was at the bank next door');
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe('missed-turn');
  });

  it('hands over how someone at work treats the citizen', () => {
    expectOutOfScope([
      'زميلي في الشغل يكرهني وما يساعدني، كيف اتعامل معه؟',
      'my supervisor at work hates me, how do I deal with him',
    ]);
  });

  it('still answers a salary not paid, which is a labour complaint', () => {
    const a = ask('مديري في الشغل ما عطاني راتبي من شهرين، شو اسوي؟');
    expect(a.outcome).toBe('answered');
    expect(firstService(a)).toBe('labour-complaint');
  });

  it('hands over pharmacies, vets, the mall, job hunting, leave, car rental and online shops', () => {
    expectOutOfScope([
      'وين اقرب صيدليه',
      'my dog is sick is there a vet near the centre',
      'الساعه كم يسكر المول؟',
      'any job vacancies at the centre?',
      'how many days of sick leave does my company have to give',
      'بكم ايجار سياره يوم واحد',
      'my amazon parcel is late how many days does it take',
      'what is the minimum wage here for a cleaner',
      'I want to learn English, any classes?',
      'وين اقدر اتعلم العربي؟',
    ]);
  });

  it("hands over a school's calendar and which insurer is best", () => {
    expectOutOfScope(['when do the schools reopen after the summer', 'وش احسن تامين صحي للعايله؟']);
  });

  it('keeps registering a child at school a service elsewhere', () => {
    expect(ask('how do I register my daughter at a public school').outcome).toBe('not_offered');
  });
});

describe('a licence of another activity', () => {
  it('is not the driving licence: not at this centre', () => {
    for (const q of ['renew my hunting licence', 'كم رسوم رخصه صيد السمك؟']) {
      const a = ask(q);
      expect(a.outcome, q).toBe('not_offered');
      expect(a.facts?.elsewhere?.id, q).toBe('fishing-hunting-licence');
    }
  });

  it('keeps the driving licence the centre’s', () => {
    expect(ask('renew my driving licence fees').services[0]?.id).toBe('licence-renew');
  });
});

describe('words that collide', () => {
  it('reads Arabizi "el eid" as the feast and "entu" as "you": the opening hours', () => {
    const a = ask('entu fat7een ayam el eid?');
    expect(a.outcome).toBe('answered');
    expect(a.kind).toBe('opening-hours');
  });

  it('keeps English "EID" as the Emirates ID', () => {
    const a = ask('eid renewal fees?');
    expect(firstService(a)).toBe('eid-renew');
  });

  it('reads "manage" as coping, not as the centre manager', () => {
    const a = ask('is there an elevator? my knees cannot manage stairs');
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe('accessibility');
  });

  it('reads أوردو written with و as a language asked for', () => {
    const a = ask('في موظف يتحدث الأوردو؟ امي ما تعرف غيرها');
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe('language-help');
  });
});

describe('what the question asks of a service', () => {
  it('reads a residence for a newborn as sponsoring the child', () => {
    const a = ask('how long does the residency of my newborn take');
    expect(a.outcome).toBe('answered');
    expect(firstService(a)).toBe('family-sponsor');
  });

  it('reads a police report asked for as a requirement as the documents of the replacement', () => {
    const a = ask('my emirates id got stolen, is a police report mandatory to get a new one?');
    expect(a.outcome).toBe('answered');
    expect(a.kind).toBe('documents');
    expect(firstService(a)).toBe('eid-replace');
  });

  it('still sends a police report of its own to the police', () => {
    expect(ask('I need a police report for my stolen bike').outcome).toBe('not_offered');
  });

  it('reads "online or must I come" as online, not as someone coming instead', () => {
    for (const q of [
      "can my husband's sponsorship be done online or must we come",
      'can I attest my tenancy contract online without going to any office',
    ]) {
      const a = ask(q);
      expect(a.outcome, q).toBe('answered');
      expect(a.kind, q).toBe('online');
    }
  });

  it('keeps someone named as coming instead a representative question', () => {
    const a = ask('can my brother renew my residency for me, I cannot come');
    expect(a.kind).toBe('representative');
  });
});
