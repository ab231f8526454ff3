/**
 * Everyday life that is not the centre's (issue #16): a gym, a bank, a phone contract, a hospital
 * appointment, a lost wallet, a quarrel at home. Such questions use the centre's own words ("renew
 * my gym card", "the annual fee of my credit card", "cancel my phone contract", "hospital
 * appointment"), so no list of topics can keep up with them; what they lack is a word that names a
 * service of the centre for its own sake. The rule is therefore structural:
 *
 * - A question naming a **private thing** (a provider, a shop, a personal belonging) is out of scope
 *   when every topic concept it holds is an everyday one (renew, card, fee, cancel, appointment…) or
 *   clings to the private thing ("visa card", "gym ID"), and it does not speak of the centre itself.
 *   "My mother is in hospital, can I renew her ID" keeps ID, which names a service and stands apart
 *   from the hospital: answered.
 * - **Personal talk** (feelings, asking for life advice) is out of scope when it holds no concept
 *   beyond who is involved or what was said ("my wife is angry with me, what should I do").
 *
 * Checked after the services offered elsewhere, so "birth certificate for my baby born in the
 * hospital" is still sent to the health authority.
 */
import { normaliseArabic } from './arabic.js';
import { MALFUNCTION_PHRASES, PRIVATE_THING_PHRASES } from './everyday-phrases.js';

/**
 * How someone treats the citizen or feels about them ("my manager does not like me", "my colleague
 * hates me"): talk about a relationship. The place the two share (work) is its setting, not a topic.
 */
const RELATION_PHRASES: readonly string[] = [
  'likes me',
  'like me',
  'hates me',
  'hate me',
  'jealous',
  'bully',
  'bullies',
  'bullying',
  'shouts at me',
  'yells at me',
  'يحبني',
  'يحبوني',
  'يكرهني',
  'تكرهني',
  'يكرهوني',
  'يغار',
  'تغار',
  'يتنمر',
  'يصارخ علي',
  'يصرخ علي',
  'يتمصخر',
];

/** Feelings and asking for life advice. */
const PERSONAL_TALK_PHRASES: readonly string[] = [
  'what should i do',
  'what shud i do',
  'what shoud i do',
  'what i should do',
  'what i shoud do',
  'any advice',
  'advice',
  'what do you think',
  'sad',
  'lonely',
  'bored',
  'angry',
  'upset',
  'stressed',
  'depressed',
  'tired',
  'worried',
  'scared',
  'heartbroken',
  'feel',
  'احس',
  'شو اسوي',
  'وش اسوي',
  'شسوي',
  'ماذا افعل',
  'اعمل ايه',
  'شو اعمل',
  'تنصحني',
  'زعلان',
  'زعلانه',
  'حزين',
  'حزينه',
  'وحيد',
  'وحيده',
  'وحده',
  // "أشعر بالوحدة" (I feel lonely): the feeling, with its preposition and article.
  'اشعر',
  'بالوحده',
  'زهقان',
  'زهقانه',
  'طفشان',
  'تعبان',
  'تعبانه',
  'مكتئب',
  'قلقان',
  'خايف',
  'متضايق',
  'متضايقه',
  'يعصب',
  'معصب',
  'متخانق',
  'ta3ban',
  'za3lan',
  'zahgan',
  // How to get on with someone: advice about a person, whatever place the two share.
  'how to deal with',
  'how do i deal with',
  'how should i deal with',
  'how to handle him',
  'how to handle her',
  'get along with',
  'كيف اتعامل',
  'شلون اتعامل',
  'كيف اتصرف',
  'شلون اتصرف',
  'اتعامل معه',
  'اتعامل معاه',
  'اتعامل معها',
  'اتعامل وياه',
  'اتعامل وياها',
  ...RELATION_PHRASES,
];

/**
 * Concepts a private thing has as well: its card, its fee, renewing or cancelling it, an
 * appointment, papers, who it is for. Not the queue's own (ticket, wait, missed turn, priority),
 * nor those naming a service (ID, residency, licence, vehicle, work, permit, tenancy…), nor paying
 * ("can I pay by credit card" is the centre's payment methods; "my credit card's fee" is the bank's).
 */
const EVERYDAY_CONCEPTS: ReadonlySet<string> = new Set([
  '#renew',
  '#card',
  '#fee',
  '#cancel',
  '#contract',
  '#appointment',
  '#hours',
  '#documents',
  '#duration',
  '#issue',
  '#replace',
  '#register',
  '#online',
  '#deliver',
  '#sms',
  '#photo',
  '#test',
  '#human',
  '#speak',
  '#complaint',
  '#feedback',
  '#copy',
  '#family',
  // Missing a flight, a class or a doctor's appointment, or "who do I call": the centre's turn is
  // named by its own words (number, ticket, turn), which stay topic concepts.
  '#missed',
]);
/** Personal talk names who is involved and what was said or lost; anything else is a topic. */
const PERSONAL_CONCEPTS: ReadonlySet<string> = new Set([
  '#family',
  '#speak',
  '#human',
  '#sms',
  '#replace',
  '#test',
]);
/**
 * Talk about a relationship has its setting as well: the work the two share and what it asks of
 * the citizen (يكلفني بشغل: he loads me with work, read as a cost). A salary unpaid, a contract, a
 * complaint or a permit is still a topic: that is a labour question, not a quarrel.
 */
const RELATION_SETTING_CONCEPTS: ReadonlySet<string> = new Set([...PERSONAL_CONCEPTS, '#work', '#fee']);

/** Words that speak of the centre itself: "is there a metro station near the centre". */
const CENTRE_WORDS: ReadonlySet<string> = new Set(
  [
    'centre',
    'center',
    'centr',
    'here',
    'you',
    'your',
    'المركز',
    'مركزكم',
    'هنا',
    'هني',
    'عندكم',
    'انتم',
    'انتو',
  ].map(normaliseArabic),
);

const phrasesOf = (list: readonly string[]) => list.map((p) => normaliseArabic(p).split(' '));
const PRIVATE_THINGS = phrasesOf(PRIVATE_THING_PHRASES);
const PERSONAL_TALK = phrasesOf(PERSONAL_TALK_PHRASES);
const RELATION = phrasesOf(RELATION_PHRASES);
const PRIVATE_INDEX = indexOf(PRIVATE_THINGS);
const PERSONAL_INDEX = indexOf(PERSONAL_TALK);
const RELATION_INDEX = indexOf(RELATION);
const MALFUNCTION_INDEX = indexOf(phrasesOf(MALFUNCTION_PHRASES));

/** Joined particles and the article: والبنك, بالمستشفي, للنادي, لبطاقة (before three letters or more). */
const CLITICS = /^(?:وال|بال|فال|كال|لل|ال|و|ل(?=\p{L}{3})|ب(?=\p{L}{3}))/u;

/** A preposition joined to the article: بال، لل، كال (by, for, like the…). */
const JOINED_PREPOSITION = /^(?:بال|لل|كال)/u;

/** Possessive and plural endings: بوكي، عضويتي، شنطتها، مفاتيحي (not any letters: مول is no مولود). */
const SUFFIXES: readonly string[] = ['ها', 'هم', 'نا', 'كم', 'ات', 'ي', 'ه', 'ك'];

/**
 * The keywords a question word may be: itself, without its article or particle, without a plural
 * s, or (Arabic) without a possessive ending, ة restored where it was written ت (عضويتي → عضويه).
 * Computed once a word, so the phrase lists are looked up rather than scanned.
 */
function keysOf(word: string): Set<string> {
  const bare = word.replace(CLITICS, '');
  const keys = new Set([word, bare]);
  if (word.endsWith('s')) keys.add(word.slice(0, -1));
  if (/\p{Script=Arabic}/u.test(bare))
    for (const suffix of SUFFIXES) {
      if (!bare.endsWith(suffix) || bare.length - suffix.length < 3) continue;
      const stem = bare.slice(0, -suffix.length);
      keys.add(stem);
      if (stem.endsWith('ت')) keys.add(`${stem.slice(0, -1)}ه`);
    }
  return keys;
}

type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Phrases by their first word. */
function indexOf(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const p of phrases) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p]);
  return index;
}

/** The positions of the question's words covered by the phrases found in it. */
function positionsOf(keys: readonly ReadonlySet<string>[], index: PhraseIndex): Set<number> {
  const found = new Set<number>();
  keys.forEach((first, i) => {
    for (const key of first)
      for (const p of index.get(key) ?? [])
        if (i + p.length <= keys.length && p.every((k, j) => keys[i + j]!.has(k)))
          for (let j = 0; j < p.length; j++) found.add(i + j);
  });
  return found;
}

/** Words that may stand between a private thing and what belongs to it ("card of the gym"). */
const LINK_WORDS: ReadonlySet<string> = new Set(['my', 'the', 'a', 'of', 'for', 'his', 'her', 'our']);

/**
 * `termOf`: the index term a question word was read as (a concept is written `#name`).
 * `words`: the question's normalised words, in order.
 * `corrected`: the word was read only by correcting its spelling ("workng"): a guess is no
 * evidence that a service of the centre is meant.
 */
export function isEverydayLife(
  words: readonly string[],
  termOf: (word: string) => string | undefined,
  corrected: (word: string) => boolean = () => false,
): boolean {
  if (words.some((w) => CENTRE_WORDS.has(w))) return false;
  const concepts = words.map((w) => termOf(w)).map((t) => (t?.startsWith('#') ? t : undefined));
  const keys = words.map(keysOf);
  const privateAt = positionsOf(keys, PRIVATE_INDEX);
  if (privateAt.size > 0) {
    for (const i of positionsOf(keys, MALFUNCTION_INDEX)) privateAt.add(i);
    // The private thing's name takes the everyday words written into it ("my mobile phone bill",
    // "my gym membership card"): what is done to it ("pay") clings across them as across "my".
    // Only everyday concepts extend it, so a word naming a service (ID, licence) never does.
    for (let grown = true; grown;) {
      grown = false;
      concepts.forEach((c, i) => {
        if (c === undefined || privateAt.has(i) || !EVERYDAY_CONCEPTS.has(c)) return;
        // A joined preposition with the article (بالبطاقة: by the card) says how, like "by": the
        // card one pays with is no part of the thing's name.
        if (JOINED_PREPOSITION.test(words[i]!)) return;
        if (!privateAt.has(i - 1) && !privateAt.has(i + 1)) return;
        privateAt.add(i);
        grown = true;
      });
    }
    // A concept clings to a private thing when only link words stand between them.
    const clings = (i: number) =>
      [-1, 1].some((step) => {
        for (let j = i + step; j >= 0 && j < words.length; j += step) {
          if (privateAt.has(j)) return true;
          if (!LINK_WORDS.has(words[j]!)) return false;
        }
        return false;
      });
    const namesService = concepts.some(
      (c, i) =>
        c !== undefined &&
        !privateAt.has(i) &&
        !EVERYDAY_CONCEPTS.has(c) &&
        !clings(i) &&
        !corrected(words[i]!),
    );
    if (!namesService) return true;
  }
  return isPersonalTalk(words, termOf);
}

/**
 * Feelings or a plea for life advice about nothing but the citizen's own life ("I feel lonely since
 * my wife died"): out of scope, even where a word names a service elsewhere (a death certificate).
 */
export function isPersonalTalk(
  words: readonly string[],
  termOf: (word: string) => string | undefined,
): boolean {
  if (words.some((w) => CENTRE_WORDS.has(w))) return false;
  const concepts = words.map((w) => termOf(w)).map((t) => (t?.startsWith('#') ? t : undefined));
  const keys = words.map(keysOf);
  const personal = positionsOf(keys, PERSONAL_INDEX);
  if (personal.size === 0) return false;
  const setting = positionsOf(keys, RELATION_INDEX).size > 0 ? RELATION_SETTING_CONCEPTS : PERSONAL_CONCEPTS;
  return concepts.every((c, i) => c === undefined || personal.has(i) || setting.has(c));
}

/** Every word the rule reads (never "corrected" into a catalogue word). */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  ...PRIVATE_THINGS.flat(),
  ...PERSONAL_TALK.flat(),
]);
