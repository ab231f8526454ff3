/** Words that say which fact of a service a question asks: fees, duration, documents, online. */
import { normaliseArabic } from './arabic.js';
import { set } from './intent-match.js';

export const FEE_WORDS = set([
  'رسوم',
  'رسم',
  'رسومها',
  'رسومه',
  'تكلفه',
  'كلفه',
  'يكلف',
  'تكلف',
  'سعر',
  'فلوس',
  // With a pronoun ("كم سعره"), and the verbs "it costs me / will cost" as typed in dialect.
  'سعره',
  'سعرها',
  'تكلفته',
  'تكلفتها',
  'كلفته',
  'كلفتها',
  'يكلفني',
  'تكلفني',
  'بيكلف',
  'بتكلف',
  'المبلغ',
  'تكاليف',
  'التكاليف',
  'مصاريف',
  'المصاريف',
  'قيمه',
  'قيمتها',
  'قيمته',
  'بيزات',
  'دراهم',
  'مجانا',
  'مجاني',
  'مجانيه',
  'درهم',
  'خصم',
  'fee',
  'fees',
  'cost',
  'costs',
  'charge',
  'charges',
  'price',
  'aed',
  'discount',
  'free',
]);
/**
 * "How much do they want / do I pay / do I owe": كم with a verb of paying is the fee, though كم alone
 * may count anything (days, people ahead).
 */
export const FEE_PHRASES = [
  ['كم', 'ادفع'],
  ['كم', 'ندفع'],
  ['كم', 'بدفع'],
  ['كم', 'يبون'],
  ['كم', 'يبي'],
  ['كم', 'يبغون'],
  ['كم', 'يطلبون'],
  ['كم', 'ياخذون'],
  ['كم', 'علي'],
  ['كم', 'حقها'],
  ['كم', 'حقه'],
  // "Who pays for it, me or the company", "منو يدفع": who bears the fee is a question of the fee.
  ['who', 'pays'],
  ['who', 'will', 'pay'],
  ['who', 'has', 'to', 'pay'],
  ['who', 'should', 'pay'],
  ['منو', 'يدفع'],
  ['مين', 'يدفع'],
  ['من', 'يدفع'],
  ['من', 'يتحمل'],
].map((p) => p.map(normaliseArabic));
/** "How much" without a noun: the fee, unless the question counts days (بكم يوم = in how many days). */
export const HOW_MUCH_WORDS = set(['بكم', 'بكام', 'قديش']);
/** A sum of money that is the citizen's salary ("my salary is 4500 AED"): no fee is asked. */
// prettier-ignore
export const SALARY_WORDS = set(['راتب', 'راتبي', 'الراتب', 'مرتب', 'مرتبي', 'معاشي', 'salary', 'salery', 'income', 'earn', 'earning']);
// prettier-ignore
export const CURRENCY_WORDS = set(['درهم', 'دراهم', 'aed', 'dirham', 'dirhams', 'dhs']);
/**
 * Words after "how much" (بكم، قديش) that make it ask the time ("how much time", "قديش بياخد"):
 * any other "how much" beside a question of time ("how much and how long") still asks the money.
 */
// prettier-ignore
export const HOW_MUCH_OF_TIME = set([
  'time', 'long', 'longer', 'days', 'day', 'weeks', 'take', 'takes', 'wait', 'waiting',
  'وقت', 'الوقت', 'مده', 'المده', 'يوم', 'ايام', 'ساعه', 'ساعات', 'اسبوع', 'شهر', 'ياخذ', 'تاخذ', 'ياخد', 'تاخد',
  'بياخد', 'بتاخد', 'بياخذ', 'يستغرق', 'تستغرق', 'يبي', 'تبي', 'يحتاج', 'تحتاج', 'بدها', 'بدو', 'ننتظر', 'انتظر',
]);
export const DURATION_WORDS = set([
  'يستغرق',
  'تستغرق',
  'ياخذ',
  'تاخذ',
  'ياخد',
  'تاخد',
  'مده',
  'يوم',
  'ايام',
  'يوما',
  'ساعه',
  'ساعات',
  'اسبوع',
  'days',
  'day',
  'long',
  'till',
  'until',
  'weeks',
  'week',
]);
export const DURATION_PHRASES = [
  ['كم', 'وقت'],
  ['بكم', 'وقت'],
  ['تحتاج', 'وقت'],
  ['يحتاج', 'وقت'],
  ['يبي', 'وقت'],
  ['تبي', 'وقت'],
  ['بعد', 'كم'],
  ['بنفس', 'اليوم'],
  ['ياخذ', 'وقت'],
  ['تاخذ', 'وقت'],
  ['ياخذ', 'كم'],
  ['تاخذ', 'كم'],
  ['متي', 'تطلع'],
  ['متي', 'يطلع'],
  ['متي', 'تشيلون'],
  ['متي', 'تزيلون'],
  ['نفس', 'اليوم'],
  ['same', 'day'],
  ['how', 'long'],
  // "How much time does it take": the time, not the money.
  ['how', 'much', 'time'],
  ['how', 'many', 'days'],
  ['بكم', 'يوم'],
  ['كم', 'يوم'],
  ['كم', 'ساعه'],
  ['كم', 'اسبوع'],
  ['how', 'many', 'weeks'],
  ['how', 'soon'],
  ['processing', 'time'],
  // Telegraphic "car registration time?", "ID renewal time": the time the service takes (never
  // "waiting time" or "opening time": those are the queue and the hours).
  ['registration', 'time'],
  ['register', 'time'],
  ['renewal', 'time'],
  ['replacement', 'time'],
  ['attestation', 'time'],
  ['cancellation', 'time'],
  ['issuance', 'time'],
  ['approval', 'time'],
  ['ما', 'مده'],
  ['ماهي', 'مده'],
  ['هي', 'مده'],
  ['when', 'will', 'i', 'get'],
  // "ما المدة اللازمة": the time it takes; اللازمة there is no list of documents.
  ['ما', 'المده'],
  ['ماهي', 'المده'],
  ['شو', 'المده'],
  ['ماذا', 'المده'],
  ['كم', 'المده'],
  ['المده', 'اللازمه'],
  ['المده', 'المطلوبه'],
  ['المده', 'المتوقعه'],
].map((p) => p.map(normaliseArabic));
export const DOCUMENT_WORDS = set([
  'مستندات',
  'المستندات',
  'مستند',
  'وثائق',
  'الوثائق',
  'اوراق',
  'الاوراق',
  'ورق',
  'متطلبات',
  'اوراقي',
  'ورقه',
  'مستنداتي',
  'المطلوبه',
  'المطلوب',
  'اللازمه',
  'مخططات',
  'المخططات',
  'documents',
  'document',
  'papers',
  'paperwork',
  'docs',
  'requirements',
  'drawings',
]);
/** "Need" asks for documents in "what do I need", not in "do I need a permit". */
// prettier-ignore
export const NEED_WORDS = set([
  'احتاج', 'يحتاج', 'نحتاج', 'يحتاجون', 'تحتاجون', 'يبون', 'يبغون', 'تبون', 'يطلبون', 'يلزم', 'يلزمني',
  // "What is needed" (وش لازم، شو لازم) lists the papers; لازم alone still asks whether (MUST_WORDS).
  'لازم',
  'need', 'needed',
]);
export const WHAT_WORDS = set(['ماذا', 'ما', 'what', 'which', 'wat']);
/** "Bring" asks for documents unless what is brought is a person (اجيب اهلي، bring my wife). */
export const BRING_WORDS = set(['اجيب', 'جيب', 'نجيب', 'احضر', 'bring']);
export const PEOPLE_WORDS = set([
  'اهلي',
  'اهل',
  'زوجتي',
  'زوجي',
  'اولادي',
  'اطفال',
  'اطفالي',
  'عائلتي',
  'عايلتي',
  'والدي',
  'والدتي',
  'امي',
  'ابوي',
  'wife',
  'husband',
  'kids',
  'children',
  'child',
  'family',
  'parents',
  'mother',
  'father',
  'son',
  'daughter',
]);
export const ONLINE_WORDS = set([
  'موقع',
  'موقعكم',
  'اونلاين',
  'الكترونيا',
  'الكتروني',
  'الالكتروني',
  'التطبيق',
  'تطبيق',
  'الموقع',
  'انترنت',
  'الانترنت',
  'التلفون',
  'اونلين',
  'النت',
  'ابلكيشن',
  'ابليكيشن',
  'الكترونيه',
  'online',
  'onlin',
  'website',
  'app',
  'internet',
  'web',
]);
/** "From home", "remotely", "اون لاين" typed apart: done without coming to the centre. */
export const ONLINE_PHRASES = [
  ['من', 'المنزل'],
  ['من', 'منزلي'],
  ['عن', 'بعد'],
  // "دون الحضور الشخصي", "بدون حضور": without attending, the way it is done from afar.
  ['دون', 'الحضور'],
  ['بدون', 'الحضور'],
  ['دون', 'حضور'],
  ['بدون', 'حضور'],
  // "دون زيارة المركز": without visiting, from afar.
  ['دون', 'زياره'],
  ['بدون', 'زياره'],
  ['غير', 'زياره'],
  ['اون', 'لاين'],
  // "From my phone / from home": without coming in.
  ['from', 'phone'],
  ['from', 'my', 'phone'],
  ['on', 'my', 'phone'],
  ['from', 'home'],
  ['من', 'البيت'],
  ['من', 'بيتي'],
  ['من', 'الجوال'],
  ['من', 'جوالي'],
  ['من', 'الموبايل'],
].map((p) => p.map(normaliseArabic));
/** "It wants time", "will it take long": وقت with a verb of needing or taking, anywhere in the question. */
/** "مدة تجديد الإقامة؟": a question that opens on "the period (of)" asks how long the service takes. */
export const DURATION_LEAD_WORDS = set(['مده', 'المده', 'duration']);
export const TAKES_TIME_WORDS = set(['يبي', 'تبي', 'يبغي', 'يحتاج', 'تحتاج', 'ياخذ', 'تاخذ', 'يطول', 'تطول']);
/** "Takes days?": a verb of taking with a unit of time asks the time, without كم. */
export const TAKES_WORDS = set(['ياخذ', 'تاخذ', 'ياخد', 'تاخد', 'يستغرق', 'تستغرق']);
/** "Will it take long" (يطول، بيطول): the time it takes, asked without a number. */
export const TAKES_LONG_WORDS = set(['يطول', 'تطول']);
export const TIME_UNIT_WORDS = set(['يوم', 'ايام', 'يوما', 'ساعه', 'ساعات', 'اسبوع', 'اسابيع', 'شهر']);
/** A thing becomes ready: "when is it issued / ready / can I collect it" asks how long it takes. */
// prettier-ignore
export const READY_WORDS = set([
  'يصدر', 'تصدر', 'يجهز', 'تجهز', 'جاهز', 'جاهزه', 'يخلص', 'تخلص', 'استلم', 'استلمها', 'استلمه', 'نستلم', 'استلام',
  'يوصل', 'توصل', 'يطلع', 'تطلع',
  // …or a thing is taken off the record: "when do you remove it (تشيلونها)".
  'تشيلونها', 'تزيلونها', 'تشيلونه', 'تزيلونه', 'تمسحونها', 'ينشال', 'تنشال', 'تسقط', 'يسقط',
]);
