/**
 * The kiosk's virtual assistant: answers a question from the service catalogue and the centre's
 * FAQ, offline, and says when it is unsure so that the kiosk can hand over to a person.
 */
import type { Catalogue, Service } from '../../contract/catalogue.js';
import { buildIndex, idf, rank, resolveQuery, unknownTermIdf, type Bm25Index } from './bm25.js';
import type {
  AnswerFaq,
  AnswerMatch,
  AnswerService,
  AssistantAnswer,
  FaqEntry,
  Language,
} from './contract.js';
import { faqDocuments, serviceDocuments } from './documents.js';

export interface AssistantOptions {
  /** Below this confidence the answer hands over to a person. */
  handoverBelow?: number;
  /** Below this BM25 score the best match is too weak to stand on its own (one common word). */
  minimumScore?: number;
  maxServices?: number;
  maxFaqs?: number;
}

export interface Assistant {
  /** `language` is the visitor's chosen language; questions in the other one are understood too. */
  ask(question: string, language: Language): AssistantAnswer;
}

const DEFAULTS: Required<AssistantOptions> = {
  handoverBelow: 0.45,
  minimumScore: 1.5,
  maxServices: 3,
  maxFaqs: 2,
};
/** Matches scoring below this share of the best are not offered alongside it. */
const RELATIVE_CUTOFF = 0.6;
/** An unknown word counts for less than a known rare one: it may be filler we have no stop word for. */
const UNKNOWN_WORD_SHARE = 0.6;
const MAX_MATCHES = 5;

function parseDocumentId(id: string): { kind: 'service' | 'faq'; id: string } {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) === 'service' ? 'service' : 'faq', id: id.slice(at + 1) };
}

export function createAssistant(
  catalogue: Catalogue,
  faqs: readonly FaqEntry[],
  options: AssistantOptions = {},
): Assistant {
  const opts = { ...DEFAULTS, ...options };
  const index: Bm25Index = buildIndex([...serviceDocuments(catalogue), ...faqDocuments(faqs)]);
  const services = new Map(catalogue.services.map((s) => [s.id, s]));
  const agencies = new Map(catalogue.agencies.map((a) => [a.id, a]));
  const faqById = new Map(faqs.map((f) => [f.id, f]));

  const serviceAnswer = (s: Service): AnswerService => ({
    id: s.id,
    name: s.name,
    agency: agencies.get(s.agencyId)?.name ?? s.name,
    documents: s.requiredDocuments,
    expectedMinutes: s.expectedMinutes,
    ...(s.onlineUrl ? { onlineUrl: s.onlineUrl } : {}),
  });

  return {
    ask(question) {
      const { terms, unknown } = resolveQuery(index, question);
      const empty: AssistantAnswer = {
        handover: true,
        outcome: 'not_understood',
        confidence: 0,
        matches: [],
        services: [],
        faqs: [],
      };
      if (terms.includes('#speak') && terms.includes('#human'))
        return { ...empty, outcome: 'asked_for_person' };
      const ranked = rank(index, terms);
      const best = ranked[0];
      if (!best) return empty;

      const weightOf = (t: string) => idf(index, t);
      const asked =
        terms.reduce((n, t) => n + weightOf(t), 0) +
        unknown.length * UNKNOWN_WORD_SHARE * unknownTermIdf(index);
      const covered = best.matched.reduce((n, t) => n + weightOf(t), 0);
      const confidence = asked > 0 ? Math.min(1, covered / asked) : 0;

      const strong = ranked.filter((r, i) => i < MAX_MATCHES && r.score >= best.score * RELATIVE_CUTOFF);
      const matches: AnswerMatch[] = ranked
        .slice(0, MAX_MATCHES)
        .map((r) => ({ ...parseDocumentId(r.id), score: Math.round(r.score * 1000) / 1000 }));

      const serviceIds: string[] = [];
      const faqAnswers: AnswerFaq[] = [];
      for (const r of strong) {
        const doc = parseDocumentId(r.id);
        if (doc.kind === 'service') {
          if (!serviceIds.includes(doc.id)) serviceIds.push(doc.id);
          continue;
        }
        const faq = faqById.get(doc.id);
        if (!faq) continue;
        if (faqAnswers.length < opts.maxFaqs)
          faqAnswers.push({
            id: faq.id,
            question: faq.question,
            answer: faq.answer,
            serviceIds: faq.serviceIds,
          });
        for (const id of faq.serviceIds) if (!serviceIds.includes(id)) serviceIds.push(id);
      }
      const serviceAnswers = serviceIds
        .map((id) => services.get(id))
        .filter((s): s is Service => s !== undefined)
        .slice(0, opts.maxServices)
        .map(serviceAnswer);

      const sure = confidence >= opts.handoverBelow && best.score >= opts.minimumScore;
      return {
        handover: !sure,
        outcome: sure ? 'answered' : 'unsure',
        confidence: Math.round(confidence * 1000) / 1000,
        matches,
        services: serviceAnswers,
        faqs: faqAnswers,
      };
    },
  };
}
