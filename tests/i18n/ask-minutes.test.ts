/**
 * The assistant's minutes agree with their number (issue #15: "نحو ٥ دقيقة" was wrong for 3–10):
 * the sentence takes a counted phrase from the units' plural forms, genitive after "نحو".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { arabicDigits, catalogueTranslate } from '../support/translate.js';
import { counted, type Translate } from '../../shared/i18n/durations.js';

let ar: Translate;
let en: Translate;

beforeAll(async () => {
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
});

/** As renderer/kiosk/screens/ask-facts.tsx builds it. */
const about = (t: Translate, minutes: number, show: (n: number) => string = String) =>
  counted(t, 'minutes', minutes, show, 'genitive');

describe("the assistant's minutes", () => {
  it('Arabic: the noun agrees with the number, in the genitive after "نحو"', () => {
    const line = (m: number) => ar('ask.durationMinutes', { duration: about(ar, m, arabicDigits) });
    expect(line(1)).toBe('نحو دقيقة واحدة عند الكاونتر');
    expect(line(2)).toBe('نحو دقيقتين عند الكاونتر');
    expect(line(5)).toBe('نحو ٥ دقائق عند الكاونتر');
    expect(line(15)).toBe('نحو ١٥ دقيقة عند الكاونتر');
    expect(ar('ask.waitLine', { queue: 'الهوية', waiting: '٤', duration: about(ar, 8, arabicDigits) })).toBe(
      'الهوية: ٤ بالانتظار، نحو ٨ دقائق',
    );
  });

  it('English: one minute, many minutes', () => {
    expect(en('ask.durationMinutes', { duration: about(en, 1) })).toBe('About 1 minute at the counter');
    expect(en('ask.waitLine', { queue: 'Identity', waiting: '4', duration: about(en, 8) })).toBe(
      'Identity: 4 waiting, about 8 minutes',
    );
  });
});
