// How long a print may take before the kiosk gives up on it: the configured timeout (connecting
// and the status queries around the job) plus the time the job's bytes need on the link. A slow
// serial line must never be reported as a failed print while the ticket is still coming out.
import type { PrinterConnection } from './config.js';

/** Room over the computed transfer time, for UART gaps and a printer that pauses for its buffer. */
export const TRANSFER_MARGIN = 1.25;

/** Bytes a second the link carries, or null when it is fast enough not to matter (TCP, the spooler). */
export function linkBytesPerSecond(connection: PrinterConnection): number | null {
  // 8N1 framing: a start bit, eight data bits and a stop bit for every byte.
  return connection.kind === 'serial' ? connection.baudRate / 10 : null;
}

/**
 * Milliseconds `bytes` take on the link (0 for fast links). `bytesPerSecond` overrides the
 * connection's own speed, for a network printer that is really behind a slow line (a serial
 * device server, or the benchmark's throttled emulator).
 */
export function transferMs(
  bytes: number,
  connection: PrinterConnection,
  bytesPerSecond: number | null = linkBytesPerSecond(connection),
): number {
  return bytesPerSecond === null ? 0 : (bytes / bytesPerSecond) * 1000;
}

/** The whole print's budget in milliseconds: the configured timeout plus the job's transfer time with margin. */
export function printDeadlineMs(
  bytes: number,
  connection: PrinterConnection,
  timeoutMs: number,
  bytesPerSecond: number | null = linkBytesPerSecond(connection),
): number {
  return timeoutMs + Math.ceil(transferMs(bytes, connection, bytesPerSecond) * TRANSFER_MARGIN);
}
