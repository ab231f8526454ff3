/** Arabic number agreement in counted phrases, through a real i18next instance and the real catalogues. */
import { beforeAll, describe, expect, it } from 'vitest';
import { arabicDigits, catalogueTranslate } from '../support/translate.js';
import { counted, minutesRange, type Translate } from '../../shared/i18n/durations.js';

let ar: Translate;
let en: Translate;

beforeAll(async () => {
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
});

describe('counted phrases', () => {
  it('Arabic minutes agree with the number: one, two, 3–10 plural, 11–99 and 100+ singular', () => {
    const cases: [number, string][] = [
      [0, '٠ دقيقة'],
      [1, 'دقيقة واحدة'],
      [2, 'دقيقتان'],
      [3, '٣ دقائق'],
      [8, '٨ دقائق'],
      [10, '١٠ دقائق'],
      [11, '١١ دقيقة'],
      [99, '٩٩ دقيقة'],
      [100, '١٠٠ دقيقة'],
    ];
    for (const [n, text] of cases) expect(counted(ar, 'minutes', n, arabicDigits)).toBe(text);
  });

  it('Arabic seconds: "٦ ثوانٍ", not "٦ ثانية"', () => {
    expect(counted(ar, 'seconds', 6, arabicDigits)).toBe('٦ ثوانٍ');
    expect(counted(ar, 'seconds', 45, arabicDigits)).toBe('٤٥ ثانية');
    expect(counted(ar, 'seconds', 2)).toBe('ثانيتان');
  });

  it('an Arabic range is written out, low first, agreeing with its upper bound: "من ٥ إلى ٩ دقائق"', () => {
    expect(minutesRange(ar, 5, 9, arabicDigits)).toBe('من ٥ إلى ٩ دقائق');
    expect(minutesRange(ar, 10, 15, arabicDigits)).toBe('من ١٠ إلى ١٥ دقيقة');
    expect(minutesRange(ar, 2, 46)).toBe('من 2 إلى 46 دقيقة');
    expect(minutesRange(en, 5, 9)).toBe('5–9 minutes');
  });

  it('no digit range is left between Arabic words for the bidi algorithm to reorder (issue #15)', () => {
    for (const [lo, hi] of [
      [0, 16],
      [2, 46],
      [1, 2],
      [5, 9],
      [11, 120],
    ] as const)
      expect(minutesRange(ar, lo, hi, arabicDigits)).not.toMatch(/[\d٠-٩]\s*[–-]\s*[\d٠-٩]/);
  });

  it('equal bounds are one duration, not "from 5 to 5"', () => {
    expect(minutesRange(ar, 5, 5, arabicDigits)).toBe('٥ دقائق');
    expect(minutesRange(en, 5, 5)).toBe('5 minutes');
    expect(minutesRange(en, 9, 4)).toBe('9 minutes');
  });

  it('English uses one/other; the number is never left as a placeholder', () => {
    expect(counted(en, 'minutes', 1)).toBe('1 minute');
    expect(counted(en, 'minutes', 8)).toBe('8 minutes');
    expect(counted(en, 'tickets', 3)).toBe('3 tickets');
    for (const n of [0, 1, 2, 3, 11, 100, 101, 102])
      for (const t of [ar, en]) expect(counted(t, 'minutes', n)).not.toMatch(/\{\{|units\./);
  });

  it('rounds fractions and never shows a negative duration', () => {
    expect(counted(en, 'minutes', 7.6)).toBe('8 minutes');
    expect(counted(ar, 'minutes', -3, arabicDigits)).toBe('٠ دقيقة');
  });
});
