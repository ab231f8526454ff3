// Dawr generic serial device protocol, frame layer (spec in docs/devices.md):
//   STX | LEN | SEQ | TYPE | PAYLOAD (LEN bytes) | CRC16 (2, big-endian) | ETX
// CRC-16/CCITT-FALSE over LEN..PAYLOAD. The length field, not a byte-stuffing scheme,
// delimits the payload, so payloads may contain STX/ETX; a bad CRC or a missing ETX makes
// the decoder skip that STX and look for the next one.

export const STX = 0x02;
export const ETX = 0x03;
export const MAX_PAYLOAD = 200;
const OVERHEAD = 7;

export const FrameType = {
  ACK: 0x06,
  NAK: 0x15,
  HELLO: 0x01,
  PING: 0x05,
  SHOW: 0x20,
  CLEAR: 0x21,
  KEY: 0x30,
  SCAN: 0x40,
} as const;
export type FrameTypeCode = (typeof FrameType)[keyof typeof FrameType];

export type Frame = { seq: number; type: number; payload: Uint8Array };

export function crc16(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffff;
  for (let i = start; i < end; i++) {
    crc ^= (bytes[i] as number) << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export function encodeFrame(frame: Frame): Uint8Array {
  const { seq, type, payload } = frame;
  if (payload.length > MAX_PAYLOAD)
    throw new RangeError(`payload of ${payload.length} bytes exceeds ${MAX_PAYLOAD}`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 255) throw new RangeError(`sequence ${seq} is not a byte`);
  if (!Number.isInteger(type) || type < 0 || type > 255) throw new RangeError(`type ${type} is not a byte`);
  const out = new Uint8Array(payload.length + OVERHEAD);
  out[0] = STX;
  out[1] = payload.length;
  out[2] = seq;
  out[3] = type;
  out.set(payload, 4);
  const crc = crc16(out, 1, 4 + payload.length);
  out[4 + payload.length] = crc >> 8;
  out[5 + payload.length] = crc & 0xff;
  out[6 + payload.length] = ETX;
  return out;
}

export type DecodeResult = { frames: Frame[]; corrupt: number };

/** Stream decoder: feed it chunks as they arrive, get whole frames back. */
export class FrameDecoder {
  private buf: Uint8Array = new Uint8Array(0);

  push(chunk: Uint8Array): DecodeResult {
    const joined = new Uint8Array(this.buf.length + chunk.length);
    joined.set(this.buf);
    joined.set(chunk, this.buf.length);
    const frames: Frame[] = [];
    let corrupt = 0;
    let i = 0;
    for (;;) {
      while (i < joined.length && joined[i] !== STX) i++;
      if (i + 2 > joined.length) break;
      const len = joined[i + 1] as number;
      if (len > MAX_PAYLOAD) {
        corrupt++;
        i++;
        continue;
      }
      const end = i + len + OVERHEAD;
      if (end > joined.length) break;
      const crc = ((joined[i + 4 + len] as number) << 8) | (joined[i + 5 + len] as number);
      if (joined[end - 1] !== ETX || crc !== crc16(joined, i + 1, i + 4 + len)) {
        corrupt++;
        i++;
        continue;
      }
      frames.push({
        seq: joined[i + 2] as number,
        type: joined[i + 3] as number,
        payload: joined.slice(i + 4, i + 4 + len),
      });
      i = end;
    }
    this.buf = joined.slice(i);
    return { frames, corrupt };
  }
}
