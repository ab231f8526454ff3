/**
 * What the assistant is not for: questions outside government services (weather, jokes, prices of
 * gold…), and government services this centre does not provide, each with where to go instead.
 * Both are checked before the catalogue is searched, so a near word never turns "golden visa" into
 * residency renewal or "price of gold" into the fees FAQ.
 */
import { normaliseArabic } from './arabic.js';
import { OUT_OF_SCOPE_PHRASES, SITUATION_PHRASES } from './scope-phrases.js';

// The services offered elsewhere live in elsewhere.ts; the hub's assistant module still imports them from here.
export {
  ElsewhereService,
  elsewhereMatcher,
  type ElsewhereMatcher,
  type ElsewhereServiceInput,
} from './elsewhere.js';

const OUT_OF_SCOPE = OUT_OF_SCOPE_PHRASES.map((p) => normaliseArabic(p).split(' '));
const SITUATION = SITUATION_PHRASES.map((p) => normaliseArabic(p).split(' '));

function phraseIn(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 1) return words.includes(phrase[0]!);
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Digits on both sides of an operator word: arithmetic. */
const ARITHMETIC =
  /\d+\s*(?:[x×*+\-/]|ضرب|times|plus|minus)\s*\d+|\d+\s*(?:%|٪|percent|بالمئه|بالميه)\s*(?:of|من)\s*\d+/u;

/**
 * Translating a phrase into a language ("translate thank you to french", "how do you say hello in
 * Hindi") is a task for a dictionary; translating a document is the centre's typing service.
 */
const LANGUAGES =
  'french|english|arabic|spanish|german|italian|hindi|urdu|tagalog|chinese|russian|turkish|persian|farsi|bengali|malayalam|tamil';
const PHRASE_TRANSLATION = new RegExp(
  String.raw`\b(?:translate|translation of|how do you say|how to say)\b.*\b(?:to|into|in)\s+(?:${LANGUAGES})\b`,
  'u',
);
/**
 * What a word means ("shu ma3na kalimat appointment bel 3arabi", "ما معنى كلمة موعد بالانجليزي",
 * "what does the word X mean in arabic") is a dictionary's question too, whatever the word is: the
 * word asked about is quoted, not a topic of the question.
 */
const WORD_MEANING = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:ما|شو|وش|ايش|شنو|شنهو|شلون)\s+(?:هو\s+|هي\s+)?معني\s+(?:كلمه|كلمت|لفظ)|(?:shu|sho|wesh|esh|shno|ma)\s+ma3na(?:\s+kalim\w*)?|what\s+(?:does|do)\s+(?:the\s+)?word|meaning\s+of\s+(?:the\s+)?word)(?![\p{L}])`,
  'u',
);
/** Learning a language ("learn Arabic fast", "ابي اتعلم انجليزي") is a course, not language help here. */
const LANGUAGE_LEARNING = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:learn|learning|study|اتعلم|تعلم|يتعلم|ادرس)\s+(?:the\s+)?(?:${LANGUAGES}|عربي|العربي|العربيه|انجليزي|الانجليزي|الانجليزيه|اللغه|لغه)(?![\p{L}])`,
  'u',
);
const DOCUMENT_MENTION =
  /\b(?:documents?|certificates?|papers?|contracts?|deeds?|licen[cs]es?|passports?|forms?|letters?|statements?)\b/u;

/**
 * A visa for travelling to another country ("tourist visa for Canada", "فيزا لبريطانيا", "Schengen")
 * is that country's to give: no government service of this one, nor of its embassies here (those
 * serve their own citizens). A country after "from" is where a sponsored relative comes from, so
 * only a visa word next to the country, or "for"/"to"/ل between them, counts.
 */
const FOREIGN_COUNTRIES =
  'canada|america|usa|uk|britain|england|europe|schengen|australia|france|germany|italy|spain|japan|china|turkey|russia|' +
  'كندا|امريكا|بريطانيا|انجلترا|اوروبا|اوربا|شنغن|شنجن|استراليا|فرنسا|المانيا|ايطاليا|اسبانيا|اليابان|الصين|تركيا|روسيا';
const VISA_WORDS = 'visa|visas|فيزا|تاشيره|تاشيرات|الفيزا|التاشيره';
/** What kind of visa ("فيزا سياحة لتركيا"): a tourist visa to come here is a visit visa, offered elsewhere. */
const VISA_KINDS = 'tourist|visit|سياحه|سياحيه|زياره';
const VISA = new Set(VISA_WORDS.split('|'));
const TOURISM = new Set(['سياحه', 'سياحيه', 'السياحه']);

const FOREIGN_VISA = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:${VISA_WORDS})\s+(?:(?:${VISA_KINDS})\s+)?(?:(?:for|to|of|الي|حق)\s+(?:the\s+)?)?(?:ل|ال|لل)?(?:${FOREIGN_COUNTRIES})|(?:${FOREIGN_COUNTRIES})\s+(?:tourist\s+|visit\s+)?(?:${VISA_WORDS})|schengen|شنغن|شنجن)(?![\p{L}])`,
  'u',
);

/**
 * When the prayers are ("متى يأذن المغرب", "متى موعد صلاة العصر", "asr prayer time") is the
 * calendar's; the prayer room is a facility of the centre, and a prayer as the time of something
 * else ("are you open during Friday prayer", "هل تقفلون وقت صلاة الظهر") is the centre's hours.
 */
const PRAYER_NAMES = String.raw`(?:ال)?(?:فجر|ظهر|عصر|مغرب|عشا)`;
const PRAYER_TIME = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:اذان|الاذان|يوذن|ياذن)\s+${PRAYER_NAMES}|(?:متي|موعد|وقت|اوقات|توقيت)\s+(?:(?:موعد|وقت)\s+)?(?:صلاه|اذان|الاذان)\s+${PRAYER_NAMES}|(?:asr|dhuhr|zuhr|duhr|fajr)\s+(?:prayer|azan|adhan|time)|when\s+is\s+(?:asr|dhuhr|zuhr|fajr))(?![\p{L}])`,
  'u',
);
/** When Ramadan or the feast begins ("متى يبدأ رمضان", "متى عيد الفطر") is the calendar's too. */
const FEAST_DATE =
  /(?:^|[^\p{L}])متي\s+(?:(?:يبدا|يبدي|يجي|ياتي|يهل|بدايه|اول|موعد)\s+)?(?:(?:يوم|شهر|ايام)\s+)?(?:رمضان|العيد|عيد)(?![\p{L}])/u;
const CENTRE_HOURS =
  /(?:^|[^\p{L}])(?:تفتح|تفتحون|يفتح|تسكر|تسكرون|يسكر|تقفل|تقفلون|يقفل|مفتوح|مسكر|دوام|الدوام|المركز|open|opens|close|closes|closed|centre|center)(?![\p{L}])/u;

/**
 * A claim with one's insurer ("my health insurance company rejected my claim", "مطالبة التأمين")
 * is between the citizen and the company, whatever the policy covers.
 */
const INSURANCE = /^(?:insurance|insurer|insurers)$|تامين/u;
const CLAIM = /^(?:claims?|claimed|reimburse|reimbursed|reimbursement|(?:ال)?مطالب(?:ه|ات|تي))$/u;

/** `namesService`: the question holds two topic concepts of the centre's services (ID + replace). */
export function isOutOfScope(
  words: readonly string[],
  normalisedQuestion: string,
  namesService = false,
): boolean {
  // "فيزا سياحة" is a visa to visit, not tourism as a pastime.
  const topicWords = words.filter((w, i) => !(TOURISM.has(w) && VISA.has(words[i - 1] ?? '')));
  return (
    ARITHMETIC.test(normalisedQuestion) ||
    FOREIGN_VISA.test(normalisedQuestion) ||
    ((PRAYER_TIME.test(normalisedQuestion) || FEAST_DATE.test(normalisedQuestion)) &&
      !CENTRE_HOURS.test(normalisedQuestion)) ||
    (words.some((w) => INSURANCE.test(w)) && words.some((w) => CLAIM.test(w))) ||
    LANGUAGE_LEARNING.test(normalisedQuestion) ||
    (PHRASE_TRANSLATION.test(normalisedQuestion) && !DOCUMENT_MENTION.test(normalisedQuestion)) ||
    WORD_MEANING.test(normalisedQuestion) ||
    OUT_OF_SCOPE.some((p) => phraseIn(topicWords, p)) ||
    (!namesService && SITUATION.some((p) => phraseIn(words, p)))
  );
}

/** Every word the scope checks read (never "corrected" into a catalogue word). */
export const SCOPE_WORDS: ReadonlySet<string> = new Set([...OUT_OF_SCOPE.flat(), ...SITUATION.flat()]);
