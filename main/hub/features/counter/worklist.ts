/**
 * A counter's worklist, read from the engine's state: the visit in hand, the visits parked at it,
 * those sent to it or to the signed-in person, and every waiting ticket (for walk-direct calls).
 * One function for the HTTP read and the pushed event, so the two cannot disagree.
 */
import type * as z from 'zod';
import type { CentreState } from '../../../../shared/domain/state.js';
import type { Visit } from '../../../../shared/contract/visit.js';
import type {
  WaitingTicket as WaitingTicketSchema,
  Worklist as WorklistSchema,
} from '../../../../shared/contract/http-responses.js';

export type WaitingTicket = z.infer<typeof WaitingTicketSchema>;
export type Worklist = z.infer<typeof WorklistSchema>;

/** Every waiting ticket, longest waiting first: the same for every counter (walk-direct calls). */
export function waitingTickets(state: CentreState): WaitingTicket[] {
  const waiting: WaitingTicket[] = [];
  for (const v of state.visits.values())
    if (v.status === 'waiting')
      waiting.push({
        visitId: v.id,
        ticket: v.ticket,
        queueId: v.queueId,
        priority: v.priority,
        queuedAt: v.queuedAt,
      });
  return waiting.sort((a, b) => a.queuedAt - b.queuedAt);
}

/**
 * The worklist of `counterId` as `staffId` sees it, or undefined when there is no such counter.
 * `waiting` may be given when several worklists are made from one state (it is the same for all).
 */
export function worklistOf(
  state: CentreState,
  counterId: string,
  staffId: string,
  waiting: () => WaitingTicket[] = () => waitingTickets(state),
): Worklist | undefined {
  const counter = state.counters.get(counterId);
  if (!counter) return undefined;
  const inHand = counter.currentVisitId ? (state.visits.get(counter.currentVisitId) ?? null) : null;
  const parked: Visit[] = [];
  const assigned: Visit[] = [];
  for (const v of state.visits.values()) {
    if (v.status === 'parked' && v.counterId === counterId) parked.push(v);
    else if (v.status === 'waiting' && (v.assignedCounterId === counterId || v.assignedStaffId === staffId))
      assigned.push(v);
  }
  return { counter, inHand, parked, assigned, waiting: waiting() };
}
