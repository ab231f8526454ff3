/**
 * What kind of answer a question asks for, read from its question words (وين، كم، متى، هل يمكن،
 * where, how much, how long…) and intent concepts. These words used to be dropped as stop words, so
 * "where is my counter" and "my counter" were the same question; now they choose the answer's kind
 * while the topic words choose the service or FAQ entry.
 */
import { isArabicWord, normaliseArabic } from './arabic.js';
import { readings } from './morphology.js';

export interface Intents {
  fees: boolean;
  duration: boolean;
  documents: boolean;
  representative: boolean;
  online: boolean;
  /** "Can I …?" / "هل يمكن…؟" / "can my son…": permission or ability. */
  can: boolean;
  /**
   * A question of eligibility: "is it allowed / must I", or "can I …" with a condition (if, while,
   * expired, abroad…). A bare "can I pay my fines here" asks how, not whether.
   */
  eligibility: boolean;
  where: boolean;
  hours: boolean;
  wait: boolean;
  /** "How do I…", "what are the steps": a how-to question, answered with the service card. */
  howTo: boolean;
  /** About the visitor's own ticket or turn. */
  myTicket: boolean;
  /** "Bring my wife", "اجيب اهلي": family brought to live here, a sponsorship. */
  bringsPeople: boolean;
  /** "On my behalf", "instead of me", "come myself": someone acts for the citizen. */
  onBehalf: boolean;
  /** "When will…", "متى…": a question about something still to come. */
  when: boolean;
  now: boolean;
}

const set = (words: readonly string[]) => new Set(words.map(normaliseArabic));

const FEE_WORDS = set([
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
const FEE_PHRASES = [
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
].map((p) => p.map(normaliseArabic));
/** "How much" without a noun: the fee, unless the question counts days (بكم يوم = in how many days). */
const HOW_MUCH_WORDS = set(['بكم', 'بكام', 'قديش']);
const DURATION_WORDS = set([
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
const DURATION_PHRASES = [
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
  ['how', 'many', 'days'],
  ['بكم', 'يوم'],
  ['كم', 'يوم'],
  ['كم', 'ساعه'],
  ['كم', 'اسبوع'],
  ['how', 'many', 'weeks'],
  ['how', 'soon'],
  ['processing', 'time'],
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
const DOCUMENT_WORDS = set([
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
const NEED_WORDS = set([
  'احتاج', 'يحتاج', 'نحتاج', 'يحتاجون', 'تحتاجون', 'يبون', 'يبغون', 'تبون', 'يطلبون', 'يلزم', 'يلزمني',
  // "What is needed" (وش لازم، شو لازم) lists the papers; لازم alone still asks whether (MUST_WORDS).
  'لازم',
  'need', 'needed',
]);
const WHAT_WORDS = set(['ماذا', 'ما', 'what', 'which', 'wat']);
/** "Bring" asks for documents unless what is brought is a person (اجيب اهلي، bring my wife). */
const BRING_WORDS = set(['اجيب', 'جيب', 'نجيب', 'احضر', 'bring']);
const PEOPLE_WORDS = set([
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
const ONLINE_WORDS = set([
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
/** Someone other than the citizen. */
const OTHER_PERSON = set([
  'ابوي',
  'ابويه',
  'امي',
  'اخوي',
  'اختي',
  'ولدي',
  'بنتي',
  'زوجتي',
  'زوجي',
  'محامي',
  'لمحام',
  'محام',
  'مندوب',
  // One who stands in (ينوب عني): another person, though unnamed.
  'ينوب',
  'تنوب',
  // "Someone", "somebody else": حد / شخص / غيري (احد is left out: الاحد is Sunday).
  'حد',
  'شخص',
  'غيري',
  'السائق',
  'سائق',
  'سائقي',
  'وكيل',
  'brother',
  'son',
  'wife',
  'husband',
  'dad',
  'dads',
  'father',
  'mother',
  'lawyer',
  'representative',
  'dealer',
  'consultant',
  'agent',
  'sister',
  'daughter',
  'friend',
  'colleague',
  'cousin',
  'uncle',
  'relative',
  'maid',
  'housemaid',
  'nanny',
  'secretary',
  'صديقي',
  'ربيعي',
  'خويي',
  'الشغاله',
  'الخادمه',
  'السكرتير',
  // Firms and trades that act for an owner or employer.
  'مكتب',
  'المكتب',
  'للمكتب',
  'استشاري',
  'الاستشاري',
  'مهندس',
  'المهندس',
  'مقاول',
  'المقاول',
  'محاسب',
  'office',
  'engineer',
  'contractor',
  'accountant',
  'عمي',
  'خالي',
  'والدي',
  'والدتي',
  'ابني',
  'اخي',
  'جدي',
  'جدتي',
  'mom',
  'mum',
  'parent',
  'grandfather',
  'grandmother',
]);
/** "My driver" is a person, "my driver licence" a document. */
const LICENCE_WORDS = new Set(['license', 'licence', 'licenses', 'licences', 'licens']);
function namesDriver(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      w === 'driver' &&
      (words[i - 1] === 'my' || words[i - 1] === 'our') &&
      !LICENCE_WORDS.has(words[i + 1] ?? ''),
  );
}
const ON_BEHALF = set([
  'نيابه',
  'بداله',
  'عني',
  'عنه',
  'عنها',
  'behalf',
  'instead',
  'abroad',
  'مسافر',
  'without',
  'himself',
  'myself',
  'person',
  'owner',
  'handle',
  'come',
  'coming',
  'comming',
  'اجي',
  'يجي',
  'الحضور',
  'حضور',
  'بدلا',
  'بنفسي',
  // Goes or attends for the citizen: ولدي يروح، اخوي يراجع، مكاني، a power of attorney.
  'يروح',
  'تروح',
  'يراجع',
  'تراجع',
  'مكاني',
  'مكانه',
  'توكيل',
  'تفويض',
  'مفوض',
  'بنفسه',
  'بنفسها',
  'شخصيا',
  'personally',
]);
/** "How do I…", "what are the steps": a how-to question, understood though it names no fact. */
// prettier-ignore
const HOW_TO_WORDS = set([
  'خطوات', 'الخطوات', 'خطوه', 'اجراء', 'طريقه', 'كيفيه', 'اجراءات', 'الاجراءات', 'اتمام', 'انجاز', 'اخلص', 'يخلص', 'ارغب',
  'اود', 'steps', 'process', 'procedure', 'start', 'begin',
]);
/** "From home", "remotely", "اون لاين" typed apart: done without coming to the centre. */
const ONLINE_PHRASES = [
  ['من', 'المنزل'],
  ['من', 'منزلي'],
  ['عن', 'بعد'],
  ['اون', 'لاين'],
].map((p) => p.map(normaliseArabic));
const ON_BEHALF_PHRASES = [
  ['for', 'me'],
  ['for', 'him'],
  ['for', 'her'],
  ['in', 'person'],
  ['come', 'myself'],
].map((p) => p.map(normaliseArabic));
const CAN_WORDS = set([
  'يمكن',
  'يمكنني',
  'ممكن',
  'استطيع',
  'يستطيع',
  'يحق',
  'يجوز',
  'يجب',
  'ينفع',
  'يمدي',
  'يمديني',
  'can',
  'could',
  'may',
  'allowed',
  'possible',
  'still',
  'minimum',
]);
/** Permission or duty words that ask "whether" on their own. */
// prettier-ignore
const MUST_WORDS = set([
  'يحق', 'يجوز', 'يجب', 'لازم', 'مسموح', 'ممنوع', 'مؤهل', 'شروط', 'الشروط', 'شروطها', 'شروطه', 'شرط',
  'allowed', 'must', 'minimum', 'eligible', 'eligibility', 'still', 'conditions', 'condition', 'criteria',
]);
/** Words that put a condition on "can I": if, while, expired, abroad, in someone else's name. */
// prettier-ignore
const CONDITION_WORDS = set([
  'اذا', 'لو', 'وانا', 'وهو', 'وهي', 'واني', 'بدون', 'دون', 'خارج', 'برا', 'منتهي', 'منتهيه', 'انتهت', 'رغم',
  'قبل', 'خلصت', 'تنتهي', 'ينتهي', 'وعندي', 'وعلي',
  'باسم', 'باسمي', 'عمري', 'عمره', 'سن', 'طالب', 'زائر', 'سائح', 'مخالف',
  'if', 'while', 'though', 'although', 'without', 'outside', 'abroad', 'expired', 'unless', 'even',
  'name', 'age', 'student', 'tourist', 'visitor', 'not', 'already',
]);
const WHERE_WORDS = set(['اين', 'where', 'were', 'which', 'اي', 'اتوجه', 'اروح']);
const HOURS_WORDS = set([
  'دوام',
  'الدوام',
  'يفتح',
  'تفتح',
  'تفتحون',
  'فاتحين',
  'مفتوح',
  'مغلق',
  'يغلق',
  'تغلق',
  'يسكر',
  'تسكر',
  'تسكرون',
  'العطل',
  'عطله',
  'رمضان',
  'open',
  'opening',
  'close',
  'closing',
  'closed',
  'timings',
  'hours',
  'holidays',
  'holiday',
  'ramadan',
]);
const WAIT_WORDS = set([
  'انتظار',
  'الانتظار',
  'ننتظر',
  'انتظر',
  'زحمه',
  'الزحمه',
  'طابور',
  'wait',
  'waiting',
  'busy',
  'crowded',
  'queue',
  'shortest',
  // الدور is the queue; دوري (my turn) is the citizen's ticket.
  'الدور',
  'متوسط',
  'معدل',
  'average',
  'فاضي',
  'فاضيه',
  'فاضين',
  'empty',
  'quiet',
]);
/** "The best time to come", "should I come back later": when the queue is short, a live question. */
const QUIET_TIME_PHRASES = [
  ['احسن', 'وقت'],
  ['افضل', 'وقت'],
  ['best', 'time'],
  ['come', 'back', 'later'],
  ['less', 'crowded'],
  ['least', 'busy'],
  ['not', 'busy'],
].map((p) => p.map(normaliseArabic));
const NOW_WORDS = set(['الان', 'الآن', 'حاليا', 'اليوم', 'now', 'today', 'currently', 'moment', 'right']);
const MY_TICKET_WORDS = set([
  'قدامي',
  'قبلي',
  'دوري',
  'رقمي',
  'تذكرتي',
  'التذكره',
  'الكاونتر',
  'كاونتر',
  'شباك',
  'الشباك',
  'counter',
  'desk',
  'numbr',
]);
const MY_TICKET_PHRASES = [
  ['my', 'number'],
  ['my', 'ticket'],
  ['my', 'turn'],
  ['before', 'me'],
  ['ahead', 'of', 'me'],
].map((p) => p.map(normaliseArabic));

function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** A word of the set, or a word of the set under a clinging particle (وبكم، والرسوم). */
function any(words: readonly string[], s: ReadonlySet<string>): boolean {
  return words.some(
    (w) =>
      s.has(w) ||
      (w.length > 3 && s.has(w.slice(1))) ||
      (w.startsWith('ال') && s.has(w.slice(2))) ||
      (w.length > 4 && isArabicWord(w) && arabicCores(w).some((c) => s.has(c))),
  );
}

const coreCache = new Map<string, readonly string[]>();

/** The cores of a long Arabic word (وبمستنداتها → مستندات), for the intent sets; cached. */
function arabicCores(word: string): readonly string[] {
  let cores = coreCache.get(word);
  if (!cores) {
    if (coreCache.size > 20000) coreCache.clear();
    cores = readings(word);
    coreCache.set(word, cores);
  }
  return cores;
}

/** "It wants time", "will it take long": وقت with a verb of needing or taking, anywhere in the question. */
const TAKES_TIME_WORDS = set(['يبي', 'تبي', 'يبغي', 'يحتاج', 'تحتاج', 'ياخذ', 'تاخذ', 'يطول', 'تطول']);
/** "Takes days?": a verb of taking with a unit of time asks the time, without كم. */
const TAKES_WORDS = set(['ياخذ', 'تاخذ', 'ياخد', 'تاخد', 'يستغرق', 'تستغرق']);
/** "Will it take long" (يطول، بيطول): the time it takes, asked without a number. */
const TAKES_LONG_WORDS = set(['يطول', 'تطول']);
const TIME_UNIT_WORDS = set(['يوم', 'ايام', 'يوما', 'ساعه', 'ساعات', 'اسبوع', 'اسابيع', 'شهر']);
/** A thing becomes ready: "when is it issued / ready / can I collect it" asks how long it takes. */
// prettier-ignore
const READY_WORDS = set([
  'يصدر', 'تصدر', 'يجهز', 'تجهز', 'جاهز', 'جاهزه', 'يخلص', 'تخلص', 'استلم', 'استلمها', 'استلمه', 'نستلم',
  'يوصل', 'توصل', 'يطلع', 'تطلع',
  // …or a thing is taken off the record: "when do you remove it (تشيلونها)".
  'تشيلونها', 'تزيلونها', 'تشيلونه', 'تزيلونه', 'تمسحونها', 'ينشال', 'تنشال', 'تسقط', 'يسقط',
]);
/** Verbs after which "if" asks a question ("check if I have fines"), not a condition. */
const FIND_OUT_WORDS = set([
  'check',
  'know',
  'see',
  'find',
  'out',
  'tell',
  'confirm',
  'اعرف',
  'اتاكد',
  'اشوف',
  'اتحقق',
  'نعرف',
]);
const IF_WORDS = set(['if', 'whether', 'اذا', 'لو']);
function withoutIndirectIf(words: readonly string[]): readonly string[] {
  return words.filter((w, i) => !(IF_WORDS.has(w) && i > 0 && FIND_OUT_WORDS.has(words[i - 1]!)));
}

/** `words` are normalised question words (dialect already rewritten). */
export function detectIntents(words: readonly string[]): Intents {
  const howMuch =
    hasPhrase(words, ['how', 'much']) || hasPhrase(words, ['كم', 'يكلف']) || any(words, HOW_MUCH_WORDS);
  const duration =
    DURATION_PHRASES.some((p) => hasPhrase(words, p)) ||
    (words.includes('متي') && any(words, READY_WORDS)) ||
    (any(words, TAKES_WORDS) && any(words, TIME_UNIT_WORDS)) ||
    any(words, TAKES_LONG_WORDS) ||
    (words.includes('وقت') && any(words, TAKES_TIME_WORDS)) ||
    (any(words, DURATION_WORDS) &&
      (words.includes('كم') || words.includes('how') || words.includes('متي') || any(words, HOW_MUCH_WORDS)));
  const quietTime = QUIET_TIME_PHRASES.some((p) => hasPhrase(words, p));
  const onBehalf = any(words, ON_BEHALF) || ON_BEHALF_PHRASES.some((p) => hasPhrase(words, p));
  return {
    // "كم يبي وقت" wants time, not money: كم with a verb of wanting is a fee only without one of time.
    fees: any(words, FEE_WORDS) || ((howMuch || FEE_PHRASES.some((p) => hasPhrase(words, p))) && !duration),
    duration,
    documents:
      any(words, DOCUMENT_WORDS) ||
      (any(words, BRING_WORDS) && !any(words, PEOPLE_WORDS)) ||
      (any(words, NEED_WORDS) && any(words, WHAT_WORDS)),
    representative:
      (any(words, OTHER_PERSON) || words.includes('company') || namesDriver(words)) &&
      (onBehalf || any(words, CAN_WORDS)),
    onBehalf,
    bringsPeople: any(words, BRING_WORDS) && any(words, PEOPLE_WORDS),
    online: any(words, ONLINE_WORDS) || ONLINE_PHRASES.some((p) => hasPhrase(words, p)),
    can: any(words, CAN_WORDS) || words[0] === 'هل' || (words[0] === 'can' && words.length > 2),
    eligibility:
      any(words, MUST_WORDS) ||
      ((any(words, CAN_WORDS) || words[0] === 'هل') && any(withoutIndirectIf(words), CONDITION_WORDS)),
    howTo:
      any(words, HOW_TO_WORDS) ||
      // "I want to bring my wife": how to sponsor her.
      (any(words, BRING_WORDS) && any(words, PEOPLE_WORDS)) ||
      words.includes('كيف') ||
      hasPhrase(words, ['how', 'to']) ||
      hasPhrase(words, ['how', 'do']) ||
      hasPhrase(words, ['how', 'can']) ||
      hasPhrase(words, ['what', 'should']),
    where: any(words, WHERE_WORDS),
    hours: any(words, HOURS_WORDS),
    wait: any(words, WAIT_WORDS) || quietTime,
    myTicket: any(words, MY_TICKET_WORDS) || MY_TICKET_PHRASES.some((p) => hasPhrase(words, p)),
    now: any(words, NOW_WORDS) || quietTime,
    when: hasPhrase(words, ['when', 'will']) || hasPhrase(words, ['when', 'do']) || words.includes('متي'),
  };
}

/** Every word the intents read: real words, never to be "corrected" into a catalogue word. */
export const INTENT_WORDS: ReadonlySet<string> = new Set([
  ...FEE_WORDS,
  ...DURATION_WORDS,
  ...DOCUMENT_WORDS,
  ...ONLINE_WORDS,
  ...OTHER_PERSON,
  ...ON_BEHALF,
  ...CAN_WORDS,
  ...WHERE_WORDS,
  ...HOURS_WORDS,
  ...WAIT_WORDS,
  ...NOW_WORDS,
  ...MY_TICKET_WORDS,
  ...HOW_TO_WORDS,
  ...HOW_MUCH_WORDS,
  ...BRING_WORDS,
  ...PEOPLE_WORDS,
  ...MUST_WORDS,
  ...CONDITION_WORDS,
  ...NEED_WORDS,
  ...READY_WORDS,
  ...TIME_UNIT_WORDS,
  ...TAKES_LONG_WORDS,
  ...ONLINE_PHRASES.flat(),
]);

/** Who comes instead of the citizen: with a representative question, not what it is about. */
export const REPRESENTATIVE_WORDS: ReadonlySet<string> = new Set([
  ...OTHER_PERSON,
  ...ON_BEHALF,
  ...set(['company', 'شركه', 'الشركه', 'شركتي', 'pro', 'driver']),
]);
