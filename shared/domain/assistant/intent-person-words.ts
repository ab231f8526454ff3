/**
 * Words that say who the question is about (someone acting for the citizen, someone absent) and
 * whether it asks permission: can, must, and the conditions put on "can I".
 */
import { normaliseArabic } from './arabic.js';
import { set } from './intent-match.js';

/** Someone other than the citizen. */
export const OTHER_PERSON = set([
  'ابوي',
  'ابويه',
  'امي',
  'اخوي',
  'اختي',
  'ولدي',
  'بنتي',
  'زوجتي',
  'زوجي',
  // Gulf "the wife" (الحرمه); حرمتي is rewritten to زوجتي by the lexicon.
  'حرمه',
  'محامي',
  'لمحام',
  'محام',
  'مندوب',
  // The company's PRO (public relations officer) does its staff's paperwork.
  'pro',
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
  // The spouse as often typed: a slip in a family word still names the person who comes.
  'husbend',
  'husban',
  'hasband',
  'hubby',
  'wief',
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
export const LICENCE_WORDS = new Set(['license', 'licence', 'licenses', 'licences', 'licens']);
export function namesDriver(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      w === 'driver' &&
      (words[i - 1] === 'my' || words[i - 1] === 'our') &&
      // "my driver's license" splits into driver + s + license.
      !LICENCE_WORDS.has((words[i + 1] === 's' ? words[i + 2] : words[i + 1]) ?? ''),
  );
}
/**
 * Hiring someone ("hire an accountant from abroad", استقدام عامل): the person named is the worker
 * the permit is for, not someone who comes instead of the citizen.
 */
// prettier-ignore
export const HIRE_WORDS = set([
  'hire', 'hiring', 'recruit', 'recruiting', 'employ', 'استقدام', 'استقدم', 'اوظف', 'توظيف', 'نوظف',
]);
/** The sponsor or employer acting for the citizen: a representative only with an explicit "for me". */
export const SPONSOR_PERSON = set(['الكفيل', 'كفيلي', 'كفيل', 'kafeel', 'sponsor', 'employer', 'boss']);
/** "On my behalf", "instead of me": unmistakably someone acting for the citizen. */
export const EXPLICIT_BEHALF = set(['نيابه', 'بداله', 'بدالي', 'مكاني', 'بدلا', 'behalf', 'instead']);
/** Words of ON_BEHALF that say only whether the citizen comes in person ("without coming", بنفسي). */
export const PRESENCE_WORDS = [
  'without',
  'come',
  'coming',
  'comming',
  'اجي',
  'يجي',
  'الحضور',
  'حضور',
  'بنفسي',
  'myself',
  'person',
] as const;
export const ON_BEHALF = set([
  ...PRESENCE_WORDS,
  'نيابه',
  'بداله',
  'عني',
  'عنه',
  'عنها',
  'behalf',
  'instead',
  'abroad',
  'مسافر',
  'himself',
  'owner',
  'handle',
  'بدلا',
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
/** "Not here / not present" in any dialect's negation (مب موجوده، مش حاضر، مو هنا): someone absent. */
export const ABSENT_WORDS = set(['موجود', 'موجوده', 'حاضر', 'حاضره', 'هنا', 'present', 'here']);
export const NEGATION_WORDS = set([
  'ما',
  'مش',
  'مو',
  'مب',
  'مهب',
  'مهوب',
  'موب',
  'غير',
  'مافي',
  'not',
  'isnt',
  'cant',
]);
export const saysAbsent = (words: readonly string[]) =>
  words.some((w, i) => i > 0 && ABSENT_WORDS.has(w) && NEGATION_WORDS.has(words[i - 1]!));
export const ON_BEHALF_PHRASES = [
  ['for', 'me'],
  ['for', 'him'],
  ['for', 'her'],
  ['in', 'person'],
  ['come', 'myself'],
].map((p) => p.map(normaliseArabic));
export const CAN_WORDS = set([
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
/**
 * A threshold to qualify ("the minimum salary", الحد الأدنى للراتب): what is "required" there is a
 * condition the citizen must meet, not a paper to bring.
 */
export const THRESHOLD_WORDS = ['minimum', 'الادني', 'ادني'] as const;
/** Permission or duty words that ask "whether" on their own. */
// prettier-ignore
export const MUST_WORDS = set([
  'يحق', 'يجوز', 'يجب', 'لازم', 'مسموح', 'ممنوع', 'مؤهل', 'شروط', 'الشروط', 'شروطها', 'شروطه', 'شرط',
  ...THRESHOLD_WORDS,
  'allowed', 'must', 'minimum', 'eligible', 'eligibility', 'still', 'conditions', 'condition', 'criteria',
]);
/** Words that put a condition on "can I": if, while, expired, abroad, in someone else's name. */
// prettier-ignore
export const CONDITION_WORDS = set([
  'اذا', 'لو', 'وانا', 'وهو', 'وهي', 'واني', 'بدون', 'دون', 'خارج', 'برا', 'منتهي', 'منتهيه', 'انتهت', 'رغم',
  'قبل', 'خلصت', 'تنتهي', 'ينتهي', 'وعندي', 'وعلي',
  'باسم', 'باسمي', 'عمري', 'عمره', 'سن', 'طالب', 'زائر', 'سائح', 'مخالف',
  'if', 'while', 'though', 'although', 'without', 'outside', 'abroad', 'expired', 'unless', 'even',
  'name', 'age', 'student', 'tourist', 'visitor', 'not', 'already',
  // "During probation", "اثناء فترة التجربة": a condition of time.
  'during', 'اثناء', 'خلال', 'probation', 'anyway',
  // "My salary is 4500, can I sponsor my wife": the pay is the condition asked about.
  'راتبي', 'مرتبي', 'salary', 'salery',
]);
/**
 * Whether a permit is needed at all ("permit needed for a garden shade?", "ولا بدها تصريح عمل",
 * "do I need a permit"): eligibility, not the permit's documents. A plain "I need a work permit for
 * my maid" states what the citizen wants, so it takes "do / or / هل" or a permit "needed".
 */
// prettier-ignore
export const PERMIT_WORDS = set(['permit', 'permission', 'تصريح', 'ترخيص', 'licence', 'license']);
// prettier-ignore
export const PERMIT_NEEDED_WORDS = set(['needed', 'required', 'necessary', 'لازم', 'مطلوب', 'ضروري']);
// prettier-ignore
export const NEED_WHETHER_WORDS = set(['need', 'needs', 'احتاج', 'يحتاج', 'تحتاج', 'نحتاج', 'بدها', 'بدو', 'بدي', 'يبيله', 'يبيلها', 'يلزم', 'يلزمني', 'لازمني']);
// prettier-ignore
export const ASK_WHETHER_WORDS = set(['do', 'does', 'هل', 'ولا', 'or']);
export function asksWhetherPermitNeeded(words: readonly string[]): boolean {
  const permitAt = (i: number) => PERMIT_WORDS.has(words[i] ?? '');
  return (
    words.some((w, i) => PERMIT_WORDS.has(w) && PERMIT_NEEDED_WORDS.has(words[i + 1] ?? '')) ||
    (words.some((w) => ASK_WHETHER_WORDS.has(w) || ASK_WHETHER_WORDS.has(w.slice(1))) &&
      words.some((w, i) => NEED_WHETHER_WORDS.has(w) && (permitAt(i + 1) || permitAt(i + 2))))
  );
}
/** Verbs after which "if" asks a question ("check if I have fines"), not a condition. */
export const FIND_OUT_WORDS = set([
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
export const IF_WORDS = set(['if', 'whether', 'اذا', 'لو']);
export function withoutIndirectIf(words: readonly string[]): readonly string[] {
  return words.filter((w, i) => !(IF_WORDS.has(w) && i > 0 && FIND_OUT_WORDS.has(words[i - 1]!)));
}
