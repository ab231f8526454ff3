/**
 * formatNumber and formatPlain write whole numbers from 0 to 999 without Intl (building the first
 * Arabic Intl.NumberFormat costs a phone page 25–80 ms, bench/first-paint.ts): the text must be
 * exactly what Intl writes, in every language and digit system.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPlain, intlLocale, type NumberStyle } from '../../shared/i18n/numbers.js';

const STYLES: NumberStyle[] = [
  { lang: 'ar', digits: 'arab' },
  { lang: 'ar', digits: 'latn' },
  { lang: 'en', digits: 'arab' },
  { lang: 'en', digits: 'latn' },
];

describe('small whole numbers without Intl', () => {
  it('match Intl for 0 to 999 and the numbers around them', () => {
    const numbers = [...Array.from({ length: 1000 }, (_, i) => i), 1000, 1234, -1, -0.5, 2.5, 999.4];
    for (const style of STYLES) {
      const locale = intlLocale(style);
      const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true });
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false });
      for (const n of numbers) {
        expect(formatNumber(n, style), `${locale} ${n}`).toBe(grouped.format(n));
        expect(formatPlain(n, style), `${locale} ${n}`).toBe(plain.format(n));
      }
    }
  });

  it('writes Arabic-Indic digits when the centre uses them', () => {
    expect(formatPlain(407, { lang: 'ar', digits: 'arab' })).toBe('٤٠٧');
    expect(formatNumber(12, { lang: 'en', digits: 'arab' })).toBe('12');
  });
});
