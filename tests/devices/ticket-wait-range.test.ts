/**
 * The printed ticket writes an Arabic wait range the way every app does (issue #15: one convention):
 * "من ٥ إلى ٩ دقائق", low first, never a bare "5-9" between Arabic words, which the bidi algorithm
 * draws in a different order on each surface; the noun agrees with the upper bound (Arabic plural
 * forms, as shared/i18n/durations.ts), and a range from 0 is "حتى ١٦ دقيقة" / "up to 16 minutes".
 * The slip is checked on its decoded bytes (text mode: the Arabic travels as text).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTicketBytes, ticketLines } from '../../devices/printer/ticket-template.js';
import { minutesRange, type Translate } from '../../shared/i18n/durations.js';
import { catalogueTranslate } from '../support/translate.js';
import { sampleTicket } from './fixtures/ticket.js';
import { decodeTicket, englishText, textLines } from './support/ticket-transcript.js';

let ar: Translate;
let en: Translate;
beforeAll(async () => {
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
});

/** The slip's decoded lines, printed in text mode on 80 mm paper. */
async function slipText(low: number, high: number): Promise<{ lines: string[]; english: string }> {
  const data = sampleTicket({ estimatedWaitMinutes: { low, high } });
  const items = decodeTicket(await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode: 'text' }));
  return { lines: textLines(items), english: englishText(items) };
}

describe('a wait range on paper and on the screens', () => {
  for (const [low, high, arabic, english] of [
    [10, 15, 'من 10 إلى 15 دقيقة', '10–15 minutes'],
    [5, 9, 'من 5 إلى 9 دقائق', '5–9 minutes'],
    [2, 46, 'من 2 إلى 46 دقيقة', '2–46 minutes'],
    [0, 16, 'حتى 16 دقيقة', 'up to 16 minutes'],
    [0, 5, 'حتى 5 دقائق', 'up to 5 minutes'],
    [0, 2, 'حتى دقيقتين', 'up to 2 minutes'],
  ] as const) {
    it(`${low}–${high}: the apps and the slip both say "${arabic}"`, async () => {
      expect(minutesRange(ar, low, high)).toBe(arabic);
      expect(minutesRange(en, low, high)).toBe(english);
      const { waitAr } = ticketLines(sampleTicket({ estimatedWaitMinutes: { low, high } }));
      expect(waitAr).toBe(`الانتظار المتوقع: ${arabic}`);
      const slip = await slipText(low, high);
      expect(slip.lines).toContain(`الانتظار المتوقع: ${arabic}`);
      for (const text of [waitAr, minutesRange(ar, low, high)]) expect(text).not.toMatch(/\d\s*[-–]\s*\d/);
      if (low === 0) expect(slip.english).toContain(`Estimated wait: up to ${high} min`);
      else expect(slip.english).toContain(`Estimated wait: ${low}-${high} min`);
    });
  }

  it('one duration agrees with its number on paper too', async () => {
    for (const [n, arabic] of [
      [1, 'دقيقة واحدة'],
      [2, 'دقيقتان'],
      [7, '7 دقائق'],
      [12, '12 دقيقة'],
    ] as const) {
      const slip = await slipText(n, n);
      expect(slip.lines).toContain(`الانتظار المتوقع: ${arabic}`);
    }
  });
});
