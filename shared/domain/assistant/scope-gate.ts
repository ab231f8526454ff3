/**
 * The scope gate (issue #16): the rules that find out-of-scope and elsewhere questions are lists of
 * words written from questions already seen, and on unseen ones they miss some. The second opinion
 * (classifier/) has learnt those questions' phrasing as a whole: when it believes "out of scope" or
 * "offered elsewhere" clearly more than the answer the rules are about to give, the answer becomes
 * a hand-over (a hand-over is never a confident wrong answer).
 */
import type { AssistantAnswer, Language } from './contract.js';
import type { AssistantContext } from './assistant-context.js';
import { faqLabel } from './classifier/second-opinion.js';

/** The classifier's labels for what does not belong to the centre. */
export const AWAY_LABELS: readonly string[] = ['out-of-scope', 'not-offered'];

const LIVE_KINDS: ReadonlySet<string> = new Set(['opening-hours', 'current-wait', 'my-counter']);

/** The classifier label of what a confident answer is about. */
function answerLabels(ctx: AssistantContext, a: AssistantAnswer): string[] {
  if (a.kind === 'faq') {
    const faq = a.faqs[0] && ctx.faqById.get(a.faqs[0].id);
    return faq ? [faqLabel(faq)] : [];
  }
  if (a.kind !== undefined && LIVE_KINDS.has(a.kind)) return [`live:${a.kind}`];
  return a.services[0] ? [`service:${a.services[0].id}`] : [];
}

export function gateOnScope(
  ctx: AssistantContext,
  question: string,
  language: Language,
  a: AssistantAnswer,
): AssistantAnswer {
  const margin = ctx.opts.awayMargin[language];
  const { secondOpinion } = ctx;
  if (a.handover || a.outcome !== 'answered' || !secondOpinion || margin > 1) return a;
  const opinion = secondOpinion.predict(question);
  const away = secondOpinion.support(opinion, AWAY_LABELS);
  const labels = answerLabels(ctx, a);
  const here = labels.length > 0 ? secondOpinion.support(opinion, labels) : 0;
  return away - here >= margin ? { ...a, handover: true, outcome: 'unsure' } : a;
}
