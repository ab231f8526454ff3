/** What the assistant searches: one document per service and one per FAQ entry. */
import type { Catalogue } from '../../contract/catalogue.js';
import type { SourceDocument } from './bm25.js';
import type { FaqEntry } from './contract.js';

export const serviceDocumentId = (serviceId: string) => `service:${serviceId}`;
export const faqDocumentId = (faqId: string) => `faq:${faqId}`;

/** Field weights: the name says what a service is; its agency and documents only hint. */
const WEIGHT = { name: 3, agency: 1, queue: 1, documents: 0.5, question: 1.5, variant: 1, answer: 0.5 };

/** Every service answer tells how long it takes and what to bring, so it answers those questions too. */
const SERVICE_IMPLIED_TERMS = ['#duration', '#documents'];

export function serviceDocuments(catalogue: Catalogue): SourceDocument[] {
  const agencies = new Map(catalogue.agencies.map((a) => [a.id, a]));
  const queues = new Map(catalogue.queues.map((q) => [q.id, q]));
  return catalogue.services.map((s) => {
    const agency = agencies.get(s.agencyId);
    const queue = queues.get(s.queueId);
    return {
      id: serviceDocumentId(s.id),
      fields: [
        { text: `${s.name.ar} ${s.name.en}`, weight: WEIGHT.name },
        ...(agency ? [{ text: `${agency.name.ar} ${agency.name.en}`, weight: WEIGHT.agency }] : []),
        ...(queue ? [{ text: `${queue.name.ar} ${queue.name.en}`, weight: WEIGHT.queue }] : []),
        ...s.requiredDocuments.map((d) => ({ text: `${d.ar} ${d.en}`, weight: WEIGHT.documents })),
      ],
      impliedTerms: SERVICE_IMPLIED_TERMS,
    };
  });
}

export function faqDocuments(faqs: readonly FaqEntry[]): SourceDocument[] {
  return faqs.map((f) => ({
    id: faqDocumentId(f.id),
    fields: [
      { text: `${f.question.ar} ${f.question.en}`, weight: WEIGHT.question },
      ...[...f.variants.ar, ...f.variants.en].map((v) => ({ text: v, weight: WEIGHT.variant })),
      { text: `${f.answer.ar} ${f.answer.en}`, weight: WEIGHT.answer },
    ],
  }));
}
