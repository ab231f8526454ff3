/** The order of ranked matches: a service's own fact before a near FAQ entry; the classifier's pick. */
import { isConceptTerm } from './analyse.js';
import type { RankedDocument } from './bm25.js';
import type { Intents } from './intent.js';
import { faqLabel, labelOfDocument } from './classifier/second-opinion.js';
import type { Prediction } from './classifier/naive-bayes.js';
import type { AssistantContext } from './assistant-context.js';
import {
  DISAGREE_SUPPORT,
  DISAGREE_TOP,
  MAX_MATCHES,
  RELATIVE_CUTOFF,
  TIE_SHARE,
} from './assistant-tuning.js';

export function parseDocumentId(id: string): { kind: 'service' | 'faq'; id: string } {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) === 'service' ? 'service' : 'faq', id: id.slice(at + 1) };
}

export const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A fee (duration, online, representative) question about a service is answered from the service's
 * form, not from an FAQ entry that merely shares its words ("how much to renew my residency" is
 * not the FAQ on overstay fines): when a service scores near the best FAQ entry and that entry is
 * about the service, or asks its fee, the service goes first.
 */
export function preferServiceFact(
  ctx: AssistantContext,
  ranked: RankedDocument[],
  intents: Intents,
): RankedDocument[] {
  const { faqById } = ctx;
  const top = ranked[0];
  if (!top) return ranked;
  const topDoc = parseDocumentId(top.id);
  if (topDoc.kind !== 'faq') return ranked;
  const topFaq = faqById.get(topDoc.id);
  const faqServices = topFaq?.serviceIds ?? [];
  const isLiveFaq = topFaq !== undefined && faqLabel(topFaq).startsWith('live:');
  // An FAQ entry about one service does not answer a question about another: "unpaid fines,
  // can I renew my licence" is not the entry on residency overstay fines. When the best service
  // near it is not one of the entry's and the question names it (a concept the entry lacks), the
  // service goes first.
  const firstService = ranked.find((r) => parseDocumentId(r.id).kind === 'service');
  if (
    firstService &&
    faqServices.length > 0 &&
    firstService.score >= top.score * RELATIVE_CUTOFF &&
    !faqServices.includes(parseDocumentId(firstService.id).id) &&
    firstService.matched.some((t) => isConceptTerm(t) && !top.matched.includes(t))
  )
    return [firstService, ...ranked.filter((r) => r !== firstService)];
  if (!(intents.fees || intents.online || intents.representative || intents.duration)) return ranked;
  const service = ranked.find((r) => {
    const d = parseDocumentId(r.id);
    return (
      d.kind === 'service' &&
      r.score >= top.score * RELATIVE_CUTOFF &&
      (faqServices.includes(d.id) ||
        // A general entry ("parking") holds no fee or duration; one about a live fact (the wait) may.
        ((intents.fees || (intents.duration && !isLiveFaq)) && faqServices.length === 0))
    );
  });
  return service ? [service, ...ranked.filter((r) => r !== service)] : ranked;
}

/**
 * Two near matches, the classifier sure of the second and giving the first almost nothing ("a
 * labour complaint from my phone": the complaints FAQ and the labour-complaint service score
 * alike): the classifier's choice goes first instead of a hand-over. It only picks among what the
 * words found close to the best, so it never brings in an answer they do not support, and the
 * evidence and confidence bars still apply to what it picked.
 */
export function secondOpinionFirst(
  ctx: AssistantContext,
  ranked: RankedDocument[],
  opinion: Prediction | undefined,
): RankedDocument[] {
  const { opts, secondOpinion, faqById } = ctx;
  const top = ranked[0];
  const guess = opinion?.ranked[0];
  if (!top || !opinion || !guess || !secondOpinion || guess.p < opts.agreementAbove) return ranked;
  const labelsOf = (r: RankedDocument) => {
    const d = parseDocumentId(r.id);
    return labelOfDocument(d.kind, d.id, faqById);
  };
  // Sure of another match and giving the best almost nothing: among the near ones. Merely
  // confident (agreementAbove) of a match the words score level with the best ("my company did
  // not give me my salary": work permit, contract cancellation and labour complaint tie): that one.
  const overrules =
    guess.p >= DISAGREE_TOP && secondOpinion.support(opinion, labelsOf(top)) <= DISAGREE_SUPPORT;
  const cutoff = overrules ? RELATIVE_CUTOFF : TIE_SHARE;
  const chosen = ranked.find(
    (r, i) => i > 0 && i < MAX_MATCHES && r.score >= top.score * cutoff && labelsOf(r)[0] === guess.label,
  );
  return chosen ? [chosen, ...ranked.filter((r) => r !== chosen)] : ranked;
}
