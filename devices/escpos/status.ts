// DLE EOT real-time status bytes (Epson ESC/POS). Every reply has bit 1 and bit 4 set and
// bits 0 and 7 clear; that fixed pattern is how a host tells a status byte from stray data,
// so a byte without it is rejected instead of being read as "all fine".

export type PrinterCondition = {
  online: boolean;
  coverOpen: boolean;
  paperEnd: boolean;
  paperNearEnd: boolean;
  error: boolean;
};

const FIXED_MASK = 0x93;
const FIXED_BITS = 0x12;

export class StatusByteError extends Error {
  constructor(n: number, byte: number | undefined) {
    super(
      byte === undefined
        ? `printer sent no reply to DLE EOT ${n}`
        : `printer reply 0x${byte.toString(16).padStart(2, '0')} to DLE EOT ${n} is not a status byte`,
    );
    this.name = 'StatusByteError';
  }
}

export const STATUS_REQUESTS = [1, 2, 4] as const;

export function statusRequest(n: number): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

/** The byte a printer in `c` answers to DLE EOT n (used by the emulator). */
export function encodeStatusByte(n: number, c: PrinterCondition): number {
  let b = FIXED_BITS;
  switch (n) {
    case 1:
      if (!c.online) b |= 0x08;
      break;
    case 2:
      if (c.coverOpen) b |= 0x04;
      if (c.paperEnd) b |= 0x20;
      if (c.error) b |= 0x40;
      break;
    case 3:
      if (c.error) b |= 0x40;
      break;
    case 4:
      if (c.paperNearEnd || c.paperEnd) b |= 0x0c;
      if (c.paperEnd) b |= 0x60;
      break;
    default:
      break;
  }
  return b;
}

/** Combines replies to DLE EOT 1, 2 and 4 (in that order) into a condition. */
export function decodeStatusBytes(replies: { n: number; byte: number | undefined }[]): PrinterCondition {
  const c: PrinterCondition = {
    online: true,
    coverOpen: false,
    paperEnd: false,
    paperNearEnd: false,
    error: false,
  };
  for (const { n, byte } of replies) {
    if (byte === undefined || (byte & FIXED_MASK) !== FIXED_BITS) throw new StatusByteError(n, byte);
    if (n === 1) c.online = (byte & 0x08) === 0;
    if (n === 2) {
      c.coverOpen = (byte & 0x04) !== 0;
      c.paperEnd = c.paperEnd || (byte & 0x20) !== 0;
      c.error = (byte & 0x40) !== 0;
    }
    if (n === 4) {
      c.paperNearEnd = (byte & 0x0c) !== 0;
      c.paperEnd = c.paperEnd || (byte & 0x60) !== 0;
    }
  }
  return c;
}
