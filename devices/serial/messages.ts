// Payloads of the generic protocol's application frames, encoded and checked in one place
// so drivers and emulators cannot disagree.
import { FrameType } from './codec.js';

export const KEYS = { next: 1, recall: 2, 'no-show': 3, transfer: 4 } as const;
export type KeyName = keyof typeof KEYS;
export type KeyPress = { key: KeyName; arg: number };

export const MAX_DISPLAY_CHARS = 16;
const DISPLAY_TEXT = /^[\x20-\x7e]*$/;
const SCAN_CODE = /^[A-Za-z0-9._:-]{1,64}$/;

export class DeviceMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeviceMessageError';
  }
}

export function encodeShow(text: string): { type: number; payload: Uint8Array } {
  // LED displays take ASCII; ticket numbers and counter labels are Latin by design.
  if (text.length > MAX_DISPLAY_CHARS || !DISPLAY_TEXT.test(text)) {
    throw new DeviceMessageError(
      `display text must be up to ${MAX_DISPLAY_CHARS} printable ASCII characters: ${JSON.stringify(text)}`,
    );
  }
  return { type: FrameType.SHOW, payload: new Uint8Array(Buffer.from(text, 'ascii')) };
}

export function decodeShow(payload: Uint8Array): string {
  const text = Buffer.from(payload).toString('latin1');
  if (text.length > MAX_DISPLAY_CHARS || !DISPLAY_TEXT.test(text))
    throw new DeviceMessageError('bad SHOW payload');
  return text;
}

export function encodeKey(press: KeyPress): { type: number; payload: Uint8Array } {
  if (!Number.isInteger(press.arg) || press.arg < 0 || press.arg > 255)
    throw new DeviceMessageError(`key argument ${press.arg} is not 0-255`);
  return { type: FrameType.KEY, payload: Uint8Array.of(KEYS[press.key], press.arg) };
}

export function decodeKey(payload: Uint8Array): KeyPress {
  if (payload.length !== 2)
    throw new DeviceMessageError(`KEY payload must be 2 bytes, got ${payload.length}`);
  const code = payload[0];
  const key = (Object.keys(KEYS) as KeyName[]).find((k) => KEYS[k] === code);
  if (!key) throw new DeviceMessageError(`unknown key code ${code}`);
  return { key, arg: payload[1] as number };
}

export function encodeScan(code: string): { type: number; payload: Uint8Array } {
  return { type: FrameType.SCAN, payload: new Uint8Array(Buffer.from(code, 'utf8')) };
}

export function decodeScan(payload: Uint8Array): string {
  const code = Buffer.from(payload).toString('utf8');
  if (!SCAN_CODE.test(code))
    throw new DeviceMessageError(
      `scanned code ${JSON.stringify(code.slice(0, 80))} is not an appointment code`,
    );
  return code;
}
