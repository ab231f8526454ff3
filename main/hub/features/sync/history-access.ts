/**
 * Need to know for a citizen's history (earlier visits, calls, requests across centres). Visit ids
 * are on every worklist and snapshot, so being signed in is not enough: the history is for the
 * person serving that citizen now, and for the people answerable for the centre's service.
 */
import type { CentreState } from '../../../../shared/domain/state.js';
import type { StaffPrincipal } from '../../core/http-helpers.js';

/**
 * Managers and admins may read any visit's history: they take over escalations and complaints
 * about a citizen's service and review it afterwards, when no counter holds the visit any more.
 * Their reads reach central's access log under their own staff id, as an agent's do.
 */
export const readsAnyHistory = (caller: StaffPrincipal): boolean =>
  caller.roles.some((r) => r === 'manager' || r === 'admin');

/**
 * Whether the caller's open counter has called or is serving the visit: the counter app shows the
 * history of the citizen at the desk, and only while they are there.
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

export const mayReadHistory = (state: CentreState, caller: StaffPrincipal, visitId: string): boolean =>
  readsAnyHistory(caller) || servesVisitAtOwnCounter(state, caller, visitId);
