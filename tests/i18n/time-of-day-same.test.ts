/**
 * One way to write a time of day (issue #15): the kiosk wrote "20:00", the board "7:30" and the phone
 * "7:30 ص" for the same catalogue hours. Every app and the slip now write a catalogue time
 * (formatTimeOfDay) and an instant (formatTime) alike, in each language and both digit settings. The
 * board's and the phone's closed notices call formatTimeOfDay themselves (renderer/display/board.tsx,
 * renderer/join/opening-notice.tsx; their strings are checked in the browser by
 * tests/e2e/display-reasons.spec.ts and tests/e2e/phone-closed.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { digitsFor, formatClock, formatHhmm } from '../../renderer/kiosk/format.js';
import { formattersFor } from '../../renderer/common/numbers.js';
import { closingLine } from '../../devices/printer/ticket-template.js';
import { formatTimeOfDay, localiseDigits, type DigitSystem } from '../../shared/i18n/numbers.js';

const kioskDigits = (lang: 'ar' | 'en', digits: DigitSystem) =>
  digitsFor(lang, digits === 'arab' ? 'arabic' : 'latin');

const expected: Record<string, string> = {
  'ar latn 07:30': '7:30 ص',
  'ar latn 19:45': '7:45 م',
  'ar arab 07:30': '٧:٣٠ ص',
  'ar arab 19:45': '٧:٤٥ م',
  'en latn 07:30': '7:30',
  'en latn 19:45': '19:45',
  'en arab 07:30': '7:30',
  'en arab 19:45': '19:45',
};

describe('a time of day reads the same on the kiosk, the board, the phone and the slip', () => {
  for (const lang of ['ar', 'en'] as const)
    for (const digits of ['latn', 'arab'] as const)
      for (const hhmm of ['07:30', '19:45'])
        it(`${lang}, ${digits} digits, ${hhmm}`, () => {
          const shown = expected[`${lang} ${digits} ${hhmm}`]!;
          // Board and phone (closed notices): the shared formatter.
          expect(formatTimeOfDay(hhmm, { lang, digits })).toBe(shown);
          // Kiosk: opening banner, catalogue, opening hours.
          expect(formatHhmm(hhmm, lang, kioskDigits(lang, digits))).toBe(shown);
          // An instant at that time in Dubai (UTC+4): the kiosk's check-in refusal and the phone's times.
          const [h, m] = hhmm.split(':').map(Number);
          const at = Date.UTC(2025, 2, 2, h! - 4, m!);
          expect(formatClock(at, 'Asia/Dubai', lang, kioskDigits(lang, digits))).toBe(shown);
          expect(formattersFor({ lang, digits, timeZone: 'Asia/Dubai' }).time(at)).toBe(shown);
          // The slip's closing line, its Arabic drawn in the centre's digits as bilingual-writer.ts draws it.
          const line = closingLine({ closesAt: hhmm, notice: null, lastTicketTime: null })!.text;
          const printed = lang === 'ar' ? localiseDigits(line.ar, { lang, digits }) : line.en;
          expect(printed.endsWith(` ${shown}`)).toBe(true);
        });
});
