/**
 * The main thread's side of the kiosk's validation worker (issue #15): the hub's answers are checked
 * in /kiosk/boot-check.worker.js, started by the entry (main.tsx) so that it loads zod and builds the
 * schemas while the main thread loads and runs React. Nothing unchecked reaches a screen: a screen is
 * drawn only from what the checker returned. Where no worker starts (none in this browser, its script
 * fails to load or throws), the same checks run here, loaded on first use.
 */
import type { Catalogue, DeviceSettingsMessage } from '../../shared/contract/catalogue.js';
import type { BootData, CheckInput, CheckReply, Checked } from './boot-validate.js';
import type { BootAnswers } from './boot-load.js';

/** The worker's URL: its own entry beside the kiosk's app.js. */
export const BOOT_CHECK_WORKER_URL = '/kiosk/boot-check.worker.js';

type Validator = (input: CheckInput) => Checked | null;

export class BootCheck {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { input: CheckInput; done: (r: Checked | null) => void }>();
  private inline: Promise<Validator> | null = null;

  constructor(workerUrl = BOOT_CHECK_WORKER_URL) {
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

  /** The catalogue and settings from the entry's request, checked; null when either is missing or invalid. */
  async boot([c, s]: BootAnswers): Promise<BootData | null> {
    if (!c.ok || !s.ok) return null;
    const r = await this.run({ kind: 'boot', catalogue: c.data, settings: s.data });
    return r?.kind === 'boot' ? r.data : null;
  }

  /** A catalogue the hub pushed, checked. */
  async catalogue(raw: unknown): Promise<Catalogue | null> {
    const r = await this.run({ kind: 'catalogue', raw });
    return r?.kind === 'catalogue' ? r.data : null;
  }

  /** A `deviceSettings` message, checked. */
  async deviceSettings(raw: unknown): Promise<DeviceSettingsMessage | null> {
    const r = await this.run({ kind: 'deviceSettings', raw });
    return r?.kind === 'deviceSettings' ? r.data : null;
  }

  private run(input: CheckInput): Promise<Checked | null> {
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

  private async checkHere(input: CheckInput): Promise<Checked | null> {
    this.inline ??= import('./boot-validate.js').then((m) => m.check);
    try {
      return (await this.inline)(input);
    } catch {
      // Its chunk did not load (the hub away): asked again next time.
      this.inline = null;
      return null;
    }
  }
}
