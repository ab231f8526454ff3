/**
 * The assistant's second opinion (issue #16): a classifier trained on the centre's own data (service
 * names and agencies, FAQ questions and their variants, services offered elsewhere) and on the
 * phrasings in training-phrases.ts, predicting what a question is about. The rules answer; this
 * only says whether it agrees with what they found.
 */
import type { Catalogue } from '../../../contract/catalogue.js';
import type { FaqEntry } from '../contract.js';
import type { ElsewhereService } from '../elsewhere.js';
import { trainClassifier, type Example, type Prediction, type TrainingOptions } from './naive-bayes.js';
import { TRAINING_PHRASES } from './training-phrases.js';
import { RETIRED_HELDOUT_PHRASES } from './training-phrases-retired.js';

/** Every phrasing of the tuning data by label: training-phrases.ts and the retired held-out sets' tuning parts. */
export const ALL_TRAINING_PHRASES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set([...Object.keys(TRAINING_PHRASES), ...Object.keys(RETIRED_HELDOUT_PHRASES)])].map((label) => [
    label,
    [...(TRAINING_PHRASES[label] ?? []), ...(RETIRED_HELDOUT_PHRASES[label] ?? [])],
  ]),
);

/**
 * The centre topic each demo FAQ entry answers (the labels of training-phrases.ts). An entry not
 * listed here (one a manager adds later) is its own label, `faq:<id>`, learnt from its question.
 */
export const FAQ_TOPICS: Readonly<Record<string, string>> = {
  'opening-hours': 'live:opening-hours',
  'waiting-time': 'live:current-wait',
  parking: 'topic:location-parking',
  'centre-address': 'topic:location-parking',
  'payment-methods': 'topic:payment-methods',
  'book-appointment': 'topic:appointments',
  'priority-service': 'topic:priority',
  accessibility: 'topic:accessibility',
  'missed-turn': 'topic:missed-turn',
  'lost-ticket': 'topic:lost-ticket',
  'card-delivery': 'topic:delivery',
  'document-delivery': 'topic:delivery',
  'originals-or-copies': 'topic:originals-copies',
  'translation-typing': 'topic:language-help',
  'language-help': 'topic:language-help',
  'assisted-digital': 'topic:assisted-digital',
  'prayer-room': 'topic:facilities',
  toilets: 'topic:facilities',
  wifi: 'topic:facilities',
  feedback: 'topic:complaints-feedback',
  complaints: 'topic:complaints-feedback',
};

/** Labels that are the same question for the purpose of agreeing (a live kind and its FAQ text). */
const RELATED: Readonly<Record<string, readonly string[]>> = {
  'live:current-wait': ['live:my-counter'],
  'live:my-counter': ['live:current-wait'],
  'topic:priority': ['topic:accessibility'],
  'topic:accessibility': ['topic:priority'],
};

/** The label an FAQ entry is learnt under. */
export const faqLabel = (faq: FaqEntry) => FAQ_TOPICS[faq.id] ?? `faq:${faq.id}`;

/** The training examples: the centre's data in both languages, then the phrases. */
export function trainingExamples(
  catalogue: Catalogue,
  faqs: readonly FaqEntry[],
  elsewhere: readonly ElsewhereService[],
  phrases: Readonly<Record<string, readonly string[]>> = ALL_TRAINING_PHRASES,
): Example[] {
  const examples: Example[] = [];
  const agencies = new Map(catalogue.agencies.map((a) => [a.id, a]));
  for (const s of catalogue.services) {
    const label = `service:${s.id}`;
    const agency = agencies.get(s.agencyId);
    for (const lang of ['ar', 'en'] as const)
      examples.push({ text: `${s.name[lang]} ${agency ? agency.name[lang] : ''}`, label });
  }
  for (const f of faqs) {
    const label = faqLabel(f);
    for (const lang of ['ar', 'en'] as const)
      for (const text of [f.question[lang], ...f.variants[lang]]) examples.push({ text, label });
  }
  for (const e of elsewhere)
    for (const text of [e.name.ar, e.name.en, ...e.keywords]) examples.push({ text, label: 'not-offered' });
  for (const [label, texts] of Object.entries(phrases))
    for (const text of texts) examples.push({ text, label });
  return examples;
}

export interface SecondOpinion {
  predict(question: string): Prediction;
  /** The probability the classifier gives to any of `labels` (and the labels related to them). */
  support(prediction: Prediction, labels: readonly string[]): number;
}

export function labelOfDocument(
  kind: 'service' | 'faq',
  id: string,
  faqs: ReadonlyMap<string, FaqEntry>,
): string[] {
  if (kind === 'service') return [`service:${id}`];
  const faq = faqs.get(id);
  if (!faq) return [`faq:${id}`];
  return [faqLabel(faq), ...faq.serviceIds.map((s) => `service:${s}`)];
}

export function createSecondOpinion(
  catalogue: Catalogue,
  faqs: readonly FaqEntry[],
  elsewhere: readonly ElsewhereService[],
  options: TrainingOptions = {},
  phrases: Readonly<Record<string, readonly string[]>> = ALL_TRAINING_PHRASES,
): SecondOpinion {
  const classifier = trainClassifier(trainingExamples(catalogue, faqs, elsewhere, phrases), options);
  // The rules and then the scope gate ask about the same question: it is classified once.
  let last: { question: string; prediction: Prediction } | undefined;
  return {
    predict(question) {
      if (last?.question !== question) last = { question, prediction: classifier.predict(question) };
      return last.prediction;
    },
    support(prediction, labels) {
      const wanted = new Set(labels.flatMap((l) => [l, ...(RELATED[l] ?? [])]));
      return prediction.ranked.reduce((sum, r) => sum + (wanted.has(r.label) ? r.p : 0), 0);
    },
  };
}
