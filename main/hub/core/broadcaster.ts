/**
 * After each committed batch: calls go to displays at once; visit changes go to staff;
 * the centre snapshot is coalesced (at most one per interval) because it is larger and
 * every screen redraws on it; followed public tickets get their new status.
 */
import type { Namespace } from 'socket.io';
import type { CallAnnouncement, CentreSnapshot } from '../../../shared/contract/views.js';
import type { NamespaceRole } from '../../../shared/contract/namespaces.js';
import type { ServerEventName, ServerEventPayload } from '../../../shared/contract/socket-events.js';
import { centreSnapshot, publicStatus, snapshotForRole } from '../../../shared/domain/views.js';
import { isTerminal } from '../../../shared/domain/state.js';
import type { CounterState } from '../../../shared/contract/operations.js';
import type { Committed, Hub } from './hub.js';
import { counterRoom } from './operation-hooks.js';

/** A namespace, room or group of sockets that can be sent an event. */
interface EventTarget {
  emit(event: string, ...args: unknown[]): boolean;
}

/** Sends `event` with the payload the contract gives it (shared/contract/socket-events.ts). */
export function sendEvent<E extends ServerEventName>(
  to: EventTarget,
  event: E,
  payload: ServerEventPayload<E>,
): void {
  to.emit(event, payload);
}

/** socket.io encodes a broadcast even when nobody would receive it: skip it then. */
function emitToAnyone<E extends ServerEventName>(
  ns: Namespace,
  event: E,
  payload: ServerEventPayload<E>,
): void {
  if (ns.sockets.size > 0) sendEvent(ns, event, payload);
}

/** Sockets per snapshot write burst. */
const FAN_OUT_GROUP = 16;

/**
 * The share of the hub's time snapshots may take. Building one runs the waiting-time look-ahead, whose
 * cost grows with the lines; at a fixed interval an overloaded hub spent more and more of its time on
 * them, and an acknowledgement could wait behind one snapshot after another.
 */
export const SNAPSHOT_TIME_SHARE = 0.1;

/**
 * How long after now the next snapshot is built: one interval after the last began, or later when the
 * last took long, so that building them takes at most SNAPSHOT_TIME_SHARE of the time.
 */
export function nextSnapshotDelay(
  lastStartedAt: number,
  lastCostMs: number,
  intervalMs: number,
  now: number,
): number {
  const spacing = Math.max(intervalMs, lastCostMs / SNAPSHOT_TIME_SHARE);
  return Math.max(0, lastStartedAt + spacing - now);
}

export class Broadcaster {
  private snapshotTimer: NodeJS.Timeout | undefined;
  private lastSnapshot = 0;
  /** How long the last snapshot took to build, in ms. */
  private lastSnapshotCost = 0;
  /** public token → visit id, for tickets someone follows on a phone. */
  readonly followed = new Map<string, string>();
  /** counter id → its status and staff as last committed, to tell when one opened, closed or went on break. */
  private readonly counterStates = new Map<string, string>();

  constructor(
    private readonly hub: Hub,
    private readonly ns: Record<NamespaceRole, Namespace>,
    private readonly snapshotIntervalMs = 500,
  ) {}

  onCommit(batch: Committed[]): void {
    const touchedQueues = new Set<string>();
    // A counter opening, closing or going on break moves every waiting estimate, not only those of
    // the queues a visit moved in: every followed ticket gets its new range (#18).
    let countersMoved = false;
    /** Counters whose status or holder changed in this batch, as the batch left them. */
    const changedCounters = new Map<string, CounterState>();
    for (const { change } of batch)
      for (const c of change.counters) {
        const seen = `${c.status}|${c.staffId ?? ''}`;
        if (this.counterStates.get(c.counterId) !== seen) {
          countersMoved = true;
          changedCounters.set(c.counterId, c);
        }
        this.counterStates.set(c.counterId, seen);
      }
    for (const { change } of batch) {
      for (const e of change.events) {
        if (e.type !== 'visit.called' && e.type !== 'visit.recalled') continue;
        const v = change.visits.find((x) => x.id === e.visitId);
        if (!v) continue;
        const call: CallAnnouncement = {
          // The board needs no visit id (its screen faces the public): the call event's own id.
          callId: e.id,
          ticket: v.ticket,
          prefix: v.prefix,
          number: v.number,
          counterId: String(e.data.counterId),
          counterLabel: String(e.data.counterLabel),
          queueId: v.queueId,
          recall: e.type === 'visit.recalled',
          at: e.at,
          // The board writes the call in the visitor's language too (#19): a language, not a person.
          language: v.language,
        };
        // Counters learn of their own calls through `visit`; sending every call to every counter
        // cost a socket write per counter per call and no counter screen used it.
        emitToAnyone(this.ns.display, 'call', call);
        emitToAnyone(this.ns.manager, 'call', call);
      }
      for (const v of change.visits) {
        // Staff see the visits at or sent to their own counter, or sent to them; managers see all.
        const rooms = [
          v.counterId && counterRoom(v.counterId),
          v.assignedCounterId && counterRoom(v.assignedCounterId),
          v.assignedStaffId && `s:${v.assignedStaffId}`,
        ].filter((r): r is string => Boolean(r));
        const listening = rooms.filter((r) => (this.ns.counter.adapter.rooms.get(r)?.size ?? 0) > 0);
        if (listening.length) sendEvent(this.ns.counter.to(listening), 'visit', { visit: v });
        emitToAnyone(this.ns.manager, 'visit', { visit: v });
        touchedQueues.add(v.queueId);
      }
    }
    // After this batch's visits went out, so a counter closing with a visit in hand still hears of it.
    this.leaveCountersNoLongerHeld(changedCounters.values());
    this.notifyFollowers(touchedQueues, countersMoved);
    this.scheduleSnapshot();
  }

  /**
   * A counter's room holds the sockets of the staff member at it, and no one else's: once it
   * closes, all of them leave it; once someone else holds it, the others leave. However it closed
   * (a socket, the HTTP route, another tab of the same person), an agent who left a counter no
   * longer receives the visits of whoever sits there next.
   */
  private leaveCountersNoLongerHeld(counters: Iterable<CounterState>): void {
    for (const c of counters) {
      const room = counterRoom(c.counterId);
      if (!this.ns.counter.adapter.rooms.has(room)) continue;
      const members = this.ns.counter.in(room);
      if (c.status === 'closed' || c.staffId === null) members.socketsLeave(room);
      else members.except(`s:${c.staffId}`).socketsLeave(room);
    }
  }

  private notifyFollowers(touchedQueues: Set<string>, everyone: boolean): void {
    if (this.followed.size === 0) return;
    const now = this.hub.clock.now();
    for (const [token, visitId] of this.followed) {
      const v = this.hub.visit(visitId);
      // Stop following a visit that has left memory or ended (after its last status went out),
      // so this loop over every commit does not grow day after day.
      if (!v) {
        this.followed.delete(token);
        continue;
      }
      if (everyone || touchedQueues.has(v.queueId) || touchedQueues.has(v.originalQueueId))
        sendEvent(this.ns.public.to(`t:${token}`), 'ticket', publicStatus(this.hub.state, v, now));
      if (isTerminal(v)) this.followed.delete(token);
    }
  }

  private scheduleSnapshot(): void {
    if (this.snapshotTimer) return;
    const wait = nextSnapshotDelay(
      this.lastSnapshot,
      this.lastSnapshotCost,
      this.snapshotIntervalMs,
      Date.now(),
    );
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      this.lastSnapshot = Date.now();
      const roles = (['kiosk', 'counter', 'display', 'manager'] as const).filter(
        (r) => this.ns[r].sockets.size > 0,
      );
      if (roles.length === 0) return;
      const started = performance.now();
      const snap = centreSnapshot(this.hub.state, this.hub.clock.now());
      this.lastSnapshotCost = performance.now() - started;
      this.fanOut(roles, snap);
    }, wait);
  }

  /**
   * Sends the snapshot to every screen a few sockets at a time, yielding between groups: one
   * emit to 70 sockets was 70 socket writes in a row (2–6 ms), long enough to show in the
   * acknowledgement tail. Each group is one broadcast, so the snapshot is encoded once per group.
   */
  private fanOut(roles: NamespaceRole[], snap: CentreSnapshot): void {
    const groups: (() => void)[] = [];
    for (const role of roles) {
      // Kiosks and displays get only what their screens show (see deviceView).
      const forRole = snapshotForRole(snap, role);
      const ids = [...this.ns[role].sockets.keys()];
      for (let i = 0; i < ids.length; i += FAN_OUT_GROUP) {
        const group = ids.slice(i, i + FAN_OUT_GROUP);
        groups.push(() => sendEvent(this.ns[role].to(group), 'snapshot', forRole));
      }
    }
    const next = () => {
      groups.shift()?.();
      if (groups.length) setImmediate(next);
    };
    next();
  }

  close(): void {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
  }
}
