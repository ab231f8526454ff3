/**
 * Arabic questions, MSA and dialect, asking a service's fee, time, papers, a stand-in, online or
 * how-to (issue #16, round 2): the question words choose the kind of answer. Written here in new
 * words, apart from every blind set.
 */
import { describe, expect, it } from 'vitest';
import { words } from '../../shared/domain/assistant/analyse.js';
import { detectIntents, type Intents } from '../../shared/domain/assistant/intent.js';
import { demoAssistant } from './demo-assistant.js';

const intentsOf = (q: string) => detectIntents(words(q));
const assistant = demoAssistant();
const ask = (q: string) => assistant.ask(q, 'ar');

describe('Arabic question words choose the kind of fact', () => {
  const cases: readonly (readonly [keyof Intents, string])[] = [
    // Fees: a pronoun on the noun, or كم with a verb of paying or owing.
    ['fees', 'عقد الايجار المسجل كم سعره'],
    ['fees', 'كم تكلفتها الاقامه الجديده'],
    ['fees', 'الرخصه كم يبون عليها'],
    ['fees', 'كم ادفع للبلديه عشان الترخيص'],
    ['fees', 'كم علي غرامات'],
    ['fees', 'شو التكاليف حق تصديق العقد'],
    // Duration: "when is it issued / ready", "needs how much time", "after how many".
    ['duration', 'تصريح الشغل متى يصدر'],
    ['duration', 'البطاقه متى تكون جاهزه'],
    ['duration', 'اقامتي يبي لها وقت ولا لا'],
    ['duration', 'اسجل المركبه يخلص بنفس اليوم؟'],
    ['duration', 'الهويه تطلع بعد كم'],
    ['duration', 'سددت الغرامه متى تنشال من النظام'],
    ['duration', 'تصريح البناء يستغرق اسابيع؟'],
    ['duration', 'تجديد الاقامه بيطول؟'],
    // Someone else: حد / شخص / غيري, one who goes or reviews instead, a power of attorney.
    ['representative', 'ممكن حد من اهلي يخلص معاملتي عني'],
    ['representative', 'يصير اخوي يروح يجدد رخصتي'],
    ['representative', 'اقدر اعطي توكيل لشخص يراجع بدالي'],
    ['representative', 'سواقي يمديه يسجل السياره بدالي'],
    ['representative', 'ممكن واحد ينوب عني في التجديد'],
    // Online: from home, typed apart, or the app by its English name.
    ['online', 'اسدد المخالفات من البيت؟'],
    ['online', 'في طريقه اون لاين للتجديد'],
    ['online', 'يصير عن طريق الابلكيشن'],
    ['online', 'اقدر اخلصها بالنت'],
    // Eligibility: "can I" with a condition (before it ends, while I have fines).
    ['eligibility', 'ينفع اجدد الاقامه قبل شهرين من نهايتها'],
    ['eligibility', 'اقدر اطلع رخصه وعندي مخالفات'],
    // Documents: what they want.
    ['documents', 'ماذا يلزمني لتوثيق العقد'],
    ['documents', 'شو يطلبون مني عشان التصريح'],
    ['documents', 'وش لازم عشان اسجل السياره'],
  ];
  it.each(cases)('%s: %s', (kind, question) => {
    expect(intentsOf(question)[kind]).toBe(true);
  });

  it('a bare "how much" still counts days, and paying alone is no fee question', () => {
    const days = intentsOf('بكم يوم تطلع الاقامه');
    expect(days).toMatchObject({ duration: true, fees: false });
    expect(intentsOf('ابي ادفع مخالفاتي').fees).toBe(false);
    // كم with "it wants" asks money, unless what it wants is time.
    expect(intentsOf('كم يبي وقت تجديد الهويه')).toMatchObject({ duration: true, fees: false });
    expect(intentsOf('شكثر ياخذ وقت التصريح')).toMatchObject({ duration: true, fees: false });
    // "Sunday" (الاحد) is no one acting for the citizen.
    expect(intentsOf('ممكن اجي يوم الاحد').representative).toBe(false);
  });
});

describe('home is a place to deliver to or to apply from, not a building', () => {
  it('delivery to the house is the delivery answer', () => {
    const a = ask('تقدرون ترسلون الهويه الجديده للبيت؟');
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe('card-delivery');
  });
  it('renewing from home is the online answer about the service, not the building permit', () => {
    const a = ask('ابي اجدد رخصه السواقه من البيت');
    expect(a.outcome).toBe('answered');
    expect(a.kind).toBe('online');
    expect(a.services[0]?.id).toBe('licence-renew');
  });
  it('paying "by Visa" is paying by card, not residency', () => {
    const a = ask('تاخذون الدفع بالفيزا؟');
    expect(a.services[0]?.id === 'residency-renew' || a.faqs[0]?.id === 'residency-expired-grace').toBe(
      false,
    );
  });
});

describe('the second opinion picks between two near matches', () => {
  it('a labour complaint made from the phone is the labour service, not the centre complaints form', () => {
    const a = ask('ممكن ارفع شكوى عماليه بالتلفون بدون ما اروح المركز');
    expect(a.outcome).toBe('answered');
    expect(a.kind).toBe('online');
    expect(a.services[0]?.id).toBe('labour-complaint');
  });
  it('"she treated me" (عاملتني) is no worker: a complaint about a staff member is not a labour case', () => {
    const a = ask('ودي اشتكي على موظفه عاملتني بقله احترام');
    expect(a.matches[0]).toMatchObject({ kind: 'faq', id: 'complaints' });
    expect(a.outcome === 'answered' && a.services[0]?.id === 'labour-complaint').toBe(false);
  });
});

describe('a report (بلاغ) is the police only when one is opened', () => {
  it('opening a theft report is not at this centre', () => {
    expect(ask('ابي افتح بلاغ سرقه جوالي').outcome).toBe('not_offered');
  });
  it('a report about a member of staff is a complaint here, not the police', () => {
    const a = ask('ودي اقدم بلاغ على موظف في الاستقبال كان يصارخ');
    expect(a.outcome).not.toBe('not_offered');
    expect(a.matches[0]).toMatchObject({ kind: 'faq', id: 'complaints' });
  });
});
