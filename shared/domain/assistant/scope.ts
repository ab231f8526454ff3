/**
 * What the assistant is not for: questions outside government services (weather, jokes, prices of
 * gold…), and government services this centre does not provide, each with where to go instead.
 * Both are checked before the catalogue is searched, so a near word never turns "golden visa" into
 * residency renewal or "price of gold" into the fees FAQ.
 */
import * as z from 'zod';
import { Id, LocalizedText } from '../../contract/catalogue.js';
import { cleanText } from '../../contract/text.js';
import { normaliseArabic } from './arabic.js';
import { editDistance } from './edit-distance.js';

/**
 * A government service provided elsewhere. `keywords` are phrases (ar and en mixed): the service is
 * meant when every word of one phrase is in the question (words compared after normalisation, and
 * a phrase word also matches a longer question word that starts with it: ذهبي ~ الذهبيه).
 */
export const ElsewhereService = z.object({
  id: Id,
  name: LocalizedText,
  where: LocalizedText,
  url: z.url(),
  keywords: z.array(cleanText().min(1).max(80)).min(1).max(30),
});
export type ElsewhereService = z.infer<typeof ElsewhereService>;
export type ElsewhereServiceInput = z.input<typeof ElsewhereService>;

/**
 * Topics that are not government services. Matched as whole words or word prefixes; kept to words
 * a service question would not use (the prayer room is a facility; "maghrib prayer time" is not).
 */
const OUT_OF_SCOPE_PHRASES: readonly string[] = [
  'طقس',
  'الطقس',
  'درجه الحراره',
  'نكته',
  'نكت',
  'nukta',
  'قصيده',
  'شعر',
  'افلام',
  'فيلم',
  'سينما',
  'الذهب',
  'ذهب اليوم',
  'سعر الذهب',
  'دولار',
  'الدولار',
  'يورو',
  'بيتكوين',
  'حظ',
  'برج',
  'هداف',
  'الدوري',
  'مباراه',
  'فاز',
  'الوصل',
  'مطعم',
  'mat3am',
  'sushi',
  'علاج',
  'صداع',
  'اسافر',
  'سياحه',
  'ترجم لي',
  'تاسست',
  'احب بنت',
  'نصيحه',
  'weather',
  'joke',
  'poem',
  'movie',
  'movies',
  'cinema',
  'gold price',
  'gold',
  'usd',
  'dollar',
  'euro',
  'bitcoin',
  'crypto',
  'horoscope',
  'league',
  'scorer',
  'football',
  'won the',
  'game',
  'restaurant',
  'resturant',
  'recipe',
  'maghrib',
  'prayer time',
  // The times of prayer and the dates of Ramadan or Eid are the calendar's; the prayer room and
  // the centre's hours in Ramadan ("Ramadan timings", "دوام رمضان") are still the centre's.
  'prayer times',
  'prayer timings',
  // Isha is also a given name ("my daughter Isha's ID"): only with prayer or time.
  'isha prayer',
  'fajr prayer',
  'isha time',
  'fajr time',
  'adhan',
  'azan',
  'اذان',
  'الاذان',
  'مواقيت الصلاه',
  'اوقات الصلاه',
  'متي رمضان',
  'متي العيد',
  'متي عيد',
  'when is ramadan',
  'when is eid',
  'when does ramadan',
  'meaning of life',
  'founded',
  'better',
  'patrol',
  'cruiser',
  'headache',
  'medicine',
  'holiday trip',
  'girlfriend',
  'song',
  'story',
  'music',
  'اغنيه',
  'اغاني',
  'موسيقي',
  'وصفه',
  'طبخ',
  // Whole domains a government service centre has nothing to say about.
  'طبخه',
  'اكله',
  'اكلات',
  'مطاعم',
  'حراره',
  'امطار',
  'مطر',
  'مباراه',
  'مباريات',
  'فريق',
  'لاعب',
  'منتخب',
  'مسلسل',
  'مسلسلات',
  'افلام',
  'اسهم',
  'الاسهم',
  'بورصه',
  'سعر صرف',
  'الصرف',
  'روبيه',
  'فضه',
  'النفط',
  'بنزين',
  'البنزين',
  'دكتور',
  'طبيب',
  'دواء',
  'حمي',
  'فندق',
  'فنادق',
  'شاطئ',
  'مول',
  'تسوق',
  'عاصمه',
  'رئيس دوله',
  'قصه',
  'حكايه',
  'لغز',
  'food',
  'cooking',
  'cook',
  'pizza',
  'burger',
  'rain',
  'temperature',
  'match',
  'team',
  'player',
  'cricket',
  'series',
  'netflix',
  'stock',
  'stocks',
  'shares',
  'exchange rate',
  'rupee',
  'silver',
  'oil price',
  'petrol',
  'doctor',
  'fever',
  'pharmacy',
  'صيدليه',
  'الصيدليه',
  'صيدليات',
  'vet',
  'veterinary',
  'بيطري',
  'البيطري',
  'shopping',
  'capital of',
  'president',
  'population',
  'riddle',
  // School work: "help with my son's maths homework".
  'homework',
  'maths',
  'math',
  'واجب مدرسي',
  'الواجب المدرسي',
  'رياضيات',
  'الرياضيات',
  'recommend',
  // Asking which school, clinic or shop is good is a recommendation, not a registration.
  'good school',
  'good schools',
  'best school',
  'best schools',
  'افضل مدرسه',
  'احسن مدرسه',
  'افضل المدارس',
  'احسن المدارس',
  'hobby',
  // Chat with the machine itself: its opinions, feelings, love.
  'الحب',
  'حب',
  'احبك',
  'رايك',
  'تحبني',
  'love',
  'your opinion',
  // What the machine is: "are you a person or a program", "are you a robot", "who made you".
  'انت انسان',
  'انت روبوت',
  'انت برنامج',
  'انت بشر',
  'انت حقيقي',
  'انت ذكاء',
  'مين صنعك',
  'من صنعك',
  'are you human',
  'are you a human',
  'are you a robot',
  'are you a bot',
  'are you real',
  'are you ai',
  'are you a computer',
  'who made you',
  'who created you',
  // A bank's credit card, a taxi called, what a job pays: never the centre's (paying the centre by
  // card is; "I left my ID in a taxi" is a lost ID, so a taxi counts only when one is asked for).
  'apply for a credit card',
  'apply for credit card',
  'get a credit card',
  'new credit card',
  'call me a taxi',
  'book a taxi',
  'taxi number',
  'اطلب تاكسي',
  'رقم تاكسي',
  'average salary',
  // What the law says of wages in general, not a citizen's own unpaid salary.
  'minimum wage',
  'الحد الادني للاجور',
  'الحد الادني للرواتب',
  // A restaurant's table is no appointment at the centre.
  'book a table',
  'book me a table',
  'احجز طاوله',
  'حجز طاوله',
  // What a private school or university charges (registering at a public school is a service
  // elsewhere, named by its own keywords).
  // A school's own calendar ("when do schools reopen"), like the dates of Ramadan, is no service.
  'schools reopen',
  'school reopen',
  'school holidays',
  'school holiday',
  'school calendar',
  'تفتح المدارس',
  'العطله المدرسيه',
  'اجازه المدارس',
  'دوام المدارس',
  // Which insurer is best is advice on a product (renewing a car's policy is a service elsewhere).
  'best insurance',
  'best health insurance',
  'best car insurance',
  'افضل تامين',
  'احسن تامين',
  'افضل شركه تامين',
  'school fees',
  'school fee',
  'tuition',
  'university fees',
  'رسوم المدرسه',
  'رسوم المدارس',
  'اقساط المدرسه',
  'رسوم الجامعه',
  'رسوم الدراسه',
  // Renting a car is a rental firm's business (its two words read as tenancy + vehicle).
  'rent a car',
  'car rental',
  'ايجار سياره',
  'تاجير سياره',
  'تاجير سيارات',
  // Shopping advice ("which car should I buy"); buying one is no service of a government centre.
  'buy',
  'اشتري',
  'اشتريها',
];
const OUT_OF_SCOPE = OUT_OF_SCOPE_PHRASES.map((p) => normaliseArabic(p).split(' '));
/**
 * Places and events that are out of scope as a subject ("best mall in Dubai", "book a flight") but
 * are also where a citizen's trouble happened ("I lost my ID at the beach", "my flight is on
 * Friday, how long does the cancellation take"): out of scope only when the question names no
 * service of the centre.
 */
const SITUATION_PHRASES: readonly string[] = [
  'beach',
  'mall',
  'flight',
  'flights',
  'hotel',
  'hotels',
  'مول',
  'المول',
  'البحر',
  'الشاطئ',
  'رحلتي',
  'طيارتي',
  // A bank account (loans are left out: a housing loan is a government service elsewhere).
  'open a bank account',
  'open bank account',
  'حساب بنكي',
  // Travelling: a plane ticket, the traffic on the roads.
  'flight ticket',
  'air ticket',
  'plane ticket',
  'تذكره طيران',
  'تذاكر طيران',
  'traffic jam',
  'زحمه سير',
  'زحمه السير',
  // Looking for a home or a job (registering a tenancy or a work permit is the centre's).
  'apartment for rent',
  'flat for rent',
  'find an apartment',
  'شقه للايجار',
  'ادور شقه',
  'ابحث عن شقه',
  'find a job',
  'get a job',
  'looking for a job',
  // What a job gives (its leave) is the employer's to say.
  'annual leave',
  'sick leave',
  'maternity leave',
  'الاجازه السنويه',
  'اجازتي السنويه',
  'اجازه مرضيه',
  'اجازه الامومه',
  'apply for a job',
  'job vacancy',
  'job vacancies',
  'vacancies',
  'وظائف',
  'شواغر',
  'ادور وظيفه',
  'ابحث عن وظيفه',
];
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
const FOREIGN_VISA = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:${VISA_WORDS})\s+(?:(?:for|to|of|الي|حق)\s+(?:the\s+)?)?(?:ل|ال|لل)?(?:${FOREIGN_COUNTRIES})|(?:${FOREIGN_COUNTRIES})\s+(?:tourist\s+|visit\s+)?(?:${VISA_WORDS})|schengen|شنغن|شنجن)(?![\p{L}])`,
  'u',
);

/** `namesService`: the question holds two topic concepts of the centre's services (ID + replace). */
export function isOutOfScope(
  words: readonly string[],
  normalisedQuestion: string,
  namesService = false,
): boolean {
  return (
    ARITHMETIC.test(normalisedQuestion) ||
    FOREIGN_VISA.test(normalisedQuestion) ||
    LANGUAGE_LEARNING.test(normalisedQuestion) ||
    (PHRASE_TRANSLATION.test(normalisedQuestion) && !DOCUMENT_MENTION.test(normalisedQuestion)) ||
    OUT_OF_SCOPE.some((p) => phraseIn(words, p)) ||
    (!namesService && SITUATION.some((p) => phraseIn(words, p)))
  );
}

/** Every word the scope checks read (never "corrected" into a catalogue word). */
export const SCOPE_WORDS: ReadonlySet<string> = new Set([...OUT_OF_SCOPE.flat(), ...SITUATION.flat()]);

export interface ElsewhereMatcher {
  /**
   * `misspelt`: question words that are no known word; one of them may be a keyword with one slip
   * ("helth card"), as long as another word of the phrase is typed right or the keyword is long.
   */
  match(words: readonly string[], misspelt?: ReadonlySet<string>): ElsewhereService | undefined;
  /** The question's words less those of the phrase that named a service elsewhere. */
  withoutMatch(words: readonly string[], misspelt?: ReadonlySet<string>): string[];
  words: ReadonlySet<string>;
}

/** A keyword this long may be matched by a misspelt word one slip away; shorter ones collide. */
const FUZZY_KEYWORD_LENGTH = 5;
/** A one-word phrase matched only through a slip needs a longer keyword still. */
const FUZZY_ALONE_LENGTH = 6;

function slipOf(questionWord: string, keyword: string, misspelt: ReadonlySet<string>): boolean {
  return (
    misspelt.has(questionWord) &&
    keyword.length >= FUZZY_KEYWORD_LENGTH &&
    editDistance(questionWord.startsWith('ال') ? questionWord.slice(2) : questionWord, keyword, 1) <= 1
  );
}

function wordMatches(questionWord: string, keyword: string): boolean {
  if (questionWord === keyword) return true;
  const bare = questionWord.startsWith('ال') ? questionWord.slice(2) : questionWord;
  return (
    bare === keyword || (keyword.length >= 4 && bare.startsWith(keyword) && bare.length - keyword.length <= 2)
  );
}

export function elsewhereMatcher(services: readonly ElsewhereService[]): ElsewhereMatcher {
  const table = services.map((s) => ({
    service: s,
    phrases: s.keywords.map((k) => (normaliseArabic(k).match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean)),
  }));
  const exact = (words: readonly string[], p: readonly string[]) =>
    p.length > 0 && p.every((k) => words.some((w) => wordMatches(w, k)));
  const withSlips = (words: readonly string[], p: readonly string[], misspelt: ReadonlySet<string>) => {
    const exactWords = p.filter((k) => words.some((w) => wordMatches(w, k))).length;
    return (
      p.every((k) => words.some((w) => wordMatches(w, k) || slipOf(w, k, misspelt))) &&
      (exactWords > 0 || (p.length === 1 && p[0]!.length >= FUZZY_ALONE_LENGTH))
    );
  };
  const find = (words: readonly string[], misspelt: ReadonlySet<string>) => {
    for (const t of table) {
      const phrase = t.phrases.find((p) => exact(words, p));
      if (phrase) return { service: t.service, phrase };
    }
    // Only when no phrase is typed right: a slip never outranks an exact keyword of another service.
    if (misspelt.size === 0) return undefined;
    for (const t of table) {
      const phrase = t.phrases.find((p) => p.length > 0 && withSlips(words, p, misspelt));
      if (phrase) return { service: t.service, phrase };
    }
    return undefined;
  };
  return {
    words: new Set(table.flatMap((t) => t.phrases.flat())),
    match: (words, misspelt = new Set()) => find(words, misspelt)?.service,
    withoutMatch(words, misspelt = new Set()) {
      const phrase = find(words, misspelt)?.phrase ?? [];
      return words.filter((w) => !phrase.some((k) => wordMatches(w, k) || slipOf(w, k, misspelt)));
    },
  };
}
