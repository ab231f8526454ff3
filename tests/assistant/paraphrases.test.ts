/**
 * A generalisation check for the assistant (issue #16, round two): paraphrases written by the
 * engineer who tuned the matcher, from how people ask, NOT from the blind sets (neither the tuning
 * set nor the held-out one was copied). Each one exercises a way of asking rather than a question:
 * clitics and affixes, Gulf / Levantine / Egyptian words, spelling variants, Arabizi, Indian and
 * Filipino English, typos. Graded by the blind grader's rules (tests/assistant/blind/grade.ts).
 * Kept as a regression test: a change that only fits the tuning set's phrasing shows up here.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './blind/evaluate.js';
import { goodShare, wrongShare } from './blind/grade.js';
import type { BlindQuestion, Expected, FactKind } from './blind/types.js';

type Row = readonly [text: string, expected: Expected];
const svc = (serviceId: string, fact: FactKind): Expected => ({ kind: 'service', serviceId, fact });
const OUT: Expected = { kind: 'out-of-scope' };

// prettier-ignore
const ARABIC: readonly Row[] = [
  // clitics, possessives, plurals, verb forms
  ['وبكم تجديد هويتي؟', svc('eid-renew', 'fees')],
  ['ابغى اجددها للهويه، وش المطلوب', svc('eid-renew', 'documents')],
  ['لتجديدي رخصة السواقه شو لازم احضر', svc('licence-renew', 'documents')],
  ['ضيعت بطاقتي الهويه شسوي', svc('eid-replace', 'how-to')],
  ['هويتي انكسرت نصين ابي بدالها', svc('eid-replace', 'how-to')],
  ['المخالفات اللي علي كيف ادفعها', svc('traffic-fines', 'how-to')],
  ['مخالفاتي المروريه ابي اسددها', svc('traffic-fines', 'how-to')],
  ['سجلت سيارتي الجديده؟ لا، ابي اسجلها', svc('vehicle-register', 'how-to')],
  ['اوثق عقود الايجار عندكم؟', svc('tenancy-attest', 'how-to')],
  ['بدي جدد الاقامه تبعي قديش بتكلف', svc('residency-renew', 'fees')],
  ['عايز اجدد الرخصه بتاعتي بكام', svc('licence-renew', 'fees')],
  ['ازاي اجيب مراتي وعيالي يعيشوا معايا هنا', svc('family-sponsor', 'how-to')],
  ['كفالة زوجتي واولادي شو اوراقها', svc('family-sponsor', 'documents')],
  ['الشركه ما دفعت معاشي من شهرين وين اشتكي', svc('labour-complaint', 'how-to')],
  ['ابي الغي عقد عملي مع الكفيل', svc('contract-cancel', 'how-to')],
  ['استقلت من الشغل كيف الغي العقد', svc('contract-cancel', 'how-to')],
  ['تصريح العمل للعامل الجديد شو يحتاج', svc('work-permit', 'documents')],
  ['كم يوم ياخذ تصريح العمل', svc('work-permit', 'duration')],
  ['ايمتى تطلع الهويه بعد التجديد', svc('eid-renew', 'duration')],
  ['ابي ابني فيلا شو المخططات اللي تبونها', svc('building-permit', 'documents')],
  ['تصاريح البناء تطلع من عندكم؟', svc('building-permit', 'how-to')],
  ['اخوي يقدر يجدد الليسن حقي بدالي', svc('licence-renew', 'representative')],
  ['اقدر اجدد الاقامه اونلاين من البيت', svc('residency-renew', 'online')],
  // spelling: no hamza, ة/ه, ى/ي, tatweel, diacritics, repeated letters
  ['تجـــديد الإقامـة', svc('residency-renew', 'how-to')],
  ['رُخْصَة القِيَادَة تجديد', svc('licence-renew', 'how-to')],
  ['تجدييييد الهويه', svc('eid-renew', 'how-to')],
  // Arabizi
  ['abi ajadid el hawiya', svc('eid-renew', 'how-to')],
  ['kam rosoom tajdeed el rokhsa', svc('licence-renew', 'fees')],
  ['wain adfa3 el mukhalafat', svc('traffic-fines', 'how-to')],
  // live and centre
  ['متى تسكرون اليوم', { kind: 'live', fact: 'opening-hours' }],
  ['فين الكاونتر بتاعي', { kind: 'live', fact: 'my-counter' }],
  ['كم واحد قدامي', { kind: 'live', fact: 'my-counter' }],
  ['في مواقف للسيارات؟', { kind: 'centre', topic: 'location-parking' }],
  ['تقبلون دفع كاش؟', { kind: 'centre', topic: 'payment-methods' }],
  ['ضاعت تذكرتي شو اسوي', { kind: 'centre', topic: 'lost-ticket' }],
  // not here, not ours
  ['ابغى رخصه تجاريه لمحل', { kind: 'not-offered', what: 'trade licence' }],
  ['شو اخبار الطقس بكره', OUT],
  ['احكيلي نكته', OUT],
  ['مين فاز بالمباراه امس', OUT],
  ['كم سعر الدولار', OUT],
  // second batch, written after the matcher changes and scored once before any further change
  ['بغيت اسجل موتري الجديد', svc('vehicle-register', 'how-to')],
  ['وين اسدد غراماتي المروريه', svc('traffic-fines', 'how-to')],
  ['رسوم اصدار تصريح عمل لعامل', svc('work-permit', 'fees')],
  ['بطاقتي الهويه انسرقت من سيارتي', svc('eid-replace', 'how-to')],
  ['ابغى الغي عقد العامل حقي', svc('contract-cancel', 'how-to')],
  ['شو الاوراق المطلوبه لتوثيق عقد ايجار الشقه', svc('tenancy-attest', 'documents')],
  ['كم تكلفه توثيق عقد الايجار', svc('tenancy-attest', 'fees')],
  ['اقامتي بتخلص الشهر الياي ابي اجددها', svc('residency-renew', 'how-to')],
  ['والدتي تقدر تجدد هويتي عني؟', svc('eid-renew', 'representative')],
  ['بكم يوم تطلع الاقامه بعد التجديد', svc('residency-renew', 'duration')],
  ['تجديد الليسنس اونلاين ممكن؟', svc('licence-renew', 'online')],
  ['ودي اكفل امي واجيبها عندي', svc('family-sponsor', 'how-to')],
  ['شكوى على الكفيل ما عطاني مستحقاتي', svc('labour-complaint', 'how-to')],
  ['وش اللي احتاجه عشان تصريح بناء بيت', svc('building-permit', 'documents')],
  ['عندكم مصلى؟', { kind: 'centre', topic: 'facilities' }],
  ['لحقوني فاتني رقمي', { kind: 'centre', topic: 'missed-turn' }],
  ['ana abgha ajadid iqamti', svc('residency-renew', 'how-to')],
  ['bkam tasree7 el 3amal', svc('work-permit', 'fees')],
  ['ابي اطلع جواز سفر اماراتي', { kind: 'not-offered', what: 'emirati passport' }],
  ['مين احسن لاعب في العالم', OUT],
  ['وصفه كبسه دجاج', OUT],
  // third batch, the same: written, then scored once
  ['هويتي خربانه الشريحه ما تشتغل', svc('eid-replace', 'how-to')],
  ['بطاقه الهويه حقتي طارت مني بالسوق', svc('eid-replace', 'how-to')],
  ['ابغى اعرف رسوم تجديد رخصه السياقه', svc('licence-renew', 'fees')],
  ['الملكيه خلصت ابي اجددها', svc('vehicle-register', 'how-to')],
  ['عندي مخالفه رادار ابي ادفعها', svc('traffic-fines', 'how-to')],
  ['تسديد المخالفات يصير هني؟', svc('traffic-fines', 'how-to')],
  ['كرت العمل للخدامه شو يبي', svc('work-permit', 'documents')],
  ['ما استلمت راتبي من ثلاث شهور', svc('labour-complaint', 'how-to')],
  ['بفسخ عقدي مع الشركه شو الاجراءات', svc('contract-cancel', 'how-to')],
  ['كيف استقدم زوجتي', svc('family-sponsor', 'how-to')],
  ['التوثيق حق عقد الايجار كم ياخذ', svc('tenancy-attest', 'duration')],
  ['ابي اسوي ملحق في البيت احتاج تصريح؟', svc('building-permit', 'how-to')],
  ['الاقامه تتجدد من التطبيق؟', svc('residency-renew', 'online')],
  ['ايش الاوراق اللي اجيبها لتجديد الهويه', svc('eid-renew', 'documents')],
  ['كم باقي على دوري', { kind: 'live', fact: 'my-counter' }],
  ['الزحمه اليوم كيف', { kind: 'live', fact: 'current-wait' }],
  ['تفتحون يوم السبت؟', { kind: 'live', fact: 'opening-hours' }],
  ['وين الحمامات', { kind: 'centre', topic: 'facilities' }],
  ['ابغى اشتري سياره مستعمله', OUT],
  ['شو رايك في الحب', OUT],
  ['تجديد جواز السفر الاماراتي', { kind: 'not-offered', what: 'emirati passport' }],
  // fourth batch, the same: written, then scored once
  ['لو سمحت ابي اجدد بطاقتي الشخصيه', svc('eid-renew', 'how-to')],
  ['هويتي خلصانه من اسبوع وش اسوي', svc('eid-renew', 'how-to')],
  ['كم الرسوم على تصريح العمل', svc('work-permit', 'fees')],
  ['وين القى خدمه تسجيل المركبات', svc('vehicle-register', 'how-to')],
  ['ولدي بيسجل سيارته باسمه شو يحتاج', svc('vehicle-register', 'documents')],
  ['المعزب ماعطاني فلوسي', svc('labour-complaint', 'how-to')],
  ['ودي انهي عقد الشغل', svc('contract-cancel', 'how-to')],
  ['اريد تصديق عقد ايجار محلي', svc('tenancy-attest', 'how-to')],
  ['عايز اعمل رخصه بنا لدور تاني', svc('building-permit', 'how-to')],
  ['بدي جيب مرتي وولادي عالامارات', svc('family-sponsor', 'how-to')],
  ['قديش بياخد تجديد الاقامه', svc('residency-renew', 'duration')],
  ['فيه خدمه لكبار السن؟', { kind: 'centre', topic: 'priority' }],
  ['ابي احجز موعد', { kind: 'centre', topic: 'appointments' }],
  ['بكره الساعه كم تفتحون', { kind: 'live', fact: 'opening-hours' }],
  ['ابغى اطلع رخصه قياده اول مره', { kind: 'not-offered', what: 'new driving licence' }],
  ['شو احسن سياره اشتريها', OUT],
  ['كم الساعه في لندن', OUT],
  // fifth batch, the same: written, then scored once
  ['ما هى الاجرائات المطلوبه لاستخراج بدل فاقد للهويه', svc('eid-replace', 'documents')],
  ['هويتى ضايعه', svc('eid-replace', 'how-to')],
  ['ماهي مده انجاز معامله تصريح العمل', svc('work-permit', 'duration')],
  ['اريد الاستعلام عن مخالفات سيارتى', svc('traffic-fines', 'how-to')],
  ['هل استطيع توثيق عقد الايجار الكترونيا', svc('tenancy-attest', 'online')],
  ['رسوم تجديد تاشيرة الاقامه كم', svc('residency-renew', 'fees')],
  ['ابغي اجدد رخصتي وهي منتهيه من سنه', svc('licence-renew', 'eligibility')],
  ['عندي شكوه على صاحب العمل', svc('labour-complaint', 'how-to')],
  ['الغاء عقد عامله منزليه', svc('contract-cancel', 'how-to')],
  ['كفاله الوالدين شروطها', svc('family-sponsor', 'eligibility')],
  ['kif ajadid rukhsat el siyaqa', svc('licence-renew', 'how-to')],
  ['mukhalfat el mroor wain adfa3ha', svc('traffic-fines', 'how-to')],
  ['وين اروح عشان ادفع', { kind: 'centre', topic: 'payment-methods' }],
  ['متى دوري', { kind: 'live', fact: 'my-counter' }],
  ['اقدر اتكلم مع موظف', { kind: 'out-of-scope' }],
  ['ابي شهاده ميلاد لولدي', { kind: 'not-offered', what: 'birth certificate' }],
  ['اعطني نكته عن المرور', OUT],
  // sixth batch, the same: written after every change above, then scored once
  ['السلام عليكم، ابغى اجدد اقامة الخدامه', svc('residency-renew', 'how-to')],
  ['بطاقه هويه ولدي انكسرت', svc('eid-replace', 'how-to')],
  ['كم تكلف رخصه السواقه لما اجددها', svc('licence-renew', 'fees')],
  ['شو اسوي عشان اسجل سياره اشتريتها', svc('vehicle-register', 'how-to')],
  ['عندي غرامه مرور ابي اعرف كم', svc('traffic-fines', 'how-to')],
  ['تصريح بنا لاضافه غرفه', svc('building-permit', 'how-to')],
  ['ابي اوثق عقد الشقه اللي استاجرتها', svc('tenancy-attest', 'how-to')],
  ['عامل جديد ابي اطلع له تصريح', svc('work-permit', 'how-to')],
  ['الكفيل رافض يعطيني راتبي', svc('labour-complaint', 'how-to')],
  ['ابغى اكنسل عقدي', svc('contract-cancel', 'how-to')],
  ['ابغى اكفل اخوي الصغير', svc('family-sponsor', 'how-to')],
  ['هل اقدر اجدد الهويه من موقعكم', svc('eid-renew', 'online')],
  ['كم شخص باقي قبلي', { kind: 'live', fact: 'my-counter' }],
  ['فيه واي فاي؟', { kind: 'centre', topic: 'facilities' }],
  ['ابي اسوي شهاده حسن سيره وسلوك', { kind: 'not-offered', what: 'good conduct' }],
  ['كيف اطبخ مجبوس', OUT],
];

// prettier-ignore
const ENGLISH: readonly Row[] = [
  ['kindly tell the procedure for emirates id renewal', svc('eid-renew', 'how-to')],
  ['what is the procedure to renew my driving license', svc('licence-renew', 'how-to')],
  ['how much is the charges for residence visa renewal', svc('residency-renew', 'fees')],
  ['what documents required for labour card', svc('work-permit', 'documents')],
  ['my employer not giving salary since 2 months, what to do', svc('labour-complaint', 'how-to')],
  ['i want to cancel my labour contract', svc('contract-cancel', 'how-to')],
  ['i lost my emirates id, please do the needful', svc('eid-replace', 'how-to')],
  ['my ID card got damaged how to get new one', svc('eid-replace', 'how-to')],
  ['pay trafic fines', svc('traffic-fines', 'how-to')],
  ['how to register my new car', svc('vehicle-register', 'how-to')],
  ['mulkiya renewal documents', svc('vehicle-register', 'documents')],
  ['attestation of tenancy contract fees', svc('tenancy-attest', 'fees')],
  ['how many days for work permit', svc('work-permit', 'duration')],
  ['renw visa', svc('residency-renew', 'how-to')],
  ['lisence renewal', svc('licence-renew', 'how-to')],
  ['bring my wife and kids on my visa', svc('family-sponsor', 'how-to')],
  ['documents for sponsoring my parents', svc('family-sponsor', 'documents')],
  ['building permit for my villa extension', svc('building-permit', 'how-to')],
  ['can my driver renew the car registration for me', svc('vehicle-register', 'representative')],
  ['renew emirates id online possible?', svc('eid-renew', 'online')],
  ['what time you close today', { kind: 'live', fact: 'opening-hours' }],
  ['how many people ahead of me', { kind: 'live', fact: 'my-counter' }],
  ['is there parking', { kind: 'centre', topic: 'location-parking' }],
  ['do u take cash', { kind: 'centre', topic: 'payment-methods' }],
  ['i lost my token number', { kind: 'centre', topic: 'lost-ticket' }],
  ['where is the prayer room', { kind: 'centre', topic: 'facilities' }],
  ['trade license for my shop', { kind: 'not-offered', what: 'trade licence' }],
  ['what is the weather tomorrow', OUT],
  ['tell me a joke', OUT],
  ['who won the cricket match', OUT],
  ['best pizza near here', OUT],
  // second batch, written after the matcher changes and scored once before any further change
  ['sir what is the process for family visa for my wife', svc('family-sponsor', 'how-to')],
  ['how much fees to renew emirates id card', svc('eid-renew', 'fees')],
  ['my emirates id is expired, what i will do', svc('eid-renew', 'how-to')],
  ['kindly advise documents for work permit of new employee', svc('work-permit', 'documents')],
  ['tenancy contract attestation how many days', svc('tenancy-attest', 'duration')],
  ['i have many traffic fines can i pay here', svc('traffic-fines', 'how-to')],
  ['how to cancel employment contract of my maid', svc('contract-cancel', 'how-to')],
  ['labour complaint against company for unpaid wages', svc('labour-complaint', 'how-to')],
  ['driving licence renewal charges', svc('licence-renew', 'fees')],
  ['can my husband renew my residence visa for me', svc('residency-renew', 'representative')],
  ['permit to construct a house documents', svc('building-permit', 'documents')],
  ['register vehicle online', svc('vehicle-register', 'online')],
  ['my number was called when i was outside', { kind: 'centre', topic: 'missed-turn' }],
  ['do you have wheelchair access', { kind: 'centre', topic: 'accessibility' }],
  ['how to get golden visa', { kind: 'not-offered', what: 'golden visa' }],
  ['what is 25 times 4', OUT],
  ['which is the best hotel in dubai', OUT],
  // third batch, the same: written, then scored once
  ['emirates id card broken chip not reading', svc('eid-replace', 'how-to')],
  ['misplaced my id card what to do', svc('eid-replace', 'how-to')],
  ['renewal fee for driving licence pls', svc('licence-renew', 'fees')],
  ['car registration expired need to renew', svc('vehicle-register', 'how-to')],
  ['radar fine payment', svc('traffic-fines', 'how-to')],
  ['labour card for housemaid requirements', svc('work-permit', 'documents')],
  ['salary pending from 3 months where to complain', svc('labour-complaint', 'how-to')],
  ['resign and cancel work contract steps', svc('contract-cancel', 'how-to')],
  ['ejari attestation how long it takes', svc('tenancy-attest', 'duration')],
  ['i want to make an annex in my villa, need permit?', svc('building-permit', 'how-to')],
  ['visa renewal through app possible', svc('residency-renew', 'online')],
  ['what papers to bring for id renewal', svc('eid-renew', 'documents')],
  ['how many persons before me', { kind: 'live', fact: 'my-counter' }],
  ['are you open on saturday', { kind: 'live', fact: 'opening-hours' }],
  ['where is the washroom', { kind: 'centre', topic: 'facilities' }],
  ['where can i buy a used car', OUT],
  ['write me a love letter', OUT],
  ['apply for uae citizenship', { kind: 'not-offered', what: 'citizenship' }],
  // fourth batch, the same: written, then scored once
  ['hello sir, want to renew my EID, what is procedure', svc('eid-renew', 'how-to')],
  ['EID expired 1 week back', svc('eid-renew', 'how-to')],
  ['work permit fees how much', svc('work-permit', 'fees')],
  ['new car registeration documents', svc('vehicle-register', 'documents')],
  ['my company is not giving me my salary', svc('labour-complaint', 'how-to')],
  ['terminate employment contract', svc('contract-cancel', 'how-to')],
  ['shop tenancy contract attest', svc('tenancy-attest', 'how-to')],
  ['permit to build second floor', svc('building-permit', 'how-to')],
  ['how long for residence visa renewal', svc('residency-renew', 'duration')],
  ['any service for senior citizens', { kind: 'centre', topic: 'priority' }],
  ['i want to book appointment', { kind: 'centre', topic: 'appointments' }],
  ['first time driving license', { kind: 'not-offered', what: 'new driving licence' }],
  ['which car should i buy', OUT],
  ['what time is it in london', OUT],
  // fifth batch, the same: written, then scored once
  ['what r the requirments for replacing damaged emirates id', svc('eid-replace', 'documents')],
  ['eid lost', svc('eid-replace', 'how-to')],
  ['work permit processing time', svc('work-permit', 'duration')],
  ['check my traffic fine', svc('traffic-fines', 'how-to')],
  ['can tenancy contract be attested online', svc('tenancy-attest', 'online')],
  ['residence visa renewal cost', svc('residency-renew', 'fees')],
  ['my licence expired 2 years ago can i still renew', svc('licence-renew', 'eligibility')],
  ['file case against employer', svc('labour-complaint', 'how-to')],
  ['cancel housemaid contract', svc('contract-cancel', 'how-to')],
  ['parents sponsorship conditions', svc('family-sponsor', 'eligibility')],
  ['where do i pay', { kind: 'centre', topic: 'payment-methods' }],
  ['when is my turn', { kind: 'live', fact: 'my-counter' }],
  ['i need birth certificate for my son', { kind: 'not-offered', what: 'birth certificate' }],
  ['tell me a traffic joke', OUT],
  // sixth batch, the same: written after every change above, then scored once
  ['i want renew visa of my housemaid', svc('residency-renew', 'how-to')],
  ['son emirates id broken', svc('eid-replace', 'how-to')],
  ['how much cost for driving license renewal', svc('licence-renew', 'fees')],
  ['bought a used car how to register in my name', svc('vehicle-register', 'how-to')],
  ['building permit for adding a room', svc('building-permit', 'how-to')],
  ['attest my flat rent contract', svc('tenancy-attest', 'how-to')],
  ['employer refusing to pay salary', svc('labour-complaint', 'how-to')],
  ['how to cancel my job contract', svc('contract-cancel', 'how-to')],
  ['renew id on your website?', svc('eid-renew', 'online')],
  ['how many peoples waiting before me', { kind: 'live', fact: 'my-counter' }],
  ['police clearance certificate', { kind: 'not-offered', what: 'good conduct' }],
  ['how to cook biryani', OUT],
];

const questions: BlindQuestion[] = [
  ...ARABIC.map(([text, expected], i): BlindQuestion => ({
    id: `p-ar-${i + 1}`,
    lang: 'ar',
    text,
    register: /[a-z]/i.test(text) ? 'arabizi' : 'gulf',
    expected,
  })),
  ...ENGLISH.map(([text, expected], i): BlindQuestion => ({
    id: `p-en-${i + 1}`,
    lang: 'en',
    text,
    register: 'english',
    expected,
  })),
];

describe('assistant paraphrases (generalisation check, written apart from the blind sets)', () => {
  const e = evaluate(questions);
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: ≥ 85 % correct or correct hand-over, ≤ 3 % confident wrong, out of scope handed over`, () => {
      const c = e.byLanguage[lang];
      const misses = e.graded
        .filter((g) => g.question.lang === lang && g.grade !== 'correct' && g.grade !== 'handover')
        .map((g) => `${g.grade} ${g.question.text} → ${g.answer.outcome} ${g.answer.kind ?? ''}`);
      console.log(`[assistant] paraphrases ${lang}: ${JSON.stringify(c)}\n  ${misses.join('\n  ')}`);
      expect(goodShare(c)).toBeGreaterThanOrEqual(0.85);
      expect(wrongShare(c)).toBeLessThanOrEqual(0.03);
      const outOfScope = e.graded.filter(
        (g) => g.question.lang === lang && g.question.expected.kind === 'out-of-scope',
      );
      expect(outOfScope.filter((g) => g.grade !== 'handover').map((g) => g.question.text)).toEqual([]);
    });
  }
});
