/**
 * What an assistant is built from once: the index, lookups by id, the classifiers, the words it
 * knows, and the answer shapes every rule returns. Shared by the answering modules.
 */
import type { Catalogue, Service } from '../../contract/catalogue.js';
import { termOf } from './analyse.js';
import { normaliseArabic } from './arabic.js';
import { buildIndex, type Bm25Index } from './bm25.js';
import type { AnswerFaq, AnswerService, AssistantAnswer, FaqEntry } from './contract.js';
import { faqDocuments, serviceDocuments } from './documents.js';
import { INTENT_WORDS } from './intent.js';
import { REAL_WORDS } from './lexicon.js';
import { elsewhereMatcher } from './elsewhere.js';
import { SCOPE_WORDS } from './scope.js';
import { EVERYDAY_WORDS } from './everyday.js';
import { ARABIC_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.js';
import { createSecondOpinion } from './classifier/second-opinion.js';
import type { Prediction } from './classifier/naive-bayes.js';
import { createFactOpinion, WAIT_LABEL, type FactKind } from './classifier/fact-opinion.js';
import type { AssistantData, AssistantOptions } from './assistant-options.js';
import { CARD_FACTS, DEFAULTS, DISAGREE_SUPPORT, DISAGREE_TOP } from './assistant-tuning.js';
import { GENERIC_WORDS } from './assistant-words.js';

export type AssistantContext = ReturnType<typeof createAssistantContext>;

export function createAssistantContext(
  catalogue: Catalogue,
  faqs: readonly FaqEntry[],
  options: AssistantOptions,
  data: AssistantData,
) {
  const opts = { ...DEFAULTS, ...options };
  const index: Bm25Index = buildIndex([...serviceDocuments(catalogue), ...faqDocuments(faqs)]);
  const docById = new Map(index.docs.map((d) => [d.id, d]));
  const services = new Map(catalogue.services.map((s) => [s.id, s]));
  const agencies = new Map(catalogue.agencies.map((a) => [a.id, a]));
  const faqById = new Map(faqs.map((f) => [f.id, f]));
  const forms = new Map((data.forms ?? []).map((f) => [f.serviceId, f]));
  const elsewhere = elsewhereMatcher(data.elsewhere ?? []);
  const representativeFaq = data.representativeFaqId ? faqById.get(data.representativeFaqId) : undefined;
  const secondOpinion =
    opts.secondOpinion === 'off'
      ? undefined
      : createSecondOpinion(catalogue, faqs, data.elsewhere ?? [], {}, data.trainingPhrases);
  const factOpinion =
    opts.secondOpinion === 'off'
      ? undefined
      : createFactOpinion(data.factPhrases, data.trainingPhrases?.[WAIT_LABEL]);
  /** The fact the fact classifier is sure a question asks for, if it is one the card does not answer. */
  // One fact prediction per question, made only when a rule asks for it (most questions never do).
  let factCache: { question: string; top: { label: string; p: number } | undefined } | undefined;
  const factTop = (question: string) => {
    if (factCache?.question !== question)
      factCache = { question, top: factOpinion?.predict(question).ranked[0] };
    return factCache.top;
  };
  const factGuess = (question: string): FactKind | undefined => {
    const top = factTop(question);
    return top && top.p >= opts.factAbove && !CARD_FACTS.has(top.label) && top.label !== WAIT_LABEL
      ? (top.label as FactKind)
      : undefined;
  };
  /** "How long does the attestation take, my landlord is waiting": a service's duration, not the queue. */
  const asksServiceFact = (question: string): boolean => {
    const top = factTop(question);
    return top !== undefined && top.p >= opts.factAbove && top.label !== WAIT_LABEL;
  };
  /** The classifier is sure the question is about something other than the live kind the words read. */
  const liveOverruled = (opinion: Prediction | undefined, kind: string): boolean =>
    opinion !== undefined &&
    secondOpinion !== undefined &&
    (opinion.ranked[0]?.p ?? 0) >= DISAGREE_TOP &&
    !(opinion.ranked[0]?.label.startsWith('live:') ?? false) &&
    secondOpinion.support(opinion, [`live:${kind}`]) <= DISAGREE_SUPPORT;
  const genericTerms = new Set(
    GENERIC_WORDS.map((w) => termOf(normaliseArabic(w))).filter((t): t is string => t !== undefined),
  );
  const realWords = new Set([
    ...REAL_WORDS,
    ...INTENT_WORDS,
    ...SCOPE_WORDS,
    ...EVERYDAY_WORDS,
    ...elsewhere.words,
    ...ARABIC_STOP_WORDS.map(normaliseArabic),
    ...ENGLISH_STOP_WORDS,
  ]);

  const serviceAnswer = (s: Service): AnswerService => ({
    id: s.id,
    name: s.name,
    agency: agencies.get(s.agencyId)?.name ?? s.name,
    documents: s.requiredDocuments,
    expectedMinutes: s.expectedMinutes,
    ...(s.onlineUrl ? { onlineUrl: s.onlineUrl } : {}),
  });
  const faqAnswer = (f: FaqEntry): AnswerFaq => ({
    id: f.id,
    question: f.question,
    answer: f.answer,
    serviceIds: f.serviceIds,
  });
  const empty = (outcome: AssistantAnswer['outcome']): AssistantAnswer => ({
    handover: outcome !== 'not_offered',
    outcome,
    confidence: 0,
    matches: [],
    services: [],
    faqs: [],
  });

  return {
    catalogue,
    faqs,
    opts,
    index,
    docById,
    services,
    faqById,
    forms,
    elsewhere,
    representativeFaq,
    secondOpinion,
    factGuess,
    asksServiceFact,
    liveOverruled,
    genericTerms,
    realWords,
    serviceAnswer,
    faqAnswer,
    empty,
  };
}
