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

/** One probe: true when the hub's /healthz answers 2xx within `timeoutMs`. Never throws. */
export async function probeHub(fetchFn: FetchLike, healthUrl: string, timeoutMs = 3000): Promise<boolean> {
  try {
    const res = await fetchFn(healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
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
