/** The board's list of calls, newest first: from live `call` events and, after a reconnect, the snapshot. */
import type { CallAnnouncement, CentreSnapshot } from '../../shared/contract/views.js';

export interface BoardCall {
  visitId: string;
  ticket: string;
  counterLabel: string;
  queueId: string;
  recall: boolean;
  at: number;
}

/** A call goes to the top; an earlier entry for the same visit is dropped (a recall moves it up). */
export function mergeCall(prev: BoardCall[], c: CallAnnouncement, limit: number): BoardCall[] {
  const entry: BoardCall = {
    visitId: c.visitId,
    ticket: c.ticket,
    counterLabel: c.counterLabel,
    queueId: c.queueId,
    recall: c.recall,
    at: c.at,
  };
  return [entry, ...prev.filter((p) => p.visitId !== c.visitId)].slice(0, limit);
}

/** Visits at a counter now that the board does not show yet (missed while disconnected) are added. */
export function mergeSnapshot(
  prev: BoardCall[],
  s: CentreSnapshot,
  wanted: (queueId: string) => boolean,
  limit: number,
): BoardCall[] {
  const shown = new Set(prev.map((p) => p.visitId));
  const missing: BoardCall[] = [];
  for (const c of s.counters) {
    if (!c.currentVisitId || !c.currentTicket || shown.has(c.currentVisitId)) continue;
    const queue = s.queues.find(
      (q) => c.currentTicket!.startsWith(q.prefix) && /^\d+$/.test(c.currentTicket!.slice(q.prefix.length)),
    );
    if (!queue || !wanted(queue.queueId)) continue;
    missing.push({
      visitId: c.currentVisitId,
      ticket: c.currentTicket,
      counterLabel: c.label,
      queueId: queue.queueId,
      recall: false,
      at: c.since,
    });
  }
  if (missing.length === 0) return prev;
  return [...prev, ...missing].sort((a, b) => b.at - a.at).slice(0, limit);
}
