/**
 * Out of scope and not offered as classes (issue #16, session 8, round 5): the classes behind the
 * answers the assistant gave on the tuning part of engineer K's out-of-scope set (tuning-oos.ts),
 * each in wordings written for this test (none copied from a blind set). Before this round every
 * group was answered by a service or an FAQ entry of the centre, or handed over without saying
 * where to go; the last group is the other side of each rule, still answered by the centre.
 */
import { describe, expect, it } from 'vitest';
import { demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string) => assistant.ask(q, /[a-z]/i.test(q) ? 'en' : 'ar');

/** Handed over as out of scope, and not sent to a government service elsewhere either. */
const expectOutOfScope = (questions: readonly string[]) => {
  const answered = questions.filter((q) => ask(q).outcome !== 'out_of_scope');
  expect(answered).toEqual([]);
};

describe('out of scope, whatever the centre’s words in it', () => {
  it('hands over looking after one’s own car (a vehicle word, a garage’s business)', () => {
    expectOutOfScope([
      'وين احسن كراج يصلح سيارتي',
      'ابي اغير تواير سيارتي',
      'my car needs an oil change, any good mechanic nearby',
      'where can I get my car tyres changed',
    ]);
  });

  it('hands over when the prayers and the feasts are, not the centre’s hours around them', () => {
    expectOutOfScope([
      'متى يأذن العشاء',
      'متى صلاة الفجر بكرة',
      'متى يبدأ رمضان',
      'when is asr prayer today',
    ]);
  });

  it('hands over claims with an insurer and a private school’s fees', () => {
    expectOutOfScope([
      'the insurance company refused my claim for the dentist',
      'شركة التأمين رفضت المطالبة حقتي',
      'the private school wants more fees for the bus',
      'رسوم المدرسة الخاصة زادت هالسنة',
    ]);
  });

  it('hands over a private thing that does not work, typos included', () => {
    expectOutOfScope([
      'my debit card is not working at the atm',
      'my bank card stopped workng',
      'بطاقة البنك ما تشتغل في الصراف',
    ]);
  });

  it('hands over a card a school or an employer issues', () => {
    expectOutOfScope(['I lost my student card', 'بطاقة الطالب ضاعت امس']);
  });
});

describe('government services elsewhere, named by their own words', () => {
  it.each([
    ['ابي فيزا سياحة لاختي تزورنا', 'visit-visa'],
    ['احتاج توصيل الكهرباء لشقتي وين اقدم', 'utilities'],
    ['جدي متقاعد وما وصله معاشه هالشهر', 'pension'],
    ['متى اقدر احجز اختبار القيادة', 'new-driving-licence'],
    ['when is the next road test slot', 'new-driving-licence'],
    ['abi asajel bnti fi madrasa', 'school-registration'],
    ['شروط المنحة السكنية للمواطن', 'housing'],
    ['how do I register for hajj this year', 'hajj-umrah'],
    ['how do I file a VAT return', 'tax'],
    ['ابي اشترك في تامين التعطل', 'unemployment-insurance'],
    ['my landlord wants to evict me', 'rent-dispute'],
    ['how do I get a dog licence', 'pet-licence'],
  ])('%s → not offered here: %s', (question, elsewhereId) => {
    const a = ask(question);
    expect(a.outcome).toBe('not_offered');
    expect(a.facts?.elsewhere?.id).toBe(elsewhereId);
  });
});

describe('the centre’s own questions beside those words', () => {
  it.each([
    ['I lost my emirates id and my student card', 'eid-replace'],
    ['do I need a driving test to renew my expired licence', 'licence-renew'],
    ['how do i register my car', 'vehicle-register'],
  ])('%s → %s', (question, serviceId) => {
    const a = ask(question);
    expect(a.outcome).toBe('answered');
    expect(a.services[0]?.id).toBe(serviceId);
  });

  it.each([
    ['امي عمرها سبعين سنة لها اولوية؟', 'priority-service'],
    ['وين غرفة الصلاة', 'prayer-room'],
  ])('%s → the FAQ entry %s', (question, faqId) => {
    const a = ask(question);
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe(faqId);
  });

  it('reads a prayer as the time of the centre’s hours, not as the calendar', () => {
    expect(ask('هل تقفلون وقت صلاة الظهر').outcome).not.toBe('out_of_scope');
    expect(ask('متى تفتحون في رمضان').kind).toBe('opening-hours');
  });
});
