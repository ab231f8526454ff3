/**
 * Grades one assistant answer against a blind question's expected kind (issue #16).
 *
 * Outcomes:
 * - `correct`: the answer is the one a citizen needed.
 * - `partial`: helpful but not the asked fact (right service, other fact; a plain hand-over for a
 *   service the centre does not offer; the static FAQ text where live data was asked).
 * - `wrong`: a confident answer to another question (what the targets keep under 3 %).
 * - `handover`: a correct hand-over: the centre holds no answer, and the assistant said so.
 * - `missed`: a hand-over although the centre holds the answer.
 *
 * Rules per expected kind:
 * - `service` (serviceId S, fact F). An answer is "about S" when its first service is S (a service
 *   answer, or an FAQ entry whose first service is S). Correct: about S with `kind` F; for F =
 *   `how-to` or `documents` the plain service card (`kind` service: documents, time, online link,
 *   take a ticket) is also correct; an FAQ entry tagged `S/F` is correct. Partial: about S with
 *   another kind. Hand-over: correct when the centre has no such fact (F = `eligibility`: the
 *   catalogue holds no eligibility rules; F = `fees` for a service whose form lists no fee), else
 *   missed. Anything else answered is wrong.
 * - `live` (L): correct when `kind` is L (answered from live data); another live kind or the FAQ's
 *   static text on the subject is partial; a hand-over is missed; anything else is wrong.
 * - `centre` (topic T): correct when the answer is an FAQ entry tagged T; a hand-over is correct when
 *   no entry has T and missed when one has; anything else answered is wrong.
 * - `not-offered`: correct when the outcome is `not_offered` ("not at this centre" + where to go);
 *   a plain hand-over is partial; an answer naming a service or FAQ here is wrong.
 * - `out-of-scope`: every hand-over is correct; any answer (including `not_offered`) is wrong.
 *
 * Answers from before issue #16 have no `kind`: their first match decides (a service → `service`,
 * an FAQ entry → `faq`), so the BEFORE figures are graded by the same rules.
 */
import type { AssistantAnswer } from '../../../shared/domain/assistant/contract.js';
import type { FormDefinition } from '../../../shared/contract/forms.js';
import type { BlindQuestion, Expected } from './types.js';

export type Grade = 'correct' | 'partial' | 'wrong' | 'handover' | 'missed';
export const GRADES: readonly Grade[] = ['correct', 'partial', 'wrong', 'handover', 'missed'];

/**
 * What each FAQ entry of the demo centre answers: a centre topic, a live kind (its static text),
 * or `serviceId/fact`. Entries the centre adds later without a tag count as answering nothing.
 */
export const FAQ_TAGS: Readonly<Record<string, readonly string[]>> = {
  'opening-hours': ['opening-hours'],
  parking: ['location-parking'],
  'centre-address': ['location-parking'],
  'payment-methods': ['payment-methods'],
  'book-appointment': ['appointments'],
  'priority-service': ['priority', 'accessibility'],
  accessibility: ['accessibility'],
  'missed-turn': ['missed-turn'],
  'waiting-time': ['current-wait', 'my-counter'],
  'lost-ticket': ['lost-ticket'],
  'card-delivery': ['delivery', 'eid-renew/duration', 'eid-replace/duration'],
  'document-delivery': ['delivery'],
  'originals-or-copies': ['originals-copies'],
  'translation-typing': ['language-help'],
  'language-help': ['language-help'],
  'assisted-digital': ['assisted-digital'],
  'prayer-room': ['facilities'],
  toilets: ['facilities'],
  wifi: ['facilities'],
  feedback: ['complaints-feedback'],
  complaints: ['complaints-feedback'],
  'residency-expired-grace': ['residency-renew/eligibility'],
};

const LIVE_KINDS = new Set(['my-counter', 'current-wait', 'opening-hours']);

export interface GradeContext {
  faqIds: ReadonlySet<string>;
  forms: readonly FormDefinition[];
}

interface Reading {
  handover: boolean;
  notOffered: boolean;
  kind: string;
  /** The service the answer is about, if any. */
  serviceId?: string;
  faqId?: string;
}

function read(answer: AssistantAnswer): Reading {
  const notOffered = answer.outcome === 'not_offered';
  const handover = answer.handover && !notOffered;
  const first = answer.matches[0];
  const faqFirst = answer.kind ? answer.kind === 'faq' : first?.kind === 'faq';
  const faq = faqFirst ? answer.faqs[0] : undefined;
  const kind = answer.kind ?? (faq ? 'faq' : 'service');
  const serviceId = faq ? faq.serviceIds[0] : answer.services[0]?.id;
  return {
    handover,
    notOffered,
    kind,
    ...(serviceId ? { serviceId } : {}),
    ...(faq ? { faqId: faq.id } : {}),
  };
}

function topicHasEntry(topic: string, ctx: GradeContext): boolean {
  return Object.entries(FAQ_TAGS).some(([id, tags]) => ctx.faqIds.has(id) && tags.includes(topic));
}

function gradeService(e: Extract<Expected, { kind: 'service' }>, r: Reading, ctx: GradeContext): Grade {
  if (r.notOffered) return 'wrong';
  if (r.handover) {
    const form = ctx.forms.find((f) => f.serviceId === e.serviceId);
    const noFact = e.fact === 'eligibility' || (e.fact === 'fees' && !(form && form.fees.length > 0));
    return noFact ? 'handover' : 'missed';
  }
  const tagged = r.faqId ? (FAQ_TAGS[r.faqId] ?? []) : [];
  if (tagged.includes(`${e.serviceId}/${e.fact}`)) return 'correct';
  if (r.serviceId !== e.serviceId) return 'wrong';
  if (r.kind === e.fact) return 'correct';
  if (r.kind === 'service' && (e.fact === 'how-to' || e.fact === 'documents')) return 'correct';
  return 'partial';
}

export function grade(question: BlindQuestion, answer: AssistantAnswer, ctx: GradeContext): Grade {
  const e = question.expected;
  const r = read(answer);
  switch (e.kind) {
    case 'out-of-scope':
      return r.handover ? 'handover' : 'wrong';
    case 'not-offered':
      return r.notOffered ? 'correct' : r.handover ? 'partial' : 'wrong';
    case 'live': {
      if (r.notOffered) return 'wrong';
      if (r.handover) return 'missed';
      if (r.kind === e.fact) return 'correct';
      if (LIVE_KINDS.has(r.kind)) return 'partial';
      const tags = r.faqId ? (FAQ_TAGS[r.faqId] ?? []) : [];
      return tags.includes(e.fact) ? 'partial' : 'wrong';
    }
    case 'centre': {
      if (r.notOffered) return 'wrong';
      if (r.handover) return topicHasEntry(e.topic, ctx) ? 'missed' : 'handover';
      const tags = r.faqId ? (FAQ_TAGS[r.faqId] ?? []) : [];
      return r.kind === 'faq' && tags.includes(e.topic) ? 'correct' : 'wrong';
    }
    case 'service':
      return gradeService(e, r, ctx);
  }
}

export type Confusion = Record<Grade, number> & { total: number };

export function emptyConfusion(): Confusion {
  return { correct: 0, partial: 0, wrong: 0, handover: 0, missed: 0, total: 0 };
}

/** Correct answers plus correct hand-overs, as a share of all questions (the first target). */
export const goodShare = (c: Confusion) => (c.correct + c.handover) / Math.max(1, c.total);
export const wrongShare = (c: Confusion) => c.wrong / Math.max(1, c.total);
