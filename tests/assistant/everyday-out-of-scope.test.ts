/**
 * Out of scope as a class (issue #16, session 8): everyday life uses the centre's words — renew,
 * card, fee, cancel, appointment — about someone else's thing (a gym, a bank, a phone contract, a
 * hospital, a lost wallet), and personal talk asks for advice the centre has none of. Every
 * question here was written for this test (none copied from a blind set); each of the first two
 * groups was answered before the rule in shared/domain/assistant/everyday.ts, or would be by the
 * next wording of its class. The last group is the other side of the rule: the same private things
 * beside a service of the centre, or the centre itself, are still answered.
 */
import { describe, expect, it } from 'vitest';
import { demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string) => assistant.ask(q, /[a-z]/i.test(q) ? 'en' : 'ar');

/** Handed over, and not sent to a government service elsewhere either. */
const expectHandedOver = (questions: readonly string[]) => {
  const answered = questions.filter((q) => {
    const a = ask(q);
    return !a.handover || a.outcome === 'not_offered';
  });
  expect(answered).toEqual([]);
};

describe('everyday life is not the centre’s, whatever its words', () => {
  it('hands over gyms, clubs and subscriptions', () => {
    expectHandedOver([
      'my gym card expired, how do i renew it',
      'renew the subscription for my newspaper',
      'how do I renew my swimming club card',
      'بطاقة النادي انتهت كيف اجددها',
      'ابي الغي اشتراكي في النادي',
      'ابي اجدد عضويتي في النادي',
      'كم رسوم الاشتراك الشهري في الجيم',
      'abi ajaded eshtirak el gym',
    ]);
  });

  it('hands over banks, loans and bank cards', () => {
    expectHandedOver([
      'my credit card was blocked, how to unblock',
      'what is the annual fee of my debit card',
      'visa card annual fee',
      'open a savings account',
      'how long does a car loan approval take',
      'bank says my account is frozen, what documents do they need',
      'which documents for opening an account at emirates nbd',
      'كم رسوم بطاقة الصراف السنوية',
      'ابي الغي بطاقة البنك',
      'بطاقتي الائتمانية انوقفت كيف افتحها',
      'abi a3arf ras el bank',
    ]);
  });

  it('hands over phone contracts, insurers and belongings', () => {
    expectHandedOver([
      'my phone contract ends next month, can I cancel it',
      'how to recharge my prepaid sim',
      'my insurance company refused to pay the claim',
      'my laptop is broken, where to repair',
      'i lost my wallet in the taxi yesterday',
      'عقد التلفون ينتهي الشهر الياي ابي الغيه',
      'شركة التامين ما ردت علي من اسبوع',
      'ضيعت مفاتيح السيارة',
      'اللابتوب خربان وين اصلحه',
    ]);
  });

  it('hands over hospitals, doctors, metro, shops, classes and school fees', () => {
    expectHandedOver([
      'book an appointment with the dentist',
      'hospital appointment for my mother tomorrow',
      'is the metro running on friday',
      'my library card expired',
      'extra baggage fee on emirates airline',
      'how do i register for the dubai marathon',
      'register for yoga classes near me',
      'is there an exam for the ielts this month',
      'how much are the school fees for grade 3',
      'how do I lose weight quickly',
      'موعد في المستشفى لامي باجر',
      'الغي موعدي عند طبيب الاسنان',
      'احجز لي موعد عند الدكتور',
      'وين اقرب محطة مترو للمول',
      'متى يفتح المترو يوم الجمعة',
      'كيف اسجل في ماراثون دبي',
      'كم رسوم المدرسة للصف الثالث',
    ]);
  });

  it('knows personal talk and requests for life advice are out of scope (not merely unsure)', () => {
    // Before the rule these were hand-overs only because the match was weak ("did you mean" family
    // sponsorship at 0.64 for a quarrel at home): one more family word would have answered them.
    const notOutOfScope = [
      'I feel so stressed about money',
      'my husband is upset with me, what should I do',
      'my wife is angry with me since yesterday, any advice',
      'i feel lonely today',
      'انا متضايق وايد اليوم',
      'زوجي زعلان مني شو اسوي',
      'زوجتي زعلانه وما تكلمني ماذا افعل',
      'احس بالوحدة اليوم',
    ].filter((q) => ask(q).outcome !== 'out_of_scope');
    expect(notOutOfScope).toEqual([]);
  });
});

describe('the same words beside the centre’s own services are still answered', () => {
  it.each([
    ['my mother is in hospital, can I renew her ID for her', 'eid-renew'],
    ['I lost my wallet with my Emirates ID inside, how do I get a new one', 'eid-replace'],
    ['my bank needs my new ID, how long does the replacement take', 'eid-replace'],
    ['I work at a clinic, how do I renew my work permit', 'work-permit'],
    ['امي في المستشفى اقدر اجدد هويتها عنها', 'eid-renew'],
    ['ضاع بوكي وفيه الهويه شو اسوي', 'eid-replace'],
    ['اشتغل في عيادة ابي اجدد تصريح العمل', 'work-permit'],
  ])('%s → %s', (question, serviceId) => {
    const a = ask(question);
    expect(a.outcome).toBe('answered');
    expect(a.services[0]?.id).toBe(serviceId);
  });

  it.each([
    ['is there a metro station near the centre', 'centre-address'],
    ['وين محطة المترو القريبة من المركز', 'centre-address'],
    ['can I pay by credit card', 'payment-methods'],
    ['اقدر ادفع بالبطاقة الائتمانية', 'payment-methods'],
    ['I missed my number because I was at the ATM, what should I do', 'missed-turn'],
  ])('%s → the FAQ entry %s', (question, faqId) => {
    const a = ask(question);
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe(faqId);
  });

  it('reads a tired citizen asking about the queue as a question about the queue', () => {
    for (const q of ["I'm tired of waiting, how long more", 'تعبت من الانتظار كم باقي']) {
      const a = ask(q);
      expect(a.outcome).toBe('answered');
      expect(a.kind).toBe('current-wait');
    }
  });
});
