/**
 * Recovers a crashed or hung renderer on an unattended screen. A crash reloads the page; a
 * renderer unresponsive for `hangMs` is recreated. Repeated crashes back off (up to a minute)
 * so a page that crashes on load does not spin the CPU. Clock injected.
 */

export type RecoveryAction = { action: 'none' } | { action: 'reload' | 'recreate'; delayMs: number };

export interface WatchdogOptions {
  now: () => number;
  hangMs?: number;
  /** Crashes within this window count towards the backoff. */
  windowMs?: number;
}

export class RendererWatchdog {
  private crashes: number[] = [];
  private unresponsiveSince: number | null = null;
  private readonly hangMs: number;
  private readonly windowMs: number;

  constructor(private readonly opts: WatchdogOptions) {
    this.hangMs = opts.hangMs ?? 10_000;
    this.windowMs = opts.windowMs ?? 5 * 60_000;
  }

  private backoff(): number {
    const n = this.crashes.length;
    return n <= 1 ? 0 : Math.min(60_000, 1000 * 2 ** (n - 2));
  }

  /** 'render-process-gone' with Electron's reason; a clean exit (app quitting) needs nothing. */
  renderProcessGone(reason: string): RecoveryAction {
    if (reason === 'clean-exit') return { action: 'none' };
    const now = this.opts.now();
    this.crashes = [...this.crashes.filter((t) => now - t < this.windowMs), now];
    this.unresponsiveSince = null;
    return { action: 'reload', delayMs: this.backoff() };
  }

  unresponsive(): void {
    this.unresponsiveSince ??= this.opts.now();
  }

  responsive(): void {
    this.unresponsiveSince = null;
  }

  /** Called by a timer after 'unresponsive': recreate once the hang has lasted `hangMs`. */
  check(): RecoveryAction {
    if (this.unresponsiveSince === null) return { action: 'none' };
    if (this.opts.now() - this.unresponsiveSince < this.hangMs) return { action: 'none' };
    this.unresponsiveSince = null;
    return { action: 'recreate', delayMs: 0 };
  }

  get hangTimeoutMs(): number {
    return this.hangMs;
  }
}
