/**
 * Exponential backoff with jitter ("equal jitter"): the ceiling doubles per consecutive failure up
 * to the cap, and the delay is drawn from the upper half of it, so hubs that lost central at the
 * same moment do not all come back at the same moment.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
