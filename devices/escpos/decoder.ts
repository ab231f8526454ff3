// Turns ESC/POS bytes into commands. Bytes arrive from a socket or serial port in arbitrary
// chunks, so the decoder keeps an incomplete trailing command until its remaining bytes
// arrive instead of guessing.
import type { EscPosCommand } from './commands.js';

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const LF = 0x0a;
const CR = 0x0d;
const HT = 0x09;

// A GS v 0 image larger than this is a corrupt header, not a ticket: refuse it rather than
// waiting forever for megabytes that will never come.
export const MAX_RASTER_BYTES = 4 * 1024 * 1024;
const MAX_QR_BYTES = 7089;

export class EscPosDecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'EscPosDecodeError';
  }
}

type Step = { command: EscPosCommand; length: number } | 'incomplete';

const ecLevels = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' } as const;

function isPrintable(b: number): boolean {
  return b >= 0x20 && b !== 0x7f;
}

function decodeEsc(buf: Uint8Array, i: number): Step {
  const op = buf[i + 1];
  if (op === undefined) return 'incomplete';
  const arg = buf[i + 2];
  const needArg = (make: (n: number) => EscPosCommand): Step =>
    arg === undefined ? 'incomplete' : { command: make(arg), length: 3 };
  switch (op) {
    case 0x40:
      return { command: { kind: 'init' }, length: 2 };
    case 0x61:
      return needArg((n) => ({
        kind: 'align',
        align: n % 48 === 1 ? 'center' : n % 48 === 2 ? 'right' : 'left',
      }));
    case 0x45:
      return needArg((n) => ({ kind: 'bold', on: (n & 1) === 1 }));
    case 0x2d:
      return needArg((n) => ({ kind: 'underline', dots: n % 48 }));
    case 0x21:
      return needArg((n) => ({
        kind: 'print-mode',
        bold: (n & 0x08) !== 0,
        doubleHeight: (n & 0x10) !== 0,
        doubleWidth: (n & 0x20) !== 0,
        underline: (n & 0x80) !== 0,
      }));
    case 0x74:
      return needArg((n) => ({ kind: 'code-page', page: n }));
    case 0x4d:
      return needArg((n) => ({ kind: 'font', font: n % 48 }));
    case 0x7b:
      return needArg((n) => ({ kind: 'upside-down', on: (n & 1) === 1 }));
    case 0x33:
      return needArg((n) => ({ kind: 'line-spacing', dots: n }));
    case 0x32:
      return { command: { kind: 'line-spacing', dots: null }, length: 2 };
    case 0x64:
      return needArg((n) => ({ kind: 'feed-lines', lines: n }));
    case 0x4a:
      return needArg((n) => ({ kind: 'feed-dots', dots: n }));
    case 0x42: {
      const t = buf[i + 3];
      if (arg === undefined || t === undefined) return 'incomplete';
      return { command: { kind: 'beep', times: arg, duration: t }, length: 4 };
    }
    default:
      return { command: { kind: 'unknown', bytes: buf.slice(i, i + 2) }, length: 2 };
  }
}

function decodeGsParenK(buf: Uint8Array, i: number): Step {
  // GS ( k pL pH cn fn [params]: the length prefix lets us skip functions we do not model.
  if (i + 5 > buf.length) return 'incomplete';
  const pL = buf[i + 3] ?? 0;
  const pH = buf[i + 4] ?? 0;
  const len = pL + pH * 256;
  if (len < 2) throw new EscPosDecodeError(`GS ( k with parameter length ${len}`, i);
  if (len - 3 > MAX_QR_BYTES) throw new EscPosDecodeError(`GS ( k parameter length ${len} too large`, i);
  const total = 5 + len;
  if (i + total > buf.length) return 'incomplete';
  const cn = buf[i + 5];
  const fn = buf[i + 6];
  const params = buf.slice(i + 7, i + total);
  const unknown: Step = { command: { kind: 'unknown', bytes: buf.slice(i, i + total) }, length: total };
  if (cn !== 0x31) return unknown;
  switch (fn) {
    case 0x41:
      return { command: { kind: 'qr-model', model: (params[0] ?? 0x32) - 0x30 }, length: total };
    case 0x43:
      return { command: { kind: 'qr-module-size', size: params[0] ?? 3 }, length: total };
    case 0x45: {
      const level = ecLevels[(params[0] ?? 49) as keyof typeof ecLevels] ?? 'M';
      return { command: { kind: 'qr-error-correction', level }, length: total };
    }
    case 0x50:
      // params[0] is m = '0'; the symbol data follows it.
      return { command: { kind: 'qr-store', data: params.slice(1) }, length: total };
    case 0x51:
      return { command: { kind: 'qr-print' }, length: total };
    default:
      return unknown;
  }
}

function decodeGs(buf: Uint8Array, i: number): Step {
  const op = buf[i + 1];
  if (op === undefined) return 'incomplete';
  const arg = buf[i + 2];
  switch (op) {
    case 0x21:
      if (arg === undefined) return 'incomplete';
      return {
        command: { kind: 'char-size', width: ((arg >> 4) & 7) + 1, height: (arg & 7) + 1 },
        length: 3,
      };
    case 0x42:
      if (arg === undefined) return 'incomplete';
      return { command: { kind: 'invert', on: (arg & 1) === 1 }, length: 3 };
    case 0x72:
      if (arg === undefined) return 'incomplete';
      return { command: { kind: 'paper-status-request' }, length: 3 };
    case 0x56: {
      if (arg === undefined) return 'incomplete';
      if (arg === 0 || arg === 1 || arg === 48 || arg === 49) {
        return { command: { kind: 'cut', partial: arg % 48 === 1, feed: 0 }, length: 3 };
      }
      const n = buf[i + 3];
      if (n === undefined) return 'incomplete';
      return { command: { kind: 'cut', partial: arg % 2 === 0, feed: n }, length: 4 };
    }
    case 0x28:
      if (arg === undefined) return 'incomplete';
      if (arg === 0x6b) return decodeGsParenK(buf, i);
      return { command: { kind: 'unknown', bytes: buf.slice(i, i + 3) }, length: 3 };
    case 0x76: {
      // GS v 0 m xL xH yL yH d1..dk
      if (i + 8 > buf.length) return 'incomplete';
      if (buf[i + 2] !== 0x30) throw new EscPosDecodeError('GS v not followed by 0', i);
      const m = buf[i + 3] ?? 0;
      const widthBytes = (buf[i + 4] ?? 0) + (buf[i + 5] ?? 0) * 256;
      const height = (buf[i + 6] ?? 0) + (buf[i + 7] ?? 0) * 256;
      const size = widthBytes * height;
      if (size > MAX_RASTER_BYTES) {
        throw new EscPosDecodeError(`raster image ${widthBytes * 8}x${height} is larger than allowed`, i);
      }
      if (i + 8 + size > buf.length) return 'incomplete';
      return {
        command: { kind: 'raster', widthBytes, height, scale: m % 48, data: buf.slice(i + 8, i + 8 + size) },
        length: 8 + size,
      };
    }
    default:
      return { command: { kind: 'unknown', bytes: buf.slice(i, i + 2) }, length: 2 };
  }
}

function decodeOne(buf: Uint8Array, i: number): Step {
  const b = buf[i] as number;
  if (b === LF) return { command: { kind: 'lf' }, length: 1 };
  if (b === CR) return { command: { kind: 'cr' }, length: 1 };
  if (b === HT) return { command: { kind: 'ht' }, length: 1 };
  if (b === ESC) return decodeEsc(buf, i);
  if (b === GS) return decodeGs(buf, i);
  if (b === DLE) {
    const op = buf[i + 1];
    const n = buf[i + 2];
    if (op === undefined || n === undefined) return 'incomplete';
    if (op === 0x04) return { command: { kind: 'status-request', n }, length: 3 };
    return { command: { kind: 'unknown', bytes: buf.slice(i, i + 2) }, length: 2 };
  }
  if (isPrintable(b)) {
    let end = i;
    while (end < buf.length && isPrintable(buf[end] as number)) end++;
    return { command: { kind: 'text', bytes: buf.slice(i, end) }, length: end - i };
  }
  return { command: { kind: 'unknown', bytes: buf.slice(i, i + 1) }, length: 1 };
}

/** Decodes a complete buffer; trailing bytes of an unfinished command are returned as `rest`. */
export function decodeEscPos(buf: Uint8Array): { commands: EscPosCommand[]; rest: Uint8Array } {
  const commands: EscPosCommand[] = [];
  let i = 0;
  while (i < buf.length) {
    const step = decodeOne(buf, i);
    if (step === 'incomplete') break;
    commands.push(step.command);
    i += step.length;
  }
  return { commands, rest: buf.slice(i) };
}

/** Incremental decoder for a byte stream. A text run split across chunks stays one command
 * only if it arrives together; transcripts join adjacent text, so that is harmless. */
export class EscPosStreamDecoder {
  private pending: Uint8Array = new Uint8Array(0);

  push(chunk: Uint8Array): EscPosCommand[] {
    const joined = new Uint8Array(this.pending.length + chunk.length);
    joined.set(this.pending, 0);
    joined.set(chunk, this.pending.length);
    const { commands, rest } = decodeEscPos(joined);
    this.pending = rest;
    return commands;
  }

  get pendingBytes(): number {
    return this.pending.length;
  }
}
