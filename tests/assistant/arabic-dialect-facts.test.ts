/**
 * Arabic facts asked in dialect (issue #16, session 6 round 2): "how much" in Emirati (شحال),
 * Arabizi fee words spelled any way (rsoom, rusum, flus), a fact word under a clinging pronoun
 * (ورقها، اوراقهم) and a fact named without any question word. Written here in new words, apart
 * from every blind set.
 */
import { describe, expect, it } from 'vitest';
import { words } from '../../shared/domain/assistant/analyse.js';
import { detectIntents } from '../../shared/domain/assistant/intent.js';
import { createAssistant } from '../../shared/domain/assistant/assistant.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_REPRESENTATIVE_FAQ_ID } from '../../main/demo/faq.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import { DEMO_ELSEWHERE_SERVICES, DEMO_FAQ_ENTRIES, demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string) => assistant.ask(q, 'ar');

describe('Arabic fact words in dialect', () => {
  it.each(['شحال تجديد رخصة السواقه', 'بشحال يجددون الاقامه', 'تجديد الهويه شحالها', 'شحاله توثيق العقد'])(
    'reads Emirati شحال as a fee question: %s',
    (q) => {
      expect(detectIntents(words(q)).fees).toBe(true);
    },
  );

  it.each([
    ['rusum tajdeed el rukhsa', 'licence-renew'],
    ['tajdid el iqama b flus kam', 'residency-renew'],
    ['el hawiya el jadida kam el rsum', 'eid-renew'],
  ])('reads an Arabizi fee word spelled another way: %s', (q, serviceId) => {
    const a = ask(q);
    expect(a.services[0]?.id).toBe(serviceId);
    // Fees asked: the fee, or a hand-over where the centre lists none (never the plain card).
    expect(a.kind).toBe('fees');
  });

  it.each([
    ['رخصة السياقه ورقها ايش', 'documents'],
    ['الاقامه اوراقهم وش', 'documents'],
    ['تصديق عقد الايجار فلوسه كم', 'fees'],
  ])('reads a fact word under a clinging pronoun: %s', (q, kind) => {
    const a = ask(q);
    expect(a.outcome).toBe('answered');
    expect(a.kind).toBe(kind);
  });
});

describe('one topic word among dialect filler, and the classifier agrees', () => {
  // The general bar is lowered and the classifier's fallback made unreachable (0.999), so only the
  // agreement on one topic word can answer here.
  const strict = createAssistant(
    DEMO_CATALOGUE,
    DEMO_FAQ_ENTRIES,
    { agreementAbove: 0.999, handoverBelow: 0.3 },
    {
      forms: DEMO_FORMS,
      elsewhere: DEMO_ELSEWHERE_SERVICES,
      representativeFaqId: DEMO_REPRESENTATIVE_FAQ_ID,
    },
  );

  it('answers when the classifier puts the same entry first', () => {
    const a = strict.ask('الحرمه حامل وتعبانه، اولويه؟', 'ar');
    expect(a.outcome).toBe('answered');
    expect(a.faqs[0]?.id).toBe('priority-service');
  });

  it('still hands over when the classifier gives the words’ match little belief', () => {
    const a = strict.ask('عندي ملاحظه بسيطه على الترتيب عندكم', 'ar');
    expect(a.handover).toBe(true);
    expect(a.outcome).toBe('unsure');
  });
});

describe('dialect words that used to mislead or go unread', () => {
  it('reads the police (الشرطه) as a noun, not شرط, a condition: a documents question is no eligibility one', () => {
    const intents = detectIntents(words('فقدت هويتي، يبون ورقه من الشرطه ولا لا'));
    expect(intents.eligibility).toBe(false);
    const a = ask('انسرقت بطاقتي، هل ابي محضر من الشرطه عشان البدل');
    expect(a.handover).toBe(false);
    expect(a.services[0]?.id).toBe('eid-replace');
  });

  it.each([
    ['اختي مب موجوده وهويتها ضايعه، ابي ابدلها لها', 'eid-replace'],
    ['الوالد مش حاضر وابي اجدد رخصته', 'licence-renew'],
    ['ابي اسجل سيارة ولدي وهو مو هنا', 'vehicle-register'],
  ])('reads "not here" (negation + موجود/حاضر/هنا) as someone absent, a stand-in: %s', (q, serviceId) => {
    const a = ask(q);
    expect(a.kind).toBe('representative');
    expect(a.services[0]?.id).toBe(serviceId);
  });

  it('reads the Gulf الحرمه (the wife) as another person', () => {
    const a = ask('بطاقة الحرمه انكسرت، اقدر اطلع لها بدل');
    expect(a.kind).toBe('representative');
    expect(a.services[0]?.id).toBe('eid-replace');
  });

  it.each(['رقم دوري وقع مني', 'ورقة الدور مش لاقيها وين حطيتها', 'التكت ما لقيته بجيبي'])(
    'reads "it fell from me / I can\'t find it" as a lost ticket, not my turn: %s',
    (q) => {
      const a = ask(q);
      expect(a.kind).toBe('faq');
      expect(a.faqs[0]?.id).toBe('lost-ticket');
    },
  );

  it.each(['اكو عجقه هسع بالمركز؟', 'في ناس كتير هسه؟ رح استنى؟', 'كم نستنى تقريبا'])(
    'reads Iraqi and Levantine now / crowd / wait as the live queue: %s',
    (q) => {
      expect(ask(q).kind).toBe('current-wait');
    },
  );
});
