// Reliable delivery over a serial port: stop-and-wait with acknowledgements. Each data
// frame is ACKed by the receiver with the same sequence number; the sender retransmits
// after a timeout or on NAK and gives up after a few tries, so a vanished device turns
// into an error instead of a hang. Receivers drop repeats (an ACK that was lost).
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { encodeFrame, FrameDecoder, FrameType, type Frame } from './codec.js';

export type LinkOptions = { ackTimeoutMs?: number; retries?: number };

export class LinkTimeoutError extends Error {
  constructor(type: number, tries: number) {
    super(`no acknowledgement for frame type 0x${type.toString(16)} after ${tries} tries`);
    this.name = 'LinkTimeoutError';
  }
}

export class LinkClosedError extends Error {
  constructor() {
    super('serial link closed');
    this.name = 'LinkClosedError';
  }
}

type Pending = { seq: number; onAck: () => void; onNak: () => void };

type FrameLinkEvents = { frame: [frame: Frame]; corrupt: [count: number]; 'write-error': [err: Error] };

export class FrameLink extends EventEmitter<FrameLinkEvents> {
  private readonly decoder = new FrameDecoder();
  private nextSeq = 0;
  private lastRxSeq = -1;
  private pending: Pending | null = null;
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly ackTimeoutMs: number;
  private readonly retries: number;
  private readonly onData = (chunk: Buffer): void => this.receive(chunk);

  constructor(
    private readonly stream: Duplex,
    opts: LinkOptions = {},
  ) {
    super();
    this.ackTimeoutMs = opts.ackTimeoutMs ?? 150;
    this.retries = opts.retries ?? 3;
    stream.on('data', this.onData);
  }

  /** Sends one data frame and resolves when the other end acknowledged it. */
  send(type: number, payload: Uint8Array = new Uint8Array(0)): Promise<void> {
    const run = this.queue.then(() => this.transmit(type, payload));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.closed = true;
    this.stream.off('data', this.onData);
    this.pending?.onNak();
  }

  private async transmit(type: number, payload: Uint8Array): Promise<void> {
    const seq = this.nextSeq;
    this.nextSeq = (this.nextSeq + 1) & 0xff;
    const bytes = encodeFrame({ seq, type, payload });
    for (let attempt = 1; attempt <= this.retries + 1; attempt++) {
      if (this.closed) throw new LinkClosedError();
      const outcome = await new Promise<'ack' | 'nak' | 'timeout'>((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), this.ackTimeoutMs);
        this.pending = {
          seq,
          onAck: () => {
            clearTimeout(timer);
            resolve('ack');
          },
          onNak: () => {
            clearTimeout(timer);
            resolve('nak');
          },
        };
        this.stream.write(bytes, (err) => {
          if (err) {
            this.emit('write-error', err);
            clearTimeout(timer);
            resolve('nak');
          }
        });
      });
      this.pending = null;
      if (outcome === 'ack') return;
    }
    throw this.closed ? new LinkClosedError() : new LinkTimeoutError(type, this.retries + 1);
  }

  private receive(chunk: Buffer): void {
    const { frames, corrupt } = this.decoder.push(chunk);
    if (corrupt > 0) {
      this.emit('corrupt', corrupt);
      // Ask for the outstanding frame again instead of waiting out the timeout.
      this.writeControl(FrameType.NAK, 0);
    }
    for (const f of frames) {
      if (f.type === FrameType.ACK) {
        if (this.pending && this.pending.seq === f.seq) this.pending.onAck();
        continue;
      }
      if (f.type === FrameType.NAK) {
        this.pending?.onNak();
        continue;
      }
      this.writeControl(FrameType.ACK, f.seq);
      // A device that restarts announces itself, and its sequence numbers start over.
      if (f.type === FrameType.HELLO) this.lastRxSeq = -1;
      if (f.seq === this.lastRxSeq) continue;
      this.lastRxSeq = f.seq;
      this.emit('frame', f);
    }
  }

  private writeControl(type: number, seq: number): void {
    if (this.closed) return;
    this.stream.write(encodeFrame({ seq, type, payload: new Uint8Array(0) }), (err) => {
      if (err) this.emit('write-error', err);
    });
  }
}
