/**
 * Pushes each watching counter screen its worklist when a commit changes it, so the screen no
 * longer refetches it over HTTP on every visit and snapshot. A batch concerns a screen when it
 * touches its counter, a visit at or sent to it or its staff member, a visit the screen already
 * lists, or a waiting visit (the walk-direct list holds every waiting ticket). The worklist is
 * computed once per counter and person per batch; other screens get nothing. A screen that
 * reconnects asks again (its socket is new), so a push lost while it was away is not missed.
 */
import type { Socket } from 'socket.io';
import type { CentreState, Change } from '../../../../shared/domain/state.js';
import { WORKLIST_EVENT } from '../../../../shared/contract/worklist.js';
import type { Committed } from '../../core/hub.js';
import { waitingTickets, worklistOf, type WaitingTicket, type Worklist } from './worklist.js';

interface Watch {
  counterId: string;
  staffId: string;
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
      v.assignedStaffId === watch.staffId,
  );
}

/** The watch lives on the socket itself, so it ends with the socket and each hub keeps its own. */
const watchOf = (socket: Socket): Watch | undefined => (socket.data as { worklist?: Watch }).worklist;

/** From now on `socket` gets the worklist of `counterId` as `staffId` sees it; returns it now. */
export function watchWorklist(
  socket: Socket,
  state: CentreState,
  counterId: string,
  staffId: string,
): Worklist | undefined {
  const worklist = worklistOf(state, counterId, staffId);
  if (!worklist) return undefined;
  (socket.data as { worklist?: Watch }).worklist = { counterId, staffId, listed: listedIds(worklist) };
  return worklist;
}

/** After a committed batch: each watching screen the batch concerns gets its new worklist. */
export function pushWorklists(state: CentreState, sockets: Iterable<Socket>, batch: Committed[]): void {
  const computed = new Map<string, Worklist | undefined>();
  let waiting: WaitingTicket[] | undefined;
  const sharedWaiting = () => (waiting ??= waitingTickets(state));
  for (const socket of sockets) {
    const watch = watchOf(socket);
    if (!watch || !batch.some(({ change }) => concerns(change, watch))) continue;
    const key = `${watch.counterId}\u0000${watch.staffId}`;
    if (!computed.has(key))
      computed.set(key, worklistOf(state, watch.counterId, watch.staffId, sharedWaiting));
    const worklist = computed.get(key);
    if (!worklist) continue;
    watch.listed = listedIds(worklist);
    socket.emit(WORKLIST_EVENT, worklist);
  }
}
