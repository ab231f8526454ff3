/**
 * The printed ticket gives the wait every screen gives (issue #15, shared/domain/wait-shown.ts): the
 * p10–p90 range, "up to 1 minute" when the ticket is called within a minute, and the screens' own
 * line instead of minutes when no counter is open for its queue. The slip printed p50–p90 under a
 * kiosk screen showing p10–p90, and minutes of a wait no open counter would end. Checked on the
 * decoded ESC/POS bytes (text mode: both languages travel as text; bitmap mode: the Arabic line is
 * compared dot for dot with what the writer draws).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTicketData } from '../../devices/printer/ticket-data.js';
import { buildTicketBytes, ticketLines } from '../../devices/printer/ticket-template.js';
import { slipWait } from '../../main/hub/features/kiosk/ticket-print.js';
import { TicketPrintDataSchema } from '../../shared/contract/printer.js';
import { waitShown, type EstimateForDisplay } from '../../shared/domain/wait-shown.js';
import type { Translate } from '../../shared/i18n/durations.js';
import { visitorText } from '../../shared/i18n/locales/all.js';
import { waitText } from '../../shared/i18n/wait-text.js';
import { catalogueTranslate } from '../support/translate.js';
import { sampleTicket } from './fixtures/ticket.js';
import {
  decodeTicket,
  englishText,
  hasArabicImage,
  imagesOf,
  textLines,
} from './support/ticket-transcript.js';

let ar: Translate;
let en: Translate;
beforeAll(async () => {
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
});

const noCounter = { ar: 'لا كاونتر مفتوح الآن', en: 'No counter open now' };

describe('the wait on the slip is the wait on the screen', () => {
  const estimates: [string, EstimateForDisplay][] = [
    ['a range', { p10Minutes: 3.4, p50Minutes: 9.6, p90Minutes: 17.5, counters: 2 }],
    ['a range from 0', { p10Minutes: 0.2, p50Minutes: 2, p90Minutes: 4.4, counters: 1 }],
    ['an older hub without p10', { p50Minutes: 6, p90Minutes: 11, counters: 1 }],
  ];
  for (const [name, estimate] of estimates) {
    it(`${name}: the slip's Arabic line is the screen's figure, not p50–p90`, () => {
      const minutes = slipWait(waitShown(estimate));
      const { waitAr } = ticketLines(sampleTicket({ estimatedWaitMinutes: minutes }));
      expect(waitAr).toBe(`الانتظار المتوقع: ${waitText(ar, waitShown(estimate))}`);
    });
  }

  it('p10–p90 in whole minutes, where the slip printed p50–p90', () => {
    const estimate = { p10Minutes: 3.4, p50Minutes: 9.6, p90Minutes: 17.5, counters: 2 };
    expect(slipWait(waitShown(estimate))).toEqual({ low: 3, high: 18 });
    expect(waitText(en, waitShown(estimate))).toBe('3–18 minutes');
  });

  it('within a minute: "up to 1 minute", never a range or "0 minutes"', async () => {
    const minutes = slipWait(waitShown({ p10Minutes: 0, p50Minutes: 0.2, p90Minutes: 0.6, counters: 1 }));
    expect(minutes).toEqual({ low: 0, high: 1 });
    const items = decodeTicket(
      await buildTicketBytes(sampleTicket({ estimatedWaitMinutes: minutes }), {
        type: 'epson',
        paperWidthMm: 80,
        mode: 'text',
      }),
    );
    expect(textLines(items)).toContain('الانتظار المتوقع: حتى دقيقة واحدة');
    expect(englishText(items)).toContain('Estimated wait: up to 1 min');
  });
});

describe('no counter open for the queue', () => {
  const closed = { p10Minutes: 4, p50Minutes: 9, p90Minutes: 16, counters: 0 };

  it('the hub sends no minutes, and the screens say "No counter open now"', () => {
    expect(slipWait(waitShown(closed))).toBeNull();
    expect(waitText(ar, waitShown(closed))).toBe(noCounter.ar);
    expect(waitText(en, waitShown(closed))).toBe(noCounter.en);
  });

  for (const language of ['ar', 'en'] as const) {
    it(`text mode (${language}): the slip says so in Arabic and English, with no minutes`, async () => {
      const data = sampleTicket({ language, estimatedWaitMinutes: null });
      const items = decodeTicket(
        await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode: 'text' }),
      );
      expect(textLines(items)).toContain(noCounter.ar);
      expect(englishText(items)).toContain(noCounter.en);
      expect(textLines(items).join('\n')).not.toContain('الانتظار المتوقع');
      expect(englishText(items)).not.toContain('Estimated wait');
    });
  }

  it('bitmap mode: the Arabic line drawn, dot for dot', async () => {
    const items = decodeTicket(
      await buildTicketBytes(sampleTicket({ estimatedWaitMinutes: null }), {
        type: 'epson',
        paperWidthMm: 80,
        mode: 'bitmap',
      }),
    );
    expect(hasArabicImage(imagesOf(items), noCounter.ar)).toBe(true);
    expect(englishText(items)).toContain(noCounter.en);
  });

  it("in the visitor's language beside the Arabic: the kiosk's words for it", () => {
    for (const language of ['ur', 'hi', 'fa', 'bn', 'ml', 'tl'] as const) {
      const lines = ticketLines(sampleTicket({ language, estimatedWaitMinutes: null }));
      expect(lines.waitAr).toBe(noCounter.ar);
      expect(lines.waitEn).toBe(visitorText(language, 'units', 'waitNoCounter'));
      expect(lines.waitEn).not.toBe(noCounter.en);
    }
  });
});

describe('the print data contract', () => {
  it('keeps a range valid, as older hubs send it, and takes null for no counter open', () => {
    expect(parseTicketData(sampleTicket()).estimatedWaitMinutes).toEqual({ low: 10, high: 15 });
    expect(parseTicketData(sampleTicket({ estimatedWaitMinutes: null })).estimatedWaitMinutes).toBeNull();
  });

  it('refuses a missing wait, words for it, and an upside-down range', () => {
    const { estimatedWaitMinutes: _dropped, ...withoutWait } = sampleTicket();
    for (const bad of [
      withoutWait,
      { ...sampleTicket(), estimatedWaitMinutes: 'none' },
      { ...sampleTicket(), estimatedWaitMinutes: { kind: 'none' } },
      { ...sampleTicket(), estimatedWaitMinutes: { low: 9, high: 4 } },
      { ...sampleTicket(), estimatedWaitMinutes: { low: -1, high: 4 } },
    ]) {
      expect(TicketPrintDataSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(() => parseTicketData(bad)).toThrow(/invalid ticket data/);
    }
  });
});
