/**
 * The shell's start-up and pairing flow without Electron: decide the page, wait for the hub,
 * pair, and tell the window what to load. electron-main.ts gives it a `Screen` (the window) and
 * real fetch/timers; tests give it fakes.
 */
import type { AppRole, PairInput, PairResult, ShellText } from '../../shared/contract/ipc.js';
import { shell as shellStrings } from '../../shared/i18n/apps/shell.js';
import type { AppConfig, AppConfigInput, ConfigResult } from './config.js';
import { checkHubHealth, HubWaiter, type FetchLike, type HubHealth, type Timers } from './hub-waiter.js';
import type { OriginPolicy } from './navigation.js';
import { claimPairing } from './pairing-client.js';
import type { PairingFetch } from './hub-fetch.js';
import { startupPlan } from './startup.js';

export interface Screen {
  load(url: string): Promise<void>;
}

export interface ShellDeps {
  screen: Screen;
  /** Calls to the configured hub (pinned to its CA when it has one: hub-fetch.ts). */
  fetch: FetchLike;
  /** The pairing claim, before any CA is known (hub-fetch.ts firstContactFetch); defaults to `fetch`. */
  pairingFetch?: PairingFetch;
  timers: Timers;
  /** file:// URLs of the local pages. */
  pages: { waiting: string; pairing: string };
  loadConfig(): ConfigResult;
  saveConfig(input: AppConfigInput): void;
  /** Called once a valid config is known, before the hub's app loads (devices start here). */
  onConfigured?(config: AppConfig): void;
}

export class Shell {
  private config: AppConfig | null = null;
  private problem: string | null = null;
  private waiter: HubWaiter | null = null;
  private health: HubHealth | null = null;

  constructor(private readonly deps: ShellDeps) {}

  get role(): AppRole | null {
    return this.config?.role ?? null;
  }

  get currentConfig(): AppConfig | null {
    return this.config;
  }

  /** The hub as last probed (null before the first probe): up, up with storage trouble, or down. */
  get hubHealth(): HubHealth | null {
    return this.health;
  }

  policy(): OriginPolicy {
    return {
      hubOrigin: this.config?.hubUrl ?? null,
      localPages: [this.deps.pages.waiting, this.deps.pages.pairing],
    };
  }

  /** Shows the pairing page, or waits for the hub and loads the role's app. */
  async start(): Promise<void> {
    this.waiter?.stop();
    const plan = startupPlan(this.deps.loadConfig());
    if (plan.page === 'pairing') {
      this.config = null;
      this.problem = plan.problem;
      await this.deps.screen.load(this.deps.pages.pairing);
      return;
    }
    this.config = plan.config;
    this.problem = null;
    this.deps.onConfigured?.(plan.config);
    // Storage trouble counts as up: the hub serves the app, and the app tells each refused write.
    const probe = async (): Promise<boolean> => {
      this.health = await checkHubHealth(this.deps.fetch, plan.healthUrl);
      return this.health.state !== 'down';
    };
    const waiter = new HubWaiter(probe, this.deps.timers);
    this.waiter = waiter;
    if (!(await probe())) {
      await this.deps.screen.load(this.deps.pages.waiting);
      try {
        await waiter.untilUp();
      } catch {
        return; // stopped: a newer start() took over
      }
    }
    await this.deps.screen.load(plan.appUrl);
  }

  /** The hub went away after start (a failed load): show the waiting page and try again. */
  async hubLost(): Promise<void> {
    if (this.config) await this.start();
  }

  retryHub(): void {
    this.waiter?.retryNow();
  }

  stop(): void {
    this.waiter?.stop();
  }

  async pair(input: PairInput): Promise<PairResult> {
    const r = await claimPairing(input, this.deps.pairingFetch ?? this.deps.fetch);
    if (!r.ok) return r;
    this.deps.saveConfig(r.data);
    // Start over from the saved file, so what runs is exactly what the next boot will read.
    void this.start();
    return { ok: true, role: r.data.role };
  }

  shellText(lang: 'ar' | 'en' = this.config?.language ?? 'ar'): ShellText {
    return {
      lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      text: shellStrings[lang],
      problem: this.problem,
      hubUrl: this.config?.hubUrl ?? null,
    };
  }
}
