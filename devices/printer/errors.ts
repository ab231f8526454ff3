// Why a print failed, in terms the kiosk can act on: every failure maps to one reason, and
// reasons other than 'bad-data' mean "use the fallback (show the ticket on screen)".
import type { PrinterCondition } from '../escpos/status.js';

export type PrintFailureReason =
  'offline' | 'paper-out' | 'cover-open' | 'printer-error' | 'timeout' | 'bad-reply' | 'bad-data' | 'io';

export class PrinterError extends Error {
  constructor(
    readonly reason: PrintFailureReason,
    message: string,
    readonly condition: PrinterCondition | null = null,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}

const offlineCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'ENOENT',
  'EIO',
  'EACCES',
]);

/** Maps a transport error (socket, serial port, child process) to a failure reason. */
export function classifyIoError(err: unknown): PrinterError {
  if (err instanceof PrinterError) return err;
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = e instanceof Error ? e.message : String(err);
  if (offlineCodes.has(code) || /cannot open|No such file|closed/i.test(message)) {
    return new PrinterError('offline', `printer unreachable: ${message}`);
  }
  return new PrinterError('io', `printer I/O error: ${message}`);
}

/** The reason a printer in this condition cannot print, or null when it can. */
export function notReadyReason(c: PrinterCondition): PrintFailureReason | null {
  if (c.coverOpen) return 'cover-open';
  if (c.paperEnd) return 'paper-out';
  if (c.error) return 'printer-error';
  if (!c.online) return 'offline';
  return null;
}
