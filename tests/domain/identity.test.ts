import { describe, expect, it } from 'vitest';
import {
  luhnValid,
  maskEmiratesId,
  maskMobile,
  normaliseEmiratesId,
  normaliseUaeMobile,
} from '../../shared/domain/identity.js';

/** Appends the Luhn check digit to 14 digits. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

describe('Emirates ID', () => {
  const valid = withCheckDigit('78419901234567');

  it('knows the Luhn check', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('0')).toBe(true);
  });

  it('accepts the printed form with dashes or spaces and returns digits only', () => {
    const printed = `${valid.slice(0, 3)}-${valid.slice(3, 7)}-${valid.slice(7, 14)}-${valid.slice(14)}`;
    expect(normaliseEmiratesId(printed)).toBe(valid);
    expect(normaliseEmiratesId(printed.replace(/-/g, ' '))).toBe(valid);
    expect(normaliseEmiratesId(valid)).toBe(valid);
  });

  it('rejects a wrong check digit', () => {
    const wrong = valid.slice(0, 14) + ((Number(valid[14]) + 1) % 10);
    expect(normaliseEmiratesId(wrong)).toBeNull();
  });

  it('rejects a transposition of two neighbouring digits', () => {
    const swapped = valid.slice(0, 8) + valid[9] + valid[8] + valid.slice(10);
    expect(swapped).not.toBe(valid);
    expect(normaliseEmiratesId(swapped)).toBeNull();
  });

  it('rejects a wrong country code, length, year or characters', () => {
    expect(normaliseEmiratesId(withCheckDigit('78519901234567'))).toBeNull();
    expect(normaliseEmiratesId(withCheckDigit('7841990123456'))).toBeNull();
    expect(normaliseEmiratesId(withCheckDigit('784199012345678'))).toBeNull();
    expect(normaliseEmiratesId(withCheckDigit('78418001234567'))).toBeNull();
    expect(normaliseEmiratesId(withCheckDigit('78421011234567'))).toBeNull();
    expect(normaliseEmiratesId(valid.slice(0, 10) + 'x' + valid.slice(11))).toBeNull();
  });

  it('masks all but the last four digits', () => {
    expect(maskEmiratesId(valid)).toBe(`784-****-****${valid.slice(11, 14)}-${valid[14]}`);
    expect(maskEmiratesId(valid)).not.toContain('1990');
  });
});

describe('UAE mobile numbers', () => {
  it.each([
    ['0501234567'],
    ['050 123 4567'],
    ['050-123-4567'],
    ['+971501234567'],
    ['+971 50 123 4567'],
    ['00971501234567'],
    ['971501234567'],
    ['(050) 1234567'],
  ])('normalises %s to +971501234567', (input) => {
    expect(normaliseUaeMobile(input)).toBe('+971501234567');
  });

  it('accepts every UAE mobile prefix', () => {
    for (const p of ['50', '52', '54', '55', '56', '58'])
      expect(normaliseUaeMobile(`0${p}7654321`)).toBe(`+971${p}7654321`);
  });

  it.each([
    ['0511234567'],
    ['050123456'],
    ['05012345678'],
    ['+966501234567'],
    ['043456789'],
    ['05O1234567'],
    [''],
  ])('rejects %s', (input) => {
    expect(normaliseUaeMobile(input)).toBeNull();
  });

  it('masks the middle digits', () => {
    expect(maskMobile('+971501234567')).toBe('+97150*****67');
  });
});
