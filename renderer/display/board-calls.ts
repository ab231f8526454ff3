/** The board's list of calls, newest first: from live `call` events and, after a reconnect, the snapshot. */
import type { CallAnnouncement, DeviceSnapshot, RecentCall } from '../../shared/contract/views.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';

export interface BoardCall {
  /** From a live call; null for one learnt from a snapshot or the hub's recent calls. */
  callId: string | null;
  /** A ticket is called at one counter at a time, and numbers do not repeat within a day: the board's key. */
  ticket: string;
  counterLabel: string;
  queueId: string;
  recall: boolean;
  at: number;
  /** The visitor's language, for the line under the call (#19); absent when unknown. */
  language?: VisitorLanguage;
}

/** A call goes to the top; an earlier entry for the same ticket is dropped (a recall moves it up). */
export function mergeCall(prev: BoardCall[], c: CallAnnouncement, limit: number): BoardCall[] {
  const entry: BoardCall = {
    callId: c.callId,
    ticket: c.ticket,
    counterLabel: c.counterLabel,
    queueId: c.queueId,
    recall: c.recall,
    at: c.at,
    ...(c.language ? { language: c.language } : {}),
  };
  return [entry, ...prev.filter((p) => p.ticket !== c.ticket)].slice(0, limit);
}

/** Visits at a counter now that the board does not show yet (missed while disconnected) are added. */
export function mergeSnapshot(
  prev: BoardCall[],
  s: DeviceSnapshot,
  wanted: (queueId: string) => boolean,
  limit: number,
): BoardCall[] {
  const shown = new Set(prev.map((p) => p.ticket));
  const missing: BoardCall[] = [];
  for (const c of s.counters) {
    if (shown.has(c.currentTicket)) continue;
    const queue = s.queues.find(
      (q) => c.currentTicket.startsWith(q.prefix) && /^\d+$/.test(c.currentTicket.slice(q.prefix.length)),
    );
    if (!queue || !wanted(queue.queueId)) continue;
    missing.push({
      callId: null,
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

/**
 * The hub's list of the day's calls (after a load or a reconnect) joins what the board has: one
 * entry per ticket, the later call of the two kept (a live call that crossed the answer wins when
 * it is newer), newest first.
 */
export function mergeRecent(
  prev: BoardCall[],
  recent: readonly RecentCall[],
  wanted: (queueId: string) => boolean,
  limit: number,
): BoardCall[] {
  const byTicket = new Map<string, BoardCall>();
  for (const p of prev) byTicket.set(p.ticket, p);
  for (const r of recent) {
    if (!wanted(r.queueId)) continue;
    const known = byTicket.get(r.ticket);
    if (known && known.at >= r.at) {
      // The snapshot's entry (no language) is as new: it keeps its place and learns the language.
      if (!known.language && r.language) byTicket.set(r.ticket, { ...known, language: r.language });
      continue;
    }
    byTicket.set(r.ticket, { ...r, callId: known?.callId ?? null });
  }
  return [...byTicket.values()].sort((a, b) => b.at - a.at).slice(0, limit);
}

/** What the board shows of its calls: one large, the rest in "earlier calls". */
export interface BoardView {
  /** The call in the large box: the one being announced, else the newest already shown. */
  large: BoardCall | undefined;
  /** The calls already shown large, newest first (never one still waiting for its turn). */
  earlier: BoardCall[];
}

/**
 * A burst of calls (three counters calling within a second) is shown one call at a time, each held
 * large while it is announced (renderer/display/announcer.ts holds each for a minimum time), in the
 * order the calls came: the voice and the box say the same ticket. A call still waiting for its turn
 * is in neither the box nor the earlier calls, so no ticket reads as called and gone before it was
 * shown large. With nothing being announced the newest call already shown stays large.
 *
 * `announcing` is the call id the announcer is playing; `waiting` the ids of live calls it has not
 * started yet. Calls learnt from a snapshot or the hub's recent calls (after a load) were never
 * announced here and wait for nothing.
 */
export function boardView(
  calls: readonly BoardCall[],
  announcing: string | null,
  waiting: ReadonlySet<string>,
): BoardView {
  const isAnnounced = (c: BoardCall) => announcing !== null && c.callId === announcing;
  const shown = calls.filter((c) => c.callId === null || isAnnounced(c) || !waiting.has(c.callId));
  const large = shown.find(isAnnounced) ?? shown[0];
  return { large, earlier: shown.filter((c) => c !== large) };
}
