// A network (port 9100 style) ESC/POS printer for the demo and the tests. It accepts jobs
// on 127.0.0.1, answers DLE EOT like an Epson printer, keeps a decoded transcript of every
// ticket and writes a PNG preview of it, and can be put into paper-out or offline states.
import { EventEmitter, once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { renderPreview } from './preview.js';
import { EscPosSession, type SessionJob } from './session.js';
import type { PrinterCondition } from './status.js';
import { transcriptText, type TranscriptItem } from './transcript.js';

export type EmulatorState = 'ok' | 'paper-out' | 'offline' | 'cover-open' | 'paper-near-end';

export type EmulatedJob = {
  id: number;
  items: TranscriptItem[];
  transcript: string;
  bytes: number;
  /** performance.now() when the first and last byte of the job arrived. */
  firstByteAt: number;
  lastByteAt: number;
  /** False when the printer was not able to print (paper out, cover open) when the job ended. */
  printed: boolean;
  previewPath: string | null;
};

export type EmulatorOptions = {
  /** Folder for `ticket-N.png` and `ticket-N.txt`; no files are written without it. */
  previewDir?: string;
  paperWidthMm?: 80 | 58;
  host?: string;
  /** Take in at most this many bytes a second on each connection, as if behind a serial line. */
  receiveBytesPerSecond?: number;
};

export function conditionFor(state: EmulatorState): PrinterCondition {
  return {
    online: state === 'ok' || state === 'paper-near-end',
    coverOpen: state === 'cover-open',
    paperEnd: state === 'paper-out',
    paperNearEnd: state === 'paper-near-end',
    error: false,
  };
}

export function paperDots(widthMm: 80 | 58): number {
  return widthMm === 80 ? 576 : 384;
}

export class EscPosPrinterEmulator extends EventEmitter {
  readonly jobs: EmulatedJob[] = [];
  readonly badInput: Error[] = [];
  private server: Server | null = null;
  private state: EmulatorState = 'ok';
  private readonly sockets = new Set<Socket>();
  private nextId = 1;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: EmulatorOptions = {}) {
    super();
  }

  async start({ port = 0 }: { port?: number } = {}): Promise<void> {
    if (this.server) throw new Error('emulator already started');
    if (this.options.previewDir) await mkdir(this.options.previewDir, { recursive: true });
    const server = createServer((socket) => this.accept(socket));
    server.listen(port, this.options.host ?? '127.0.0.1');
    await once(server, 'listening');
    this.server = server;
  }

  get port(): number {
    if (!this.server) throw new Error('emulator not started');
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  setState(state: EmulatorState): void {
    this.state = state;
    // A printer that goes offline drops whoever is connected.
    if (state === 'offline') for (const s of this.sockets) s.resetAndDestroy();
  }

  getState(): EmulatorState {
    return this.state;
  }

  /** Resolves with the next job (or one already received that matches) within the timeout. */
  async waitForJob(timeoutMs = 5000, afterId = 0): Promise<EmulatedJob> {
    const existing = this.jobs.find((j) => j.id > afterId);
    if (existing) return existing;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('job', onJob);
        reject(new Error(`no print job within ${timeoutMs} ms`));
      }, timeoutMs);
      const onJob = (job: EmulatedJob): void => {
        if (job.id <= afterId) return;
        clearTimeout(timer);
        this.off('job', onJob);
        resolve(job);
      };
      this.on('job', onJob);
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((r) => server.close(() => r()));
    await this.writing;
  }

  private accept(socket: Socket): void {
    if (this.state === 'offline') {
      socket.resetAndDestroy();
      return;
    }
    // Status replies are single bytes; Nagle would hold the second one back ~40 ms.
    socket.setNoDelay(true);
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    new EscPosSession(
      socket,
      {
        condition: () => conditionFor(this.state),
        onJob: (job) => this.record(job),
        onBadInput: (err) => {
          this.badInput.push(err);
          this.emit('bad-input', err);
        },
      },
      this.options.receiveBytesPerSecond ? { receiveBytesPerSecond: this.options.receiveBytesPerSecond } : {},
    );
  }

  private record(job: SessionJob): void {
    const cond = conditionFor(this.state);
    const done: EmulatedJob = {
      id: this.nextId++,
      items: job.items,
      transcript: transcriptText(job.items),
      bytes: job.bytes,
      firstByteAt: job.firstByteAt,
      lastByteAt: job.lastByteAt,
      printed: cond.online && !cond.paperEnd && !cond.coverOpen,
      previewPath: null,
    };
    const publish = (): void => {
      this.jobs.push(done);
      this.emit('job', done);
    };
    const dir = this.options.previewDir;
    if (!dir || !done.printed) {
      // Keep the order of jobs even when an earlier one is still writing its preview.
      this.writing = this.writing.then(publish);
      return;
    }
    // Previews are written in order so ticket-N.png always matches job N.
    this.writing = this.writing.then(async () => {
      try {
        const png = renderPreview(done.items, paperDots(this.options.paperWidthMm ?? 80));
        const base = join(dir, `ticket-${done.id}`);
        await writeFile(`${base}.png`, png);
        await writeFile(`${base}.txt`, `${done.transcript}\n`);
        done.previewPath = `${base}.png`;
      } catch (err) {
        this.emit('preview-error', err);
      }
      publish();
    });
  }
}
