/** Words the assistant's rules read beyond the intents: generic words, agents, missed turns, complaints. */
import { normaliseArabic } from './arabic.js';

/** Words too common in this centre to show what a question is about. */
export const GENERIC_WORDS = [
  'كاونتر',
  'الكاونتر',
  'counter',
  'مركز',
  'centre',
  'center',
  'خدمه',
  'خدمات',
  'service',
  'services',
  'معامله',
  // "The finished transactions": any service's paperwork, no evidence of which.
  'معاملات',
  'المعاملات',
  'معاملتي',
  'المنجزه',
  'منجزه',
  'اليوم',
  'today',
  'now',
  'الان',
  'شخص',
  'help',
  'مساعده',
  'new',
  'right',
];

/** People who act for a citizen by trade, never the relative a service is for. */
export const AGENT_WORDS: ReadonlySet<string> = new Set(
  [
    'representative',
    'company',
    'agent',
    'lawyer',
    'driver',
    'مندوب',
    'المندوب',
    'محامي',
    'وكيل',
    'شركه',
    'الشركه',
    'سائق',
    'السائق',
  ].map(normaliseArabic),
);
/** Words that say a turn has passed (what "called" alone does not say). */
export const PAST_MISS_WORDS: ReadonlySet<string> = new Set(
  ['missed', 'miss', 'skipped', 'late', 'فاتني', 'فاتنا', 'فات', 'فاتت', 'تاخرت', 'ضاع', 'ضاعت', 'lost'].map(
    normaliseArabic,
  ),
);

/** "Have they called my number yet", "نادوا رقمي ولا لسه": a turn still to come, not one missed. */
export const NOT_YET_WORDS: ReadonlySet<string> = new Set(
  ['yet', 'لسه', 'لسا', 'للحين', 'لحد الحين'].map(normaliseArabic),
);
/** Who a complaint is about when it is about the centre: its staff, a counter, rudeness. */
export const CENTRE_STAFF_WORDS: ReadonlySet<string> = new Set(
  [
    'staff',
    'employee',
    'officer',
    'clerk',
    'rude',
    'counter',
    'موظف',
    'الموظف',
    'موظفه',
    'الموظفه',
    'كاونتر',
    'الكاونتر',
    'سيئه',
    'وقح',
  ].map(normaliseArabic),
);
/**
 * A judgement of how the centre's staff behaved ("the lady at counter 6 was rude, how do I report
 * this"): a complaint about the centre even without the word "complain".
 */
export const CONDUCT_WORDS: ReadonlySet<string> = new Set(
  ['rude', 'impolite', 'disrespectful', 'unprofessional', 'وقح', 'وقحه', 'وقحين'].map(normaliseArabic),
);
/** …and when it is a labour complaint: the employer, the pay. */
export const EMPLOYER_WORDS: ReadonlySet<string> = new Set(
  [
    'employer',
    'company',
    'boss',
    'sponsor',
    'kafeel',
    'salary',
    'wages',
    'gratuity',
    'unpaid',
    'pay',
    'paid',
    'كفيل',
    'الكفيل',
    'شركه',
    'الشركه',
    'شركتي',
    'راتب',
    'راتبي',
    'رواتب',
    'معاش',
    'معاشي',
    'مستحقات',
    'مستحقاتي',
    'صاحب',
    'المعزب',
    'معزبي',
    // "My manager" is the citizen's own, at work.
    'مديري',
    'مديرنا',
  ].map(normaliseArabic),
);
/** Employer words that only say money is owed: "unpaid fines" is no employer. */
export const PAY_WORDS: ReadonlySet<string> = new Set(['unpaid', 'pay', 'paid'].map(normaliseArabic));
/** The FAQ label of complaints about the centre. */
export const CENTRE_COMPLAINT_LABEL = 'topic:complaints-feedback';

/**
 * Words that make a named document a requirement ("police report is must?", "هل يجب تقديم بلاغ"):
 * the question is about the service it is for, not the document's own service elsewhere.
 */
export const REQUIRED_WORDS: ReadonlySet<string> = new Set(
  [
    'must',
    'required',
    'require',
    'requires',
    'requirement',
    'mandatory',
    'compulsory',
    'necessary',
    'يجب',
    'ضروري',
    'مطلوب',
    'مطلوبه',
    'يشترط',
    'شرط',
  ].map(normaliseArabic),
);

/**
 * "دون زيارة المركز", "بدون زيارة الفرع": a visit to the centre is the citizen coming in (or not),
 * never the visit visa offered elsewhere, which زيارة alone names.
 */
export const VISIT_WORDS: ReadonlySet<string> = new Set(['زيارة', 'زياره'].map(normaliseArabic));
/** …the centre or its branch, visited. */
export const VISITED_PLACE_WORDS: ReadonlySet<string> = new Set(
  ['المركز', 'مركز', 'للمركز', 'الفرع', 'فرع', 'المكتب', 'مكتب'].map(normaliseArabic),
);
/** …or a visit done without: "دون زيارة"، "بدون زيارة"، "من غير زيارة". */
export const WITHOUT_WORDS: ReadonlySet<string> = new Set(['دون', 'بدون', 'غير', 'بلا'].map(normaliseArabic));
