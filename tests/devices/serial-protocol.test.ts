import { Duplex } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crc16,
  encodeFrame,
  FrameDecoder,
  FrameType,
  MAX_PAYLOAD,
  type Frame,
} from '../../devices/serial/codec.js';
import { FrameLink, LinkTimeoutError } from '../../devices/serial/link.js';
import { decodeKey, decodeScan, DeviceMessageError, encodeShow } from '../../devices/serial/messages.js';

describe('generic protocol codec', () => {
  it('uses CRC-16/CCITT-FALSE (check value 0x29B1)', () => {
    expect(crc16(new Uint8Array(Buffer.from('123456789')))).toBe(0x29b1);
  });

  it('lays out STX LEN SEQ TYPE PAYLOAD CRC ETX', () => {
    const bytes = encodeFrame({ seq: 7, type: FrameType.SHOW, payload: Uint8Array.of(0x41) });
    expect([...bytes.slice(0, 5)]).toEqual([0x02, 1, 7, 0x20, 0x41]);
    expect(bytes.at(-1)).toBe(0x03);
    expect((bytes[5]! << 8) | bytes[6]!).toBe(crc16(bytes, 1, 5));
  });

  it('round-trips any frames through any chunking, with garbage between frames', () => {
    const frameArb = fc.record({
      seq: fc.integer({ min: 0, max: 255 }),
      type: fc.integer({ min: 0, max: 255 }),
      payload: fc.uint8Array({ maxLength: MAX_PAYLOAD }),
    });
    fc.assert(
      fc.property(
        fc.array(frameArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 50 }),
        (frames, chunk) => {
          // Noise without STX bytes, as a line that picks up junk between frames might.
          const noise = Uint8Array.of(0xff, 0x00, 0x03, 0x99);
          const wire = Buffer.concat(frames.flatMap((f) => [noise, encodeFrame(f)]));
          const d = new FrameDecoder();
          const got: Frame[] = [];
          for (let i = 0; i < wire.length; i += chunk)
            got.push(...d.push(wire.subarray(i, i + chunk)).frames);
          expect(got).toEqual(frames);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drops a frame with a flipped bit and still finds the next one', () => {
    const a = encodeFrame({ seq: 1, type: FrameType.KEY, payload: Uint8Array.of(1, 0) });
    const b = encodeFrame({ seq: 2, type: FrameType.KEY, payload: Uint8Array.of(2, 0) });
    a[4]! ^= 0x10;
    const r = new FrameDecoder().push(Buffer.concat([a, b]));
    expect(r.frames.map((f) => f.seq)).toEqual([2]);
    expect(r.corrupt).toBeGreaterThan(0);
  });

  it('refuses to encode oversize payloads and bad bytes', () => {
    expect(() => encodeFrame({ seq: 0, type: 1, payload: new Uint8Array(MAX_PAYLOAD + 1) })).toThrow(
      RangeError,
    );
    expect(() => encodeFrame({ seq: 256, type: 1, payload: new Uint8Array() })).toThrow(RangeError);
  });

  it('validates application payloads', () => {
    expect(decodeKey(Uint8Array.of(4, 3))).toEqual({ key: 'transfer', arg: 3 });
    expect(() => decodeKey(Uint8Array.of(9, 0))).toThrow(DeviceMessageError);
    expect(() => decodeKey(Uint8Array.of(1))).toThrow(/2 bytes/);
    expect(decodeScan(new Uint8Array(Buffer.from('APT-2026-0042')))).toBe('APT-2026-0042');
    expect(() => decodeScan(new Uint8Array(Buffer.from('x; rm -rf /')))).toThrow(DeviceMessageError);
    expect(() => encodeShow('مرحبا')).toThrow(DeviceMessageError);
    expect(() => encodeShow('A'.repeat(17))).toThrow(DeviceMessageError);
  });
});

/** Two in-memory stream ends; `drop` decides per written chunk whether the "line" loses it. */
function wire(drop: (from: 'a' | 'b', chunk: Buffer) => boolean): [Duplex, Duplex] {
  const ends: Record<'a' | 'b', Duplex> = {} as Record<'a' | 'b', Duplex>;
  const make = (name: 'a' | 'b'): Duplex =>
    new Duplex({
      read() {},
      write(chunk: Buffer, _enc, cb) {
        if (!drop(name, chunk)) ends[name === 'a' ? 'b' : 'a'].push(chunk);
        cb();
      },
    });
  ends.a = make('a');
  ends.b = make('b');
  return [ends.a, ends.b];
}

describe('reliable link', () => {
  it('retransmits a lost frame and delivers it once', async () => {
    let dropped = 0;
    const [a, b] = wire((from, chunk) => {
      if (from === 'a' && chunk[3] === FrameType.SCAN && dropped < 2) {
        dropped++;
        return true;
      }
      return false;
    });
    const host = new FrameLink(b, { ackTimeoutMs: 30, retries: 3 });
    const device = new FrameLink(a, { ackTimeoutMs: 30, retries: 3 });
    const got: Frame[] = [];
    host.on('frame', (f) => got.push(f));
    await device.send(FrameType.SCAN, Uint8Array.of(0x41));
    expect(dropped).toBe(2);
    expect(got).toHaveLength(1);
  });

  it('does not deliver twice when the ACK is lost', async () => {
    let droppedAcks = 0;
    const [a, b] = wire((from, chunk) => {
      if (from === 'b' && chunk[3] === FrameType.ACK && droppedAcks < 1) {
        droppedAcks++;
        return true;
      }
      return false;
    });
    const host = new FrameLink(b, { ackTimeoutMs: 30 });
    const device = new FrameLink(a, { ackTimeoutMs: 30 });
    const got: Frame[] = [];
    host.on('frame', (f) => got.push(f));
    await device.send(FrameType.KEY, Uint8Array.of(1, 0));
    await device.send(FrameType.KEY, Uint8Array.of(2, 0));
    expect(droppedAcks).toBe(1);
    expect(got.map((f) => f.payload[0])).toEqual([1, 2]);
  });

  it('gives up with LinkTimeoutError when nobody answers', async () => {
    const [a] = wire(() => true);
    const link = new FrameLink(a, { ackTimeoutMs: 20, retries: 2 });
    const started = Date.now();
    await expect(link.send(FrameType.PING)).rejects.toBeInstanceOf(LinkTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
