/**
 * Live facts for the assistant's live answers, from the hub's state: the visitor's own ticket
 * (called at which counter, or how many ahead), the current wait per queue from the estimate. The
 * pure assistant decides the kind; this fills in what only the hub knows.
 */
import type { CentreState } from '../../../../shared/domain/state.js';
import { estimateQueue, estimateVisit } from '../../../../shared/domain/estimate.js';
import { businessDay } from '../../../../shared/domain/time.js';
import type { AnswerTicket, AssistantAnswer } from '../../../../shared/domain/assistant/contract.js';

/** "A45", "a045", "A 45" → "A045" (tickets are zero-padded to three digits). */
export function canonicalTicket(prefix: string, digits: string): string {
  return `${prefix.toUpperCase()}${digits.replace(/^0+(?=\d)/, '').padStart(3, '0')}`;
}

/** A ticket number written in the question itself ("رقمي A045", "ra8mi B17"), if any. */
export function ticketInQuestion(question: string): string | undefined {
  // Arabizi writes letters as digits (ra8mi): only a whole token of one or two letters and a
  // number counts, never letters and digits inside a longer word.
  const m = /(?:^|[^A-Za-z0-9])([A-Za-z]{1,2})-?(\d{1,4})(?![A-Za-z0-9])/u.exec(question);
  return m ? canonicalTicket(m[1]!, m[2]!) : undefined;
}

function ticketFact(state: CentreState, number: string, now: number): AnswerTicket {
  const today = businessDay(now, state.config.catalogue.centre.timeZone);
  let found;
  for (const v of state.visits.values())
    if (v.ticket === number && v.businessDay === today && (!found || v.issuedAt > found.issuedAt)) found = v;
  if (!found) return { state: 'unknown', number };
  if (found.status === 'waiting' || found.status === 'parked')
    return { state: 'waiting', number, ahead: estimateVisit(state, found, now).ahead };
  if ((found.status === 'called' || found.status === 'serving') && found.counterId) {
    const counter = state.config.counters.get(found.counterId);
    return { state: 'called', number, counter: counter?.label ?? found.counterId };
  }
  return { state: 'done', number };
}

export function withLiveFacts(
  answer: AssistantAnswer,
  state: CentreState,
  now: number,
  ticket: string | undefined,
): AssistantAnswer {
  if (answer.kind === 'my-counter')
    return {
      ...answer,
      source: 'ticket',
      facts: { ticket: ticket ? ticketFact(state, ticket, now) : { state: 'need_number' } },
    };
  if (answer.kind === 'current-wait') {
    const catalogue = state.config.catalogue;
    const asked = answer.services[0] ? state.config.services.get(answer.services[0].id)?.queueId : undefined;
    const queues = catalogue.queues.filter((q) => (asked ? q.id === asked : q.open));
    const waits = queues.map((q) => {
      const e = estimateQueue(state, q.id, now);
      // The estimate's own figures, unrounded, so the kiosk rounds them as its service tiles do.
      return {
        queueId: q.id,
        name: q.name,
        waiting: e.ahead,
        p50Minutes: Math.round(e.p50Minutes),
        p10Minutes: e.p10Minutes,
        p90Minutes: e.p90Minutes,
        counters: e.counters,
      };
    });
    return { ...answer, source: 'estimate', facts: { waits } };
  }
  return answer;
}
