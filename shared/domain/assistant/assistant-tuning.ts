/** The assistant's tuned defaults and the shares and bars its rules weigh answers by. */
import type { AssistantOptions } from './assistant-options.js';

export const DEFAULTS: Required<AssistantOptions> = {
  // Cost-sensitive, per language: the bars with the least cost (a confident wrong answer 10, a
  // partial answer or a needless hand-over 1) when the tuning parts of the five blind sets were
  // answered in three folds, each by an assistant whose classifiers were trained without that fold
  // (session 6 of #16; ar 0.35–0.45 and en 0.45–0.55 cost within 5 % of each other).
  handoverBelow: { ar: 0.35, en: 0.55 },
  minimumEvidence: 1.5,
  maxServices: 3,
  maxFaqs: 2,
  // On: on tuning-2's validation third it answered more (ar 76.7 → 79.1 %, en 88.4 → 93.0 % good)
  // with no more confident wrong answers anywhere (bench/assistant.ts, README).
  secondOpinion: 'fallback',
  // 0.7 (was 0.8): least cost in both languages in the same three-fold run as handoverBelow (one
  // confident wrong answer fewer in Arabic, 4 more correct in each language of ~387).
  agreementAbove: 0.7,
  // 0.85: least cost of 0.6 / 0.7 / 0.85 in the same three-fold run (it only turns partial answers
  // into correct ones or hand-overs, never into confident wrong ones).
  factAbove: 0.85,
  // Session 8, round 6: chosen by three-fold cross-validation of the tuning parts (at 0.6 the
  // classifier alone flags 59 % (ar) and 78 % (en) of the out-of-scope and not-offered questions
  // and would hand over 3 of 519 (ar) and 1 of 497 (en) correct answers), then kept per language
  // only where all validation thirds together improved: ar confident wrong 1.8 -> 1.2 %, good share
  // unchanged (86.0 %); en lost 3 correct answers and caught no wrong one, so it stays off there.
  awayMargin: { ar: 0.6, en: Number.POSITIVE_INFINITY },
};
/** Facts a plain service card already answers (documents, take a ticket): no need to choose. */
export const CARD_FACTS: ReadonlySet<string> = new Set(['documents', 'how-to']);
/** Calibration: the classifier is this sure of another kind of question… */
export const DISAGREE_TOP = 0.9;
/** …and gives the rules' answer at most this probability. */
export const DISAGREE_SUPPORT = 0.02;
/**
 * Session 9, round 9: when the words leave part of the question unexplained (confidence below 1),
 * a classifier at least this sure of something else, giving what they found no more than
 * DISAGREE_SUPPORT, makes the answer a "did you mean" with a person first. Most confident wrong
 * answers on fresh blind sets looked like that ("my wife's residence" answered as sponsorship
 * while the classifier put residency renewal first), and a partial answer is better than a
 * wrong one. Chosen on all validation thirds and on three-fold cross-validation (docs, round 9).
 */
export const DOUBT_TOP = 0.5;
/** Matches scoring at least this share of the best are level with it: the classifier may choose. */
export const TIE_SHARE = 0.97;
/** …and the most it may give "offered elsewhere" for a service here to overrule an elsewhere keyword. */
export const NOT_OFFERED_SUPPORT = 0.05;
/** Matches scoring below this share of the best are not offered alongside it. */
export const RELATIVE_CUTOFF = 0.6;
/** An unknown word counts for less than a known rare one: it may be filler we have no stop word for. */
export const UNKNOWN_WORD_SHARE = 0.35;
/** A word reached by correcting a misspelling is less sure than one typed right. */
export const CORRECTED_SHARE = 0.5;
/** Intent concepts still rank (the fees FAQ for "what are the fees") but are no evidence of a topic. */
export const INTENT_SHARE = 0.35;
export const MAX_MATCHES = 5;
/**
 * A missed turn is what the question is about, wherever the citizen was when it passed ("I was in
 * the toilet when my number was called"): the event outweighs the place.
 */
export const EVENT_SHARE = 1.5;
/**
 * One topic word the classifier also puts first, with at least this share of its belief, answers at
 * the general bar instead of the single-word one (see agreesOnThinWords).
 */
export const THIN_AGREEMENT = 0.5;
/** "How much / how long" beside a word of waiting asks the queue's length (كم بستنى، how long to wait). */
export const HOW_MUCH_OR_LONG: ReadonlySet<string> = new Set(['كم', 'بكم', 'how']);
/** …where "how" asks an amount only before one of these ("how long", not "how to"). */
export const HOW_AMOUNT_WORDS: ReadonlySet<string> = new Set(['long', 'much', 'many']);
/** The confidence an answer needs when a single topic word supports it. */
export const SINGLE_WORD_CONFIDENCE = 0.55;

/** Concepts that say what kind of answer is wanted, not what it is about. */
export const INTENT_CONCEPTS = new Set([
  '#fee',
  '#duration',
  '#documents',
  '#wait',
  '#hours',
  '#number',
  '#online',
  '#issue',
  '#human',
]);
/** A term this often in a service's document is in its name, agency or queue, not only in its documents. */
export const NAMING_TF = 2;
/** Actions that apply to many services: they say what to do, not to which service. */
export const ACTION_CONCEPTS: ReadonlySet<string> = new Set(['#issue', '#renew', '#replace']);
/** …and, with attesting a contract, what is done to any paper: they name no service beside one elsewhere. */
export const PAPER_ACTION_CONCEPTS: ReadonlySet<string> = new Set([
  ...ACTION_CONCEPTS,
  '#attest',
  '#contract',
]);
