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
  DURATION_PHRASES,
  DURATION_WORDS,
  FEE_PHRASES,
  FEE_WORDS,
  HOW_MUCH_WORDS,
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
  CAN_WORDS,
  CONDITION_WORDS,
  MUST_WORDS,
  namesDriver,
  ON_BEHALF,
  ON_BEHALF_PHRASES,
  OTHER_PERSON,
  saysAbsent,
  withoutIndirectIf,
} from './intent-person-words.js';
import {
  HOURS_WORDS,
  HOW_TO_WORDS,
  MY_TICKET_PHRASES,
  MY_TICKET_WORDS,
  NOW_WORDS,
  QUIET_TIME_PHRASES,
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
  const onBehalf =
    any(words, ON_BEHALF) || ON_BEHALF_PHRASES.some((p) => hasPhrase(words, p)) || saysAbsent(words);
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
