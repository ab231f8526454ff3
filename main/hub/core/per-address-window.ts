/**
 * An allowance per client address, counted in fixed windows as @fastify/rate-limit counts the public
 * HTTP routes: an address's first use opens its window, `limit` uses fit in it, and the window's end
 * gives the full allowance back. The public socket namespace keeps one for new sockets and one for
 * events, each shared by all of an address's sockets (socket-guard.ts), so reconnecting buys nothing.
 */
import type { Clock } from './hub.js';

interface Window {
  start: number;
  used: number;
}

export class PerAddressWindow {
  private readonly windows = new Map<string, Window>();

  /** `limit` 0 allows everything. */
  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  /** Counts one use by `address`; false when its allowance in this window is spent (nothing counted). */
  take(address: string): boolean {
    if (this.limit <= 0) return true;
    const now = this.clock.now();
    let w = this.windows.get(address);
    if (!w || now - w.start >= this.windowMs) this.windows.set(address, (w = { start: now, used: 0 }));
    if (w.used >= this.limit) return false;
    w.used++;
    return true;
  }

  /** Whole seconds until `address`'s window ends (for the refusal's message). */
  secondsLeft(address: string): number {
    const w = this.windows.get(address);
    if (!w) return 0;
    return Math.max(1, Math.ceil((w.start + this.windowMs - this.clock.now()) / 1000));
  }

  /** Forgets the windows that have ended, so addresses seen once do not stay in memory. */
  prune(): void {
    const now = this.clock.now();
    for (const [address, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(address);
  }
}
