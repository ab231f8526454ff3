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

  it('a range agrees with its upper bound: "٥–٩ دقائق", "١٠–١٥ دقيقة"', () => {
    expect(minutesRange(ar, 5, 9, arabicDigits)).toBe('٥–٩ دقائق');
    expect(minutesRange(ar, 10, 15, arabicDigits)).toBe('١٠–١٥ دقيقة');
    expect(minutesRange(en, 5, 9)).toBe('5–9 minutes');
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
