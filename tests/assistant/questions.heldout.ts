/**
 * Questions written after the engine's synonym table and weights were settled, and never tuned
 * against: their accuracy is the honest estimate of how the assistant does on new phrasings.
 */
import type { LabelledQuestion } from './questions.en.js';

export const HELD_OUT_ENGLISH: LabelledQuestion[] = [
  { q: 'where do i go to get a new emirates id, mine is expired', expect: 'service:eid-renew' },
  { q: 'Emirates ID renewal – photo needed?', expect: 'service:eid-renew' },
  { q: 'my ID got lost in the mall', expect: 'service:eid-replace' },
  { q: 'residency visa renewal documents', expect: 'service:residency-renew' },
  { q: 'how many minutes for visa renewal', expect: 'service:residency-renew' },
  { q: 'can I put my kids on my visa', expect: 'service:family-sponsor' },
  { q: 'driving licence expired 2 months ago', expect: 'service:licence-renew' },
  { q: 'licence renewel eye test', expect: 'service:licence-renew' },
  { q: 'car registration renewal', expect: 'service:vehicle-register' },
  { q: 'pay fines', expect: 'service:traffic-fines' },
  { q: 'how much do I owe in traffic fines', expect: 'service:traffic-fines' },
  { q: 'permit to extend my villa', expect: 'service:building-permit' },
  { q: 'tenancy contract needs stamping', expect: 'service:tenancy-attest' },
  { q: 'work permit for my maid', expect: 'service:work-permit' },
  { q: 'my boss is not paying me', expect: 'service:labour-complaint' },
  { q: 'how to end my job contract', expect: 'service:contract-cancel' },
  { q: 'is the centre open friday afternoon', expect: 'faq:opening-hours' },
  { q: 'is parking free', expect: 'faq:parking' },
  { q: 'do you accept credit cards', expect: 'faq:payment-methods' },
  { q: 'my number was called and I was in the bathroom', expect: 'faq:missed-turn' },
];

export const HELD_OUT_ARABIC: LabelledQuestion[] = [
  { q: 'وين اجدد الهويه', expect: 'service:eid-renew' },
  { q: 'الهوية خلصت ابي وحدة جديدة', expect: 'service:eid-renew' },
  { q: 'انسرقت محفظتي وفيها الهوية', expect: 'service:eid-replace' },
  { q: 'كم ياخذ وقت تجديد الاقامة', expect: 'service:residency-renew' },
  { q: 'أوراق تجديد الإقامة', expect: 'service:residency-renew' },
  { q: 'ابي اجيب اهلي على كفالتي', expect: 'service:family-sponsor' },
  { q: 'رخصة السياقة خلصت', expect: 'service:licence-renew' },
  { q: 'تجديد الليسن', expect: 'service:licence-renew' },
  { q: 'تسجيل مركبه', expect: 'service:vehicle-register' },
  { q: 'كم علي مخالفات', expect: 'service:traffic-fines' },
  { q: 'دفع غرامة رادار', expect: 'service:traffic-fines' },
  { q: 'ابي اسوي ملحق للبيت', expect: 'service:building-permit' },
  { q: 'عقد الايجار لازم يتوثق', expect: 'service:tenancy-attest' },
  { q: 'تصريح عمل للخادمة', expect: 'service:work-permit' },
  { q: 'صاحب العمل ما يعطيني معاشي', expect: 'service:labour-complaint' },
  { q: 'ابي انهي عقدي مع الشركة', expect: 'service:contract-cancel' },
  { q: 'متى يسكر المركز', expect: 'faq:opening-hours' },
  { q: 'المواقف مجانية؟', expect: 'faq:parking' },
  { q: 'تقبلون بطاقة ائتمان', expect: 'faq:payment-methods' },
  { q: 'نادوا رقمي وانا مو موجود', expect: 'faq:missed-turn' },
];
