/**
 * Why the status page's live link is down, and getting it back without the citizen doing anything.
 * The place in line came over HTTP first, so the page still shows a ticket; it must say plainly that
 * the figures are not moving now, and why, rather than a bare "disconnected":
 * - `busy`: the hub refused the socket (`connect_error` `rate_limited`: too many pages following
 *   tickets from one address, e.g. a family or a whole café behind one network). socket.io does not
 *   retry a refusal by the hub's middleware, so this page does, waiting longer each time and a
 *   little differently per phone, so phones refused together do not all come back at once.
 * - `unreachable`: the hub was not reached (no signal, the centre's link down); socket.io retries
 *   that itself (renderer/common/hub-client.ts), the page only says so.
 */
import type { HubClient } from '../common/hub-client.js';

export type LinkProblem = 'busy' | 'unreachable';

/** The waits before asking again after a refusal: 1, 2, 4, 8, then every 15 seconds. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 15_000];

/** The wait before retry number `attempt` (0 first), spread by ±20 % with `random` in [0, 1). */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = RETRY_DELAYS_MS[Math.min(Math.max(attempt, 0), RETRY_DELAYS_MS.length - 1)]!;
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** What a `connect_error` means for the citizen: the hub's own refusal is named by its message. */
export function linkProblemOf(error: Error): LinkProblem {
  return error.message === 'rate_limited' ? 'busy' : 'unreachable';
}

/**
 * Watches a public client's connection: reports a problem on each failed attempt and `null` once
 * connected; after a refusal by the hub, connects again after `retryDelay`. Returns a stop function.
 */
export function watchLiveLink(hub: HubClient, onProblem: (problem: LinkProblem | null) => void): () => void {
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onError = (error: Error) => {
    onProblem(linkProblemOf(error));
    // Still active: a transport failure, which socket.io retries on its own schedule.
    if (hub.socket.active) return;
    clearTimeout(timer);
    timer = setTimeout(() => hub.connect(), retryDelay(attempt++));
  };
  const onConnect = () => {
    attempt = 0;
    onProblem(null);
  };
  hub.socket.on('connect_error', onError);
  hub.socket.on('connect', onConnect);
  return () => {
    clearTimeout(timer);
    hub.socket.off('connect_error', onError);
    hub.socket.off('connect', onConnect);
  };
}
