/** The assistant's options, the centre's data it is built from, and what it offers (assistant.ts). */
import type { FormDefinition } from '../../contract/forms.js';
import type { AssistantAnswer, Language } from './contract.js';
import type { ElsewhereService } from './elsewhere.js';
import type { FactKind } from './classifier/fact-opinion.js';

export interface AssistantOptions {
  /** Below this confidence the answer hands over to a person: one bar, or one per visitor's language. */
  handoverBelow?: number | Readonly<Record<Language, number>>;
  /** Below this idf-weighted evidence of the topic the best match is a guess, not an answer. */
  minimumEvidence?: number;
  maxServices?: number;
  maxFaqs?: number;
  /**
   * The learned second opinion (classifier/): `calibrate` turns a confident answer the classifier
   * strongly disagrees with into "did you mean"; `fallback` also answers when the rules were
   * unsure but their best match is what the classifier is confident of, and offers the
   * classifier's guess as "did you mean" when the rules found nothing. `off` trains nothing.
   */
  secondOpinion?: 'off' | 'calibrate' | 'fallback';
  /** Fallback: the probability the classifier must give the rules' unsure best match. */
  agreementAbove?: number;
  /**
   * The fact classifier (classifier/fact-opinion.ts) chooses which fact of a service is answered
   * when the question words read none, or read "wait" beside a service, at this probability or more.
   */
  factAbove?: number;
  /**
   * The scope gate (scope-gate.ts): a confident answer is handed over when the classifier believes
   * "out of scope" or "offered elsewhere" more than the answer by at least this margin, per
   * visitor's language (above 1: never).
   */
  awayMargin?: Readonly<Record<Language, number>>;
}

/** The centre's data beyond the catalogue and FAQ. */
export interface AssistantData {
  forms?: readonly FormDefinition[];
  elsewhere?: readonly ElsewhereService[];
  /** The FAQ entry that states the rules for representatives, shown with representative answers. */
  representativeFaqId?: string;
  /** The second opinion's phrasings by label (classifier/training-phrases.ts when not given). */
  trainingPhrases?: Readonly<Record<string, readonly string[]>>;
  /** The fact classifier's phrasings by fact kind (classifier/fact-phrases.ts when not given). */
  factPhrases?: Readonly<Record<FactKind, readonly string[]>>;
}

export interface Assistant {
  /** `language` is the visitor's chosen language; questions in the other one are understood too. */
  ask(question: string, language: Language): AssistantAnswer;
}
