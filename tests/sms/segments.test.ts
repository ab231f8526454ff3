import { describe, expect, it } from 'vitest';
import {
  concatenationHeader,
  isGsm7,
  MAX_SMS_PARTS,
  segmentSms,
  SmsTooLongError,
} from '../../main/hub/features/sms/segments.js';

const ar = (n: number) => 'ب'.repeat(n);
const en = (n: number) => 'a'.repeat(n);

describe('SMS segmenting', () => {
  it('sends Arabic as UCS-2 (data_coding 8): 70 characters in one message, 71 in two parts of 67 and 4', () => {
    const one = segmentSms(ar(70), 7);
    expect(one).toMatchObject({ encoding: 'ucs2', dataCoding: 8 });
    expect(one.parts).toHaveLength(1);
    expect(one.parts[0]!.udh.length).toBe(0);
    expect(one.parts[0]!.payload.length).toBe(140);
    // UTF-16 big-endian: ب is U+0628.
    expect([...one.parts[0]!.payload.subarray(0, 2)]).toEqual([0x06, 0x28]);

    const two = segmentSms(ar(71), 7);
    expect(two.parts.map((p) => p.text.length)).toEqual([67, 4]);
    expect(two.parts.every((p) => p.udh.length + p.payload.length <= 140)).toBe(true);
    expect(two.parts.map((p) => p.text).join('')).toBe(ar(71));
  });

  it('sends Latin-only text in GSM 7-bit: 160 in one message, 161 in parts of 153 and 8', () => {
    const one = segmentSms(en(160), 1);
    expect(one).toMatchObject({ encoding: 'gsm7', dataCoding: 0 });
    expect(one.parts).toHaveLength(1);
    const two = segmentSms(en(161), 1);
    expect(two.parts.map((p) => p.payload.length)).toEqual([153, 8]);
    // '@' is septet 0 and 'a' is 0x61 in the GSM default alphabet.
    expect([...segmentSms('@a', 1).parts[0]!.payload]).toEqual([0x00, 0x61]);
  });

  it('counts extension characters (€, [, {) as two septets and never splits one across parts', () => {
    expect(segmentSms('€'.repeat(80), 1).parts).toHaveLength(1);
    const split = segmentSms(`${en(152)}€${en(10)}`, 1);
    // 152 + 2 would be 154 > 153: the € starts the second part, escape and all.
    expect(split.parts.map((p) => p.text)).toEqual([en(152), `€${en(10)}`]);
    expect([...split.parts[1]!.payload.subarray(0, 3)]).toEqual([0x1b, 0x65, 0x61]);
  });

  it('one Arabic letter makes the whole message UCS-2', () => {
    expect(isGsm7('Your code: 123456')).toBe(true);
    expect(isGsm7('Your code 123456 رمز')).toBe(false);
    expect(segmentSms(`${en(100)}ب`, 1).encoding).toBe('ucs2');
  });

  it('marks each part with a concatenation header: IEI 0, the same reference, the total and its number', () => {
    const parts = segmentSms(ar(150), 0xab).parts;
    expect(parts).toHaveLength(3);
    parts.forEach((p, i) => expect([...p.udh]).toEqual([0x05, 0x00, 0x03, 0xab, 3, i + 1]));
    expect([...concatenationHeader(9, 2, 2)]).toEqual([5, 0, 3, 9, 2, 2]);
  });

  it('keeps a surrogate pair (an emoji) whole', () => {
    const parts = segmentSms(`${ar(66)}😀${ar(4)}`, 1).parts;
    expect(parts.map((p) => p.text)).toEqual([ar(66), `😀${ar(4)}`]);
  });

  it('refuses a message longer than the most parts sent, and a reference that is not one byte', () => {
    expect(() => segmentSms(ar(67 * MAX_SMS_PARTS + 1), 1)).toThrow(SmsTooLongError);
    expect(() => segmentSms('x', 256)).toThrow(RangeError);
  });
});
