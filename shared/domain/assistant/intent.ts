/**
 * What kind of answer a question asks for, read from its question words (وين، كم، متى، هل يمكن،
 * where, how much, how long…) and intent concepts. These words used to be dropped as stop words, so
 * "where is my counter" and "my counter" were the same question; now they choose the answer's kind
 * while the topic words choose the service or FAQ entry.
 */
import { set, hasPhrase, any } from './intent-match.js';
import {
  BRING_WORDS,
  DOCUMENT_WORDS,
  DURATION_LEAD_WORDS,
  DURATION_PHRASES,
  DURATION_WORDS,
  FEE_PHRASES,
  FEE_WORDS,
  CURRENCY_WORDS,
  HOW_MUCH_OF_TIME,
  HOW_MUCH_WORDS,
  SALARY_WORDS,
  NEED_WORDS,
  ONLINE_PHRASES,
  ONLINE_WORDS,
  PEOPLE_WORDS,
  READY_WORDS,
  TAKES_LONG_WORDS,
  TAKES_TIME_WORDS,
  TAKES_WORDS,
  TIME_UNIT_WORDS,
  WHAT_WORDS,
} from './intent-fact-words.js';
import {
  asksWhetherPermitNeeded,
  CAN_WORDS,
  CONDITION_WORDS,
  EXPLICIT_BEHALF,
  HIRE_WORDS,
  MUST_WORDS,
  namesDriver,
  ON_BEHALF,
  ON_BEHALF_PHRASES,
  OTHER_PERSON,
  PRESENCE_WORDS,
  saysAbsent,
  SPONSOR_PERSON,
  THRESHOLD_WORDS,
  withoutIndirectIf,
} from './intent-person-words.js';
import {
  AHEAD_PHRASES,
  AHEAD_WORDS,
  ARE_YOU_OPEN_PHRASES,
  HOURS_WORDS,
  HOW_TO_WORDS,
  MY_TICKET_PHRASES,
  MY_TICKET_WORDS,
  NOW_WORDS,
  QUIET_TIME_PHRASES,
  TICKET_NAMING_WORDS,
  WAIT_WORDS,
  WHERE_WORDS,
} from './intent-live-words.js';

export { withArabiziFactNouns } from './intent-arabizi.js';

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
  /** "Are you open…": the opening hours, whatever else the question names. */
  ifOpen: boolean;
  /** "Do I need a permit for…": whether a permit is needed, an eligibility question first of all. */
  permitNeeded: boolean;
  /**
   * "How many are ahead of me" naming no ticket: without a ticket the assistant cannot know the
   * citizen's place, so the queue's length now answers it.
   */
  aheadWithoutTicket: boolean;
}

/** "How much" (بكم، بكام، قديش) not followed by a word of time: the money, even where the time is asked too. */
function asksHowMuchOfItsOwn(words: readonly string[]): boolean {
  return words.some((w, i) => {
    const next =
      w === 'how' && words[i + 1] === 'much' ? words[i + 2] : HOW_MUCH_WORDS.has(w) ? words[i + 1] : null;
    return next !== null && (next === undefined || !HOW_MUCH_OF_TIME.has(next));
  });
}

/**
 * "How long / how many days / how soon": a "how" that asks an amount. "How do I dispute a fine I got
 * that day" names a day but asks the way, not the time.
 */
const HOW_AMOUNT_NEXT = new Set(['long', 'many', 'much', 'soon', 'fast', 'quick', 'quickly']);
const asksHowMuchTime = (words: readonly string[]) =>
  words.some((w, i) => w === 'how' && HOW_AMOUNT_NEXT.has(words[i + 1] ?? ''));

const WHETHER_CUES = new Set([...MUST_WORDS, ...CONDITION_WORDS]);
const FEE_CUES = new Set([...FEE_WORDS, ...HOW_MUCH_WORDS, 'how', 'كم']);
const PRESENCE = set(PRESENCE_WORDS);
const THRESHOLD = set(THRESHOLD_WORDS);
const REQUIRED_WORDS = set(['المطلوب', 'المطلوبه', 'مطلوب', 'required', 'needed', 'need']);
/** An office is a firm acting for the citizen, or (online, "without going to any office") a place. */
const OFFICE_WORDS = set(['office', 'مكتب', 'المكتب', 'للمكتب']);
/** Phrases of ON_BEHALF_PHRASES that name someone the thing is done for. */
const SOMEONE_FOR_PHRASES = [
  ['for', 'me'],
  ['for', 'him'],
  ['for', 'her'],
];

/** "Where can I …" (وين اقدر، اين يمكن): the place asked for, not whether. */
const asksWhereCan = (words: readonly string[]) =>
  words.some((w, i) => (w === 'where' || w === 'اين') && CAN_WORDS.has(words[i + 1] ?? ''));

/** Where the first word of the set (or one under a clinging particle) is; the length if none. */
function firstAt(words: readonly string[], cues: ReadonlySet<string>): number {
  const i = words.findIndex((w) => any([w], cues));
  return i < 0 ? words.length : i;
}

/** `words` are normalised question words (dialect already rewritten). */
export function detectIntents(words: readonly string[]): Intents {
  const howMuch =
    hasPhrase(words, ['how', 'much']) || hasPhrase(words, ['كم', 'يكلف']) || any(words, HOW_MUCH_WORDS);
  // "(من) متى أقدر أجددها" asks from when the citizen may act, not how long it takes: its "when"
  // reads no duration (an expiry told beside it, "بتخلص الاسبوع الياي", is the condition).
  // "متى أقدر أستلم" (when can I collect) still waits for something to be ready.
  const whenAllowed = words.some(
    (w, i) => w === 'متي' && CAN_WORDS.has(words[i + 1] ?? '') && !any([words[i + 2] ?? ''], READY_WORDS),
  );
  const asksWhen = words.includes('متي') && !whenAllowed;
  const duration =
    DURATION_PHRASES.some((p) => hasPhrase(words, p)) ||
    DURATION_LEAD_WORDS.has(words[0] ?? '') ||
    (asksWhen && any(words, READY_WORDS)) ||
    (any(words, TAKES_WORDS) && any(words, TIME_UNIT_WORDS)) ||
    any(words, TAKES_LONG_WORDS) ||
    (words.includes('وقت') && any(words, TAKES_TIME_WORDS)) ||
    (any(words, DURATION_WORDS) &&
      (words.includes('كم') || asksHowMuchTime(words) || asksWhen || any(words, HOW_MUCH_WORDS)));
  const permitNeeded = asksWhetherPermitNeeded(words);
  const quietTime = QUIET_TIME_PHRASES.some((p) => hasPhrase(words, p));
  const online = any(words, ONLINE_WORDS) || ONLINE_PHRASES.some((p) => hasPhrase(words, p));
  // Beside "online", words of presence alone ("online or must I come", "without going to any
  // office") ask whether the citizen must come in person, not who comes instead.
  const presenceOnly =
    words.every((w) => !any([w], ON_BEHALF) || PRESENCE.has(w)) &&
    !SOMEONE_FOR_PHRASES.some((p) => hasPhrase(words, p)) &&
    !saysAbsent(words);
  const onBehalf =
    (any(words, ON_BEHALF) || ON_BEHALF_PHRASES.some((p) => hasPhrase(words, p)) || saysAbsent(words)) &&
    !(online && presenceOnly);
  // "My salary is 4500 AED": the sum is the citizen's pay, no fee asked.
  const feeWords = any(words, SALARY_WORDS) ? words.filter((w) => !CURRENCY_WORDS.has(w)) : words;
  // "كم يبي وقت" wants time, not money: كم with a verb of wanting is a fee only without one of time.
  // A "how much" of its own beside the time ("how much and how long", "بكم؟ وبياخد قد ايه") asks both.
  const fees =
    any(feeWords, FEE_WORDS) ||
    ((howMuch || FEE_PHRASES.some((p) => hasPhrase(words, p))) && !duration) ||
    (duration && asksHowMuchOfItsOwn(words));
  // "What is the minimum salary required": the requirement is a threshold to meet, not a paper.
  const paperWords = any(words, THRESHOLD) ? words.filter((w) => !REQUIRED_WORDS.has(w)) : words;
  const eligibility =
    permitNeeded ||
    whenAllowed ||
    any(words, MUST_WORDS) ||
    // "…يجددون لي ولا خلاص" (or is it over): a choice put as a question asks whether, like هل.
    // "Where can I complain" asks where, whatever the story before it says (an unpaid salary).
    ((any(words, CAN_WORDS) || words[0] === 'هل' || words.slice(1).includes('ولا')) &&
      !asksWhereCan(words) &&
      any(withoutIndirectIf(words), CONDITION_WORDS));
  return {
    // Both asked: the first question is the one a citizen means ("can I renew two months before it
    // expires? and how much" asks whether; "is there a discount if I pay early" asks the fee).
    fees: fees && !(eligibility && firstAt(words, WHETHER_CUES) < firstAt(feeWords, FEE_CUES)),
    duration,
    documents:
      any(paperWords, DOCUMENT_WORDS) ||
      (any(words, BRING_WORDS) && !any(words, PEOPLE_WORDS)) ||
      (any(paperWords, NEED_WORDS) && any(words, WHAT_WORDS)),
    representative:
      ((words.some((w) => any([w], OTHER_PERSON) && !(online && presenceOnly && OFFICE_WORDS.has(w))) ||
        namesDriver(words)) &&
        (onBehalf || any(words, CAN_WORDS)) &&
        !any(words, HIRE_WORDS)) ||
      // "Can my company apply online", "the company won't sign, can I cancel": the company is the
      // employer that applies or refuses; it comes for the citizen only when the words say so.
      (words.includes('company') && onBehalf && !any(words, HIRE_WORDS)) ||
      (any(words, SPONSOR_PERSON) && any(words, EXPLICIT_BEHALF)),
    onBehalf,
    bringsPeople: any(words, BRING_WORDS) && any(words, PEOPLE_WORDS),
    online,
    can: any(words, CAN_WORDS) || words[0] === 'هل' || (words[0] === 'can' && words.length > 2),
    eligibility,
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
    ifOpen: ARE_YOU_OPEN_PHRASES.some((p) => hasPhrase(words, p)),
    permitNeeded,
    aheadWithoutTicket:
      (any(words, AHEAD_WORDS) || AHEAD_PHRASES.some((p) => hasPhrase(words, p))) &&
      (words.includes('كم') || hasPhrase(words, ['how', 'many'])) &&
      !any(words, TICKET_NAMING_WORDS) &&
      !words.some((w) => /\d/u.test(w)),
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
