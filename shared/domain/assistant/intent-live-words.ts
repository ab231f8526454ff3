/** Words of the live questions (where, opening hours, the wait, my ticket) and of how-to questions. */
import { normaliseArabic } from './arabic.js';
import { set } from './intent-match.js';

/** "How do I…", "what are the steps": a how-to question, understood though it names no fact. */
// prettier-ignore
export const HOW_TO_WORDS = set([
  'خطوات', 'الخطوات', 'خطوه', 'اجراء', 'طريقه', 'كيفيه', 'اجراءات', 'الاجراءات', 'اتمام', 'انجاز', 'اخلص', 'يخلص', 'ارغب',
  'اود', 'steps', 'process', 'procedure', 'start', 'begin',
]);
export const WHERE_WORDS = set(['اين', 'where', 'were', 'which', 'اي', 'اتوجه', 'اروح']);
export const HOURS_WORDS = set([
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
  // Closing as said in Egypt and the Levant (بتقفلوا الساعة كام), and "the timing" (التوقيت، eltawqeet).
  'تقفلوا',
  'بتقفلوا',
  'تقفلون',
  'يقفل',
  'تقفل',
  'بتقفل',
  'بيقفل',
  'تسكروا',
  'بتسكروا',
  'يسكرون',
  'توقيت',
  'التوقيت',
  'tawqeet',
  'eltawqeet',
  'dawam',
  'eldawam',
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
export const WAIT_WORDS = set([
  'انتظار',
  'الانتظار',
  'ننتظر',
  'انتظر',
  'ينتظر',
  'ينتظرون',
  'منتظرين',
  'المنتظرين',
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
/**
 * "Are you open (on Friday / after the prayer)": whether the centre is open, even where another
 * word of the question names an FAQ topic (the prayer room).
 */
export const ARE_YOU_OPEN_PHRASES = [
  ['you', 'open'],
  ['انتو', 'فاتحين'],
  ['انتم', 'فاتحين'],
  ['انتوا', 'فاتحين'],
  ['هل', 'تفتحون'],
].map((p) => p.map(normaliseArabic));
/** "The best time to come", "should I come back later": when the queue is short, a live question. */
export const QUIET_TIME_PHRASES = [
  ['احسن', 'وقت'],
  ['افضل', 'وقت'],
  ['best', 'time'],
  ['come', 'back', 'later'],
  ['less', 'crowded'],
  ['least', 'busy'],
  ['not', 'busy'],
].map((p) => p.map(normaliseArabic));
export const NOW_WORDS = set([
  'الان',
  'الآن',
  'حاليا',
  'اليوم',
  'now',
  'today',
  'currently',
  'moment',
  'right',
]);
export const MY_TICKET_WORDS = set([
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
export const MY_TICKET_PHRASES = [
  ['my', 'number'],
  ['my', 'ticket'],
  ['my', 'turn'],
  ['before', 'me'],
  ['ahead', 'of', 'me'],
].map((p) => p.map(normaliseArabic));
/** "How many are ahead of me / before me" (كم واحد قدامي، كم شخص قبلي). */
export const AHEAD_WORDS = set(['قدامي', 'قبلي']);
export const AHEAD_PHRASES = [
  ['before', 'me'],
  ['ahead', 'of', 'me'],
].map((p) => p.map(normaliseArabic));
/** Words that name the citizen's ticket ("my number 305", "رقم تذكرتي"): its own place in the queue. */
export const TICKET_NAMING_WORDS = set([
  'رقمي',
  'رقم',
  'تذكرتي',
  'التذكره',
  'تذكره',
  'ticket',
  'token',
  'number',
  'no',
  'numbr',
]);
