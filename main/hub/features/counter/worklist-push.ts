/**
 * Pushes each watching counter screen its worklist when a commit changes it, so the screen no
 * longer refetches it over HTTP on every visit and snapshot. A batch concerns a screen when it
 * touches its counter, a visit at or sent to it or its staff member, a visit the screen already
 * lists, or a waiting visit (the walk-direct list holds every waiting ticket). The worklist is
 * computed once per counter and person per batch; other screens get nothing. A screen that
 * reconnects asks again (its socket is new), so a push lost while it was away is not missed.
 * Each push asks mayReadWorklist again: a screen gets the list only while its person holds the
 * counter (or is a manager or admin), so a desk that asked before opening its counter gets the
 * list once it has opened it, and nothing after it has closed it or someone else took it over.
 */
import type { Socket } from 'socket.io';
import type { CentreState, Change } from '../../../../shared/domain/state.js';
import { WORKLIST_EVENT } from '../../../../shared/contract/worklist.js';
import type { Committed } from '../../core/hub.js';
import type { StaffPrincipal } from '../../core/http-helpers.js';
import {
  mayReadWorklist,
  waitingTickets,
  worklistOf,
  type WaitingTicket,
  type Worklist,
} from './worklist.js';

interface Watch {
  counterId: string;
  caller: StaffPrincipal;
  /** Every visit id in the worklist last sent: a change to one of them changes the list. */
  listed: Set<string>;
}

const listedIds = (w: Worklist): Set<string> =>
  new Set([
    ...(w.inHand ? [w.inHand.id] : []),
    ...w.parked.map((v) => v.id),
    ...w.assigned.map((v) => v.id),
    ...w.waiting.map((v) => v.visitId),
  ]);

function concerns(change: Change, watch: Watch): boolean {
  if (change.counters.some((c) => c.counterId === watch.counterId)) return true;
  return change.visits.some(
    (v) =>
      v.status === 'waiting' ||
      watch.listed.has(v.id) ||
      v.counterId === watch.counterId ||
      v.assignedCounterId === watch.counterId ||
      v.assignedStaffId === watch.caller.actor.staffId,
  );
}

/** The watch lives on the socket itself, so it ends with the socket and each hub keeps its own. */
const watchOf = (socket: Socket): Watch | undefined => (socket.data as { worklist?: Watch }).worklist;

/**
 * From now on `socket` gets the worklist of `counterId` (an existing counter) as `caller` sees it,
 * whenever `caller` may read it; returns it now, or 'forbidden' when `caller` may not read it now.
 */
export function watchWorklist(
  socket: Socket,
  state: CentreState,
  counterId: string,
  caller: StaffPrincipal,
): Worklist | 'forbidden' | undefined {
  const allowed = mayReadWorklist(state, caller, counterId);
  const worklist = allowed ? worklistOf(state, counterId, caller.actor.staffId) : undefined;
  if (allowed && !worklist) return undefined;
  (socket.data as { worklist?: Watch }).worklist = {
    counterId,
    caller,
    listed: worklist ? listedIds(worklist) : new Set(),
  };
  return worklist ?? 'forbidden';
}

/** After a committed batch: each watching screen the batch concerns gets its new worklist. */
export function pushWorklists(state: CentreState, sockets: Iterable<Socket>, batch: Committed[]): void {
  const computed = new Map<string, Worklist | undefined>();
  let waiting: WaitingTicket[] | undefined;
  const sharedWaiting = () => (waiting ??= waitingTickets(state));
  for (const socket of sockets) {
    const watch = watchOf(socket);
    if (!watch || !batch.some(({ change }) => concerns(change, watch))) continue;
    if (!mayReadWorklist(state, watch.caller, watch.counterId)) continue;
    const staffId = watch.caller.actor.staffId;
    const key = `${watch.counterId}\u0000${staffId}`;
    if (!computed.has(key)) computed.set(key, worklistOf(state, watch.counterId, staffId, sharedWaiting));
    const worklist = computed.get(key);
    if (!worklist) continue;
    watch.listed = listedIds(worklist);
    socket.emit(WORKLIST_EVENT, worklist);
  }
}
