/**
 * The second opinion on which fact of a service a question asks for (issue #16): fees, duration,
 * documents, eligibility, representative, online or how-to. The rules read the fact from question
 * words (intent.ts); where they read none, or a typo or dialect hides it ("kam rsoom", "onlne",
 * "شحاله"), the answer is the right service with the wrong fact. Trained on the tuning parts'
 * service questions (fact-phrases.ts), like the topic classifier (second-opinion.ts).
 */
import { trainClassifier, type Prediction, type TextClassifier } from './naive-bayes.js';
import { FACT_PHRASES } from './fact-phrases.js';
import { ALL_TRAINING_PHRASES } from './second-opinion.js';

import type { FactKind } from './fact-kind.js';
export type { FactKind } from './fact-kind.js';
/**
 * Beside the facts, the current wait (trained from the live wait phrasings): "how long does it
 * take" asks a service's duration, "how long is the wait" the queue's.
 */
export const WAIT_LABEL = 'live:current-wait';

export interface FactOpinion {
  /** The fact kinds by probability, most likely first. */
  predict(question: string): Prediction;
}

export function createFactOpinion(
  phrases: Readonly<Record<FactKind, readonly string[]>> = FACT_PHRASES,
  waitPhrases: readonly string[] = ALL_TRAINING_PHRASES[WAIT_LABEL] ?? [],
): FactOpinion {
  const classifier: TextClassifier = trainClassifier([
    ...Object.entries(phrases).flatMap(([label, texts]) => texts.map((text) => ({ text, label }))),
    ...waitPhrases.map((text) => ({ text, label: WAIT_LABEL })),
  ]);
  return { predict: (question) => classifier.predict(question) };
}
