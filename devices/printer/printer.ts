// A kiosk's or hub's ticket printer: builds the ticket, checks status (DLE EOT) before and
// after sending it, and bounds the whole print by the configured timeout. Operations are
// queued so a status poll and a print never talk to the printer at the same time.
import { EventEmitter } from 'node:events';
import { decodeStatusBytes, statusRequest, type PrinterCondition } from '../escpos/status.js';
import { DeadlineClock, openSerial, openTcp, type StreamChannel } from './channel.js';
import { parsePrinterConfig, type PrinterConfig, type PrinterConfigInput } from './config.js';
import { PrinterError, classifyIoError, notReadyReason } from './errors.js';
import { linkBytesPerSecond, printDeadlineMs } from './print-deadline.js';
import { osPrint, osPrinterEnabled } from './os-printer.js';
import { parseTicketData } from './ticket-data.js';
import type { TicketLayoutOptions } from './paper-layout.js';
import { buildTicketBytes } from './ticket-template.js';
import { parseReceiptData } from './receipt-data.js';
import { buildReceiptBytes } from './receipt-template.js';

export type PrinterState =
  'ready' | 'paper-near-end' | 'paper-out' | 'cover-open' | 'printer-error' | 'offline' | 'unknown';

export type PrinterStatus = {
  state: PrinterState;
  condition: PrinterCondition | null;
  detail: string;
  checkedAt: number;
};

export type PrintResult = { bytes: number; durationMs: number; status: PrinterStatus };

export type TicketPrinterOptions = {
  /**
   * Bytes a second the path to the printer really carries when that is slower than the connection
   * says (a TCP printer behind a serial device server); the print deadline grows with it.
   */
  linkBytesPerSecond?: number;
};

function statusFrom(condition: PrinterCondition | null, detail = ''): PrinterStatus {
  let state: PrinterState = 'unknown';
  if (condition) {
    const reason = notReadyReason(condition);
    state =
      reason === null ? (condition.paperNearEnd ? 'paper-near-end' : 'ready') : (reason as PrinterState);
  }
  return { state, condition, detail, checkedAt: Date.now() };
}

function statusFromError(err: PrinterError): PrinterStatus {
  const state: PrinterState =
    err.condition !== null
      ? statusFrom(err.condition).state
      : err.reason === 'bad-reply'
        ? 'printer-error'
        : 'offline';
  return { state, condition: err.condition, detail: err.message, checkedAt: Date.now() };
}

type TicketPrinterEvents = { status: [status: PrinterStatus, previous: PrinterStatus | null] };

export class TicketPrinter extends EventEmitter<TicketPrinterEvents> {
  readonly config: PrinterConfig;
  private queue: Promise<unknown> = Promise.resolve();
  private last: PrinterStatus | null = null;

  constructor(
    config: PrinterConfigInput,
    private readonly options: TicketPrinterOptions = {},
  ) {
    super();
    this.config = parsePrinterConfig(config);
  }

  get lastStatus(): PrinterStatus | null {
    return this.last;
  }

  /** Prints one ticket or throws a PrinterError within `timeoutMs` plus the job's transfer time. */
  print(input: unknown): Promise<PrintResult> {
    return this.printDocument(() => parseTicketData(input), buildTicketBytes);
  }

  /**
   * Prints a service request receipt (receipt-template.ts) with the same status checks, queue and
   * deadline as a ticket; throws a PrinterError within `timeoutMs`.
   */
  printReceipt(input: unknown): Promise<PrintResult> {
    return this.printDocument(() => parseReceiptData(input), buildReceiptBytes);
  }

  /** Validates the data, renders it for this printer, and sends it under the print deadline. */
  private async printDocument<D>(
    parse: () => D,
    render: (data: D, opts: TicketLayoutOptions) => Promise<Buffer>,
  ): Promise<PrintResult> {
    const started = Date.now();
    let data: D;
    try {
      data = parse();
    } catch (err) {
      throw new PrinterError('bad-data', (err as Error).message);
    }
    const bytes = await render(data, {
      type: this.config.type,
      paperWidthMm: this.config.paperWidthMm,
      mode: this.config.mode,
      ...(this.config.fontPath ? { fontPath: this.config.fontPath } : {}),
    });
    // The deadline follows the job: a 5 KB ticket needs 2.6 s on a 19,200 baud line by itself.
    const clock = new DeadlineClock(
      started +
        printDeadlineMs(
          bytes.length,
          this.config.connection,
          this.config.timeoutMs,
          this.options.linkBytesPerSecond ?? linkBytesPerSecond(this.config.connection),
        ),
    );
    const status = await this.exclusive(() => this.send(bytes, clock));
    return { bytes: bytes.length, durationMs: Date.now() - started, status };
  }

  /** Asks the printer how it is; never throws (an unreachable printer is 'offline'). */
  async queryStatus(timeoutMs = Math.min(this.config.timeoutMs, 2000)): Promise<PrinterStatus> {
    const clock = new DeadlineClock(Date.now() + timeoutMs);
    return this.exclusive(async () => {
      try {
        const c = this.config.connection;
        if (c.kind === 'os') {
          const enabled = await osPrinterEnabled(c.lpstatCommand, c.printerName, clock);
          return this.note(
            enabled
              ? statusFrom(null, 'spooler queue enabled')
              : statusFromError(new PrinterError('offline', 'spooler queue disabled')),
          );
        }
        const channel = await this.open(clock);
        try {
          return this.note(statusFrom(await this.condition(channel, clock)));
        } finally {
          await channel.close();
        }
      } catch (err) {
        return this.note(statusFromError(classifyIoError(err)));
      }
    });
  }

  private async send(bytes: Uint8Array, clock: DeadlineClock): Promise<PrinterStatus> {
    const c = this.config.connection;
    try {
      if (c.kind === 'os') {
        await osPrint(c.lpCommand, c.printerName, bytes, clock);
        return this.note(statusFrom(null, 'sent to spooler'));
      }
      const channel = await this.open(clock);
      try {
        const before = await this.condition(channel, clock);
        this.refuseUnlessReady(before, 'before printing');
        await channel.write(bytes, clock);
        // The reply to a query sent after the ticket also proves the printer took every byte.
        const after = await this.condition(channel, clock);
        this.refuseUnlessReady(after, 'after printing');
        return this.note(statusFrom(after));
      } finally {
        await channel.close();
      }
    } catch (err) {
      const e = classifyIoError(err);
      this.note(statusFromError(e));
      throw e;
    }
  }

  private refuseUnlessReady(c: PrinterCondition | null, when: string): void {
    if (!c) return;
    const reason = notReadyReason(c);
    if (reason) throw new PrinterError(reason, `printer not ready ${when}: ${reason}`, c);
  }

  private async condition(channel: StreamChannel, clock: DeadlineClock): Promise<PrinterCondition | null> {
    // Star Line Mode has no DLE EOT; such printers report nothing before printing.
    if (this.config.type === 'star') return null;
    channel.drain();
    const ns = [1, 2, 4];
    await channel.write(Uint8Array.from(ns.flatMap((n) => [...statusRequest(n)])), clock);
    const replies: { n: number; byte: number }[] = [];
    for (const n of ns) replies.push({ n, byte: await channel.readByte(clock) });
    try {
      return decodeStatusBytes(replies);
    } catch (err) {
      throw new PrinterError('bad-reply', (err as Error).message);
    }
  }

  private open(clock: DeadlineClock): Promise<StreamChannel> {
    const c = this.config.connection;
    if (c.kind === 'tcp') return openTcp(c.host, c.port, clock);
    if (c.kind === 'serial') return openSerial(c.path, c.baudRate, clock);
    throw new Error('the spooler has no byte channel');
  }

  private note(status: PrinterStatus): PrinterStatus {
    const previous = this.last;
    this.last = status;
    if (!previous || previous.state !== status.state) this.emit('status', status, previous);
    return status;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
