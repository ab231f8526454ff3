/**
 * The main thread's side of the kiosk's validation worker (issue #15): the hub's answers are checked
 * in /kiosk/boot-check.worker.js. Nothing unchecked stays on a screen: the first screen is drawn from
 * the answers as they came (boot.tsx) and stays only if this check passes. Where no worker starts
 * (none in this browser, its script fails to load or throws), the same checks run here, loaded on
 * first use.
 *
 * The worker starts when `startWhen` settles: the entry (main.tsx) passes the first contentful paint.
 * Started with the page, loading zod and building its schemas took ~200 ms of a core while the
 * welcome screen was drawn, and on this two-core machine the screen came ~90 ms later for it
 * (bench/first-paint.ts, interleaved). Nothing waits on the verdict to draw.
 */
import type { Catalogue, DeviceSettingsMessage } from '../../shared/contract/catalogue.js';
import type { BootData, CheckInput, CheckReply, Checked } from './boot-validate.js';
import type { BootAnswers } from './boot-load.js';

/** The worker's URL: its own entry beside the kiosk's app.js. */
export const BOOT_CHECK_WORKER_URL = '/kiosk/boot-check.worker.js';

/**
 * The checks could not run: neither the worker nor this thread's copy of them could be loaded (the
 * hub went away before they came). Not a verdict: the caller keeps what it drew and asks again.
 */
export const CHECKS_UNAVAILABLE = 'checks-unavailable';
type Unavailable = typeof CHECKS_UNAVAILABLE;

type Validator = (input: CheckInput) => Checked | null;

export class BootCheck {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { input: CheckInput; done: (r: Checked | null | Unavailable) => void }
  >();
  private inline: Promise<Validator> | null = null;
  private readonly started: Promise<void>;

  constructor(startWhen: Promise<unknown> = Promise.resolve(), workerUrl = BOOT_CHECK_WORKER_URL) {
    this.started = startWhen.then(
      () => this.startWorker(workerUrl),
      () => this.startWorker(workerUrl),
    );
  }

  private startWorker(workerUrl: string): void {
    if (typeof Worker === 'undefined') return;
    try {
      const worker = new Worker(workerUrl, { type: 'module', name: 'boot-check' });
      worker.addEventListener('message', (e: MessageEvent<CheckReply>) => this.answered(e.data));
      worker.addEventListener('error', () => this.withoutWorker());
      worker.addEventListener('messageerror', () => this.withoutWorker());
      this.worker = worker;
    } catch {
      // A refused worker (e.g. a stricter policy): the checks run on this thread.
    }
  }

  /**
   * The catalogue and settings from the entry's request, checked; null when either is missing or
   * invalid; CHECKS_UNAVAILABLE when the checks themselves could not be loaded.
   */
  async boot([c, s]: BootAnswers): Promise<BootData | null | Unavailable> {
    if (!c.ok || !s.ok) return null;
    const r = await this.run({ kind: 'boot', catalogue: c.data, settings: s.data });
    if (r === CHECKS_UNAVAILABLE) return r;
    return r?.kind === 'boot' ? r.data : null;
  }

  /** A catalogue the hub pushed, checked. */
  async catalogue(raw: unknown): Promise<Catalogue | null> {
    const r = await this.run({ kind: 'catalogue', raw });
    return r !== CHECKS_UNAVAILABLE && r?.kind === 'catalogue' ? r.data : null;
  }

  /** A `deviceSettings` message, checked. */
  async deviceSettings(raw: unknown): Promise<DeviceSettingsMessage | null> {
    const r = await this.run({ kind: 'deviceSettings', raw });
    return r !== CHECKS_UNAVAILABLE && r?.kind === 'deviceSettings' ? r.data : null;
  }

  private async run(input: CheckInput): Promise<Checked | null | Unavailable> {
    await this.started;
    if (!this.worker) return this.checkHere(input);
    const id = this.nextId++;
    return new Promise((done) => {
      this.pending.set(id, { input, done });
      this.worker?.postMessage({ id, input });
    });
  }

  private answered({ id, result }: CheckReply): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    p?.done(result);
  }

  /** The worker is gone: what it was asked is checked here, and so is everything after. */
  private withoutWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) void this.checkHere(p.input).then(p.done);
  }

  private async checkHere(input: CheckInput): Promise<Checked | null | Unavailable> {
    this.inline ??= import('./boot-validate.js').then((m) => m.check);
    let validate: Validator;
    try {
      validate = await this.inline;
    } catch {
      // Its chunk did not load (the hub away): loaded again next time.
      this.inline = null;
      return CHECKS_UNAVAILABLE;
    }
    try {
      return validate(input);
    } catch {
      // A schema that throws (rather than reporting issues) still means "not valid", as in the worker.
      return null;
    }
  }
}
