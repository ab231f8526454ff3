// One printer-side conversation over any byte stream (a TCP socket or a serial port):
// decodes incoming bytes, answers status queries at once, and groups printed items into
// jobs that end at a paper cut or when the stream closes.
import type { Duplex } from 'node:stream';
import type { EscPosCommand } from './commands.js';
import { EscPosStreamDecoder } from './decoder.js';
import { encodeStatusByte, type PrinterCondition } from './status.js';
import { interpret, type TranscriptItem } from './transcript.js';

export type SessionJob = {
  commands: EscPosCommand[];
  items: TranscriptItem[];
  bytes: number;
  firstByteAt: number;
  lastByteAt: number;
};

export type SessionHooks = {
  condition(): PrinterCondition;
  onJob(job: SessionJob): void;
  onBadInput(error: Error): void;
};

export type SessionOptions = {
  /**
   * Take in at most this many bytes a second, like a printer behind a slow serial line: the
   * stream is paused while each slice "arrives", so the sender's writes back up as they would.
   */
  receiveBytesPerSecond?: number;
};

// Throttled input is taken in slices of about this long, so arrival times follow the rate closely.
const THROTTLE_SLICE_MS = 50;

const printable = new Set<EscPosCommand['kind']>([
  'text',
  'raster',
  'qr-print',
  'cut',
  'feed-lines',
  'feed-dots',
  'lf',
]);

export class EscPosSession {
  private readonly decoder = new EscPosStreamDecoder();
  private commands: EscPosCommand[] = [];
  private bytes = 0;
  private firstByteAt = 0;
  private lastByteAt = 0;
  /** Throttled slices not yet taken in; the job ends only after them. */
  private receiving: Promise<void> = Promise.resolve();

  constructor(
    private readonly stream: Duplex,
    private readonly hooks: SessionHooks,
    private readonly options: SessionOptions = {},
  ) {
    const rate = options.receiveBytesPerSecond;
    if (rate !== undefined && !(rate > 0)) throw new Error(`receive rate must be positive, got ${rate}`);
    stream.on('data', (chunk: Buffer) => (rate ? this.receiveSlowly(chunk, rate) : this.onData(chunk)));
    const end = (): void => void this.receiving.then(() => this.finishJob());
    stream.on('close', end);
    stream.on('end', end);
    // A reset from the client is normal for network printers; the job ends on 'close'.
    stream.on('error', () => undefined);
  }

  private receiveSlowly(chunk: Buffer, bytesPerSecond: number): void {
    this.stream.pause();
    const slice = Math.max(1, Math.round((bytesPerSecond * THROTTLE_SLICE_MS) / 1000));
    this.receiving = this.receiving.then(async () => {
      for (let at = 0; at < chunk.length; at += slice) {
        const part = chunk.subarray(at, at + slice);
        await new Promise((r) => setTimeout(r, (part.length / bytesPerSecond) * 1000));
        if (this.stream.destroyed) return;
        this.onData(part);
      }
      if (!this.stream.destroyed) this.stream.resume();
    });
  }

  private onData(chunk: Buffer): void {
    const now = performance.now();
    if (this.bytes === 0) this.firstByteAt = now;
    this.lastByteAt = now;
    this.bytes += chunk.length;
    let decoded: EscPosCommand[];
    try {
      decoded = this.decoder.push(chunk);
    } catch (err) {
      // Garbage on the wire: drop the unfinished job rather than print half of it.
      this.commands = [];
      this.bytes = 0;
      this.hooks.onBadInput(err instanceof Error ? err : new Error(String(err)));
      this.stream.destroy();
      return;
    }
    for (const c of decoded) {
      if (c.kind === 'status-request') {
        this.stream.write(Uint8Array.of(encodeStatusByte(c.n, this.hooks.condition())));
        continue;
      }
      if (c.kind === 'paper-status-request') {
        // GS r 1 reports paper sensors in bits 0-3 (near end: 0,1; end: 2,3).
        const cond = this.hooks.condition();
        this.stream.write(Uint8Array.of((cond.paperNearEnd ? 0x03 : 0) | (cond.paperEnd ? 0x0c : 0)));
        continue;
      }
      this.commands.push(c);
      if (c.kind === 'cut') this.finishJob();
    }
  }

  private finishJob(): void {
    const commands = this.commands;
    this.commands = [];
    const bytes = this.bytes;
    this.bytes = 0;
    if (!commands.some((c) => printable.has(c.kind))) return;
    this.hooks.onJob({
      commands,
      items: interpret(commands),
      bytes,
      firstByteAt: this.firstByteAt,
      lastByteAt: this.lastByteAt,
    });
  }
}
