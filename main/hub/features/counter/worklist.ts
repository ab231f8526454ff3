/**
 * A counter's worklist, read from the engine's state: the visit in hand, the visits parked at it,
 * those sent to it or to the signed-in person, and every waiting ticket (for walk-direct calls).
 * One function for the HTTP read and the pushed event, so the two cannot disagree; one rule for who
 * may read it (mayReadWorklist), asked by both.
 */
import type * as z from 'zod';
import type { CentreState } from '../../../../shared/domain/state.js';
import type { Visit } from '../../../../shared/contract/visit.js';
import type {
  WaitingTicket as WaitingTicketSchema,
  Worklist as WorklistSchema,
  WorklistVisit as WorklistVisitSchema,
} from '../../../../shared/contract/http-responses.js';
import type { StaffPrincipal } from '../../core/http-helpers.js';
import { readsAnyVisit } from '../../core/visit-access.js';

export type WaitingTicket = z.infer<typeof WaitingTicketSchema>;
export type Worklist = z.infer<typeof WorklistSchema>;
type WorklistVisit = z.infer<typeof WorklistVisitSchema>;

/**
 * A worklist names the citizens at a counter (the visit in hand, those parked there or sent to it),
 * so it follows visit-access.ts: the person holding the counter open, and managers and admins.
 * Another agent or a floor assistant is refused, even for a counter nobody holds.
 */
export function mayReadWorklist(state: CentreState, caller: StaffPrincipal, counterId: string): boolean {
  if (readsAnyVisit(caller)) return true;
  const counter = state.counters.get(counterId);
  return counter !== undefined && counter.status !== 'closed' && counter.staffId === caller.actor.staffId;
}

/** The ticket's public token stays out: it lets whoever holds it cancel or postpone the ticket. */
function withoutToken(visit: Visit): WorklistVisit {
  const { publicToken, ...shown } = visit;
  void publicToken;
  return shown;
}

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
  const current = counter.currentVisitId ? state.visits.get(counter.currentVisitId) : undefined;
  const inHand = current ? withoutToken(current) : null;
  const parked: WorklistVisit[] = [];
  const assigned: WorklistVisit[] = [];
  for (const v of state.visits.values()) {
    if (v.status === 'parked' && v.counterId === counterId) parked.push(withoutToken(v));
    else if (v.status === 'waiting' && (v.assignedCounterId === counterId || v.assignedStaffId === staffId))
      assigned.push(withoutToken(v));
  }
  return { counter, inHand, parked, assigned, waiting: waiting() };
}
