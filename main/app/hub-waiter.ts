/**
 * Waits for the hub: probes its health URL until it answers, with a delay that grows from 1 s
 * to 15 s (a centre's hub rebooting should not be hammered by every screen at once). `retryNow`
 * cuts the current wait short (the waiting page's button). Timers are injected for tests.
 */

export type FetchLike = (
  url: string,
  init?: { method?: string; signal?: AbortSignal; headers?: Record<string, string>; body?: string },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * What /healthz says. `storage_trouble`: the hub answers, serves its apps and reads, but refuses
 * writes (a full or failing disk: 503 `storage_unavailable`, main/hub/core/server.ts). That is not a
 * hub that is down: the apps load and say so on each refused write, so no waiting page and no
 * retry loop for it.
 */
export type HubHealth = { state: 'up' } | { state: 'storage_trouble'; reason: string } | { state: 'down' };

/** The hub's storage refusal, and only it: a 503 from a proxy in front of a dead hub is a hub that is down. */
function storageReason(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { code, storage } = body as { code?: unknown; storage?: unknown };
  if (code !== 'storage_unavailable') return null;
  const reason = (storage as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' ? reason : 'unknown';
}

/** One probe of the hub's /healthz within `timeoutMs`. Never throws. */
export async function checkHubHealth(
  fetchFn: FetchLike,
  healthUrl: string,
  timeoutMs = 3000,
): Promise<HubHealth> {
  try {
    const res = await fetchFn(healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
    if (res.ok) return { state: 'up' };
    if (res.status !== 503) return { state: 'down' };
    const reason = storageReason(await res.json().catch(() => null));
    return reason === null ? { state: 'down' } : { state: 'storage_trouble', reason };
  } catch {
    return { state: 'down' };
  }
}

/** One probe: true when the hub answers, storage trouble included (its apps load). Never throws. */
export async function probeHub(fetchFn: FetchLike, healthUrl: string, timeoutMs = 3000): Promise<boolean> {
  return (await checkHubHealth(fetchFn, healthUrl, timeoutMs)).state !== 'down';
}

export function retryDelay(attempt: number): number {
  return Math.min(15_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

export class HubWaiter {
  private handle: unknown = null;
  private wake: (() => void) | null = null;
  private stopped = false;
  attempts = 0;

  constructor(
    private readonly probe: () => Promise<boolean>,
    private readonly timers: Timers,
  ) {}

  /** Resolves when the hub answers; rejects only if stopped. */
  async untilUp(): Promise<void> {
    for (;;) {
      if (this.stopped) throw new Error('stopped');
      this.attempts++;
      if (await this.probe()) return;
      // stop() during the probe found no wait to cut short: without this check the loop slept for ever.
      if (this.stopped) throw new Error('stopped');
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.handle = this.timers.setTimeout(resolve, retryDelay(this.attempts));
      });
    }
  }

  retryNow(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  stop(): void {
    this.stopped = true;
    this.retryNow();
  }
}
