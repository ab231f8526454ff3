import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEscPos, EscPosDecodeError, EscPosStreamDecoder } from '../../devices/escpos/decoder.js';
import { decodeStatusBytes, encodeStatusByte, StatusByteError } from '../../devices/escpos/status.js';
import { interpret, transcriptText } from '../../devices/escpos/transcript.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('ESC/POS decoder', () => {
  it('decodes styles, text, QR, raster and cut into a transcript', () => {
    const qr = 'https://x.test/a';
    const job = bytes(
      [0x1b, 0x40, 0x1b, 0x61, 0x01, 0x1b, 0x45, 0x01],
      'Hello',
      [0x0a, 0x1b, 0x45, 0x00, 0x1d, 0x21, 0x33],
      'A042',
      [0x0a, 0x1d, 0x21, 0x00],
      [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x06],
      [0x1d, 0x28, 0x6b, qr.length + 3, 0x00, 0x31, 0x50, 0x30],
      qr,
      [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30],
      [0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x02, 0x00, 0xff, 0x81],
      [0x1d, 0x56, 0x00],
    );
    const { commands, rest } = decodeEscPos(job);
    expect(rest.length).toBe(0);
    const text = transcriptText(interpret(commands));
    expect(text).toBe(
      [
        '[center bold] Hello',
        '[center 4x4] A042',
        `[qr 6 M center] ${qr}`,
        '[image 8x2 center]',
        '--- cut ---',
      ].join('\n'),
    );
  });

  it('decodes Windows-1256 Arabic text after ESC t 50', () => {
    const ar = Buffer.from([0xc7, 0xe1, 0xc7, 0xe4, 0xca, 0xd9, 0xc7, 0xd1]); // الانتظار
    const { commands } = decodeEscPos(bytes([0x1b, 0x74, 50], [...ar], [0x0a]));
    expect(interpret(commands)[0]).toMatchObject({ type: 'text', text: 'الانتظار' });
  });

  it('keeps an unfinished command until the rest arrives, at any split point', () => {
    const job = bytes(
      [0x1b, 0x61, 0x02],
      'AB',
      [0x1d, 0x76, 0x30, 0, 2, 0, 2, 0, 1, 2, 3, 4],
      [0x10, 0x04, 0x01],
    );
    const whole = decodeEscPos(job).commands;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: job.length - 1 }), { maxLength: 5 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const d = new EscPosStreamDecoder();
        const got = [];
        let from = 0;
        for (const p of [...points, job.length]) {
          got.push(...d.push(job.slice(from, p)));
          from = p;
        }
        // Text runs may be split; compare the joined transcript and the non-text commands.
        expect(transcriptText(interpret(got))).toBe(transcriptText(interpret(whole)));
        expect(got.filter((c) => c.kind !== 'text')).toEqual(whole.filter((c) => c.kind !== 'text'));
        expect(d.pendingBytes).toBe(0);
      }),
    );
  });

  it('rejects a raster header that announces an absurd image', () => {
    expect(() => decodeEscPos(bytes([0x1d, 0x76, 0x30, 0, 0xff, 0xff, 0xff, 0xff]))).toThrow(
      EscPosDecodeError,
    );
  });

  it('reports an unknown ESC sequence instead of dropping it', () => {
    const { commands } = decodeEscPos(bytes([0x1b, 0x99]));
    expect(commands).toEqual([{ kind: 'unknown', bytes: Uint8Array.of(0x1b, 0x99) }]);
  });
});

describe('DLE EOT status bytes', () => {
  it('round-trips every condition through the real bit layout', () => {
    const conditions = [
      { online: true, coverOpen: false, paperEnd: false, paperNearEnd: false, error: false },
      { online: false, coverOpen: false, paperEnd: true, paperNearEnd: false, error: false },
      { online: false, coverOpen: true, paperEnd: false, paperNearEnd: false, error: false },
      { online: true, coverOpen: false, paperEnd: false, paperNearEnd: true, error: false },
    ];
    for (const c of conditions) {
      const replies = [1, 2, 4].map((n) => ({ n, byte: encodeStatusByte(n, c) }));
      expect(decodeStatusBytes(replies)).toEqual({ ...c, paperNearEnd: c.paperNearEnd || c.paperEnd });
    }
    expect(encodeStatusByte(1, conditions[0]!)).toBe(0x12);
    expect(encodeStatusByte(4, conditions[1]!)).toBe(0x7e);
  });

  it('refuses a reply without the fixed status bits', () => {
    expect(() => decodeStatusBytes([{ n: 1, byte: 0x41 }])).toThrow(StatusByteError);
    expect(() => decodeStatusBytes([{ n: 1, byte: undefined }])).toThrow(/no reply/);
  });
});
