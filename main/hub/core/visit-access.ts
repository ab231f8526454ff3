/**
 * Need to know for what a visit record holds about a citizen: its own record (GET /api/v1/visits/:id,
 * the counter's customer panel) and their history across centres (the sync feature's
 * customer-history route). Visit ids are on every worklist and snapshot, so being signed in is not
 * enough: a visit is for the person serving that citizen now, and for the people answerable for the
 * centre's service. A floor assistant guides people to the queue and helps at kiosks; no screen of
 * theirs reads a visit record, so they get none.
 */
import type { CentreState } from '../../../shared/domain/state.js';
import type { StaffPrincipal } from './http-helpers.js';

/**
 * Managers and admins may read any visit: they take over escalations and complaints about a
 * citizen's service and review it afterwards, when no counter holds the visit any more. Their
 * history reads reach central's access log under their own staff id, as an agent's do.
 */
export const readsAnyVisit = (caller: StaffPrincipal): boolean =>
  caller.roles.some((r) => r === 'manager' || r === 'admin');

/**
 * Whether the caller's open counter has called or is serving the visit: the counter app shows the
 * citizen at the desk, and only while they are there.
 */
export function servesVisitAtOwnCounter(
  state: CentreState,
  caller: StaffPrincipal,
  visitId: string,
): boolean {
  const visit = state.visits.get(visitId);
  if (!visit || (visit.status !== 'called' && visit.status !== 'serving') || visit.counterId === null)
    return false;
  const counter = state.counters.get(visit.counterId);
  return (
    counter !== undefined &&
    counter.status !== 'closed' &&
    counter.staffId === caller.actor.staffId &&
    counter.currentVisitId === visitId
  );
}

/** Decided from memory alone, before any lookup, so a refusal does not tell which visit ids exist. */
export const mayReadVisit = (state: CentreState, caller: StaffPrincipal, visitId: string): boolean =>
  readsAnyVisit(caller) || servesVisitAtOwnCounter(state, caller, visitId);
