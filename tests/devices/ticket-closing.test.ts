/**
 * The printed ticket says when the centre closes today, and a clear line when the ticket's estimate
 * runs past closing or the queue's last ticket is near (issue #15). Checked on the decoded ESC/POS
 * bytes: in text mode both languages travel as text; in bitmap mode the Arabic lines are images,
 * compared bit for bit with what the renderer draws for the expected sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ImageItem } from '../../devices/escpos/transcript.js';
import { parseTicketData } from '../../devices/printer/ticket-data.js';
import { buildTicketBytes, closingLine } from '../../devices/printer/ticket-template.js';
import type { TicketClosing } from '../../shared/contract/printer.js';
import { VISITOR_LANGUAGES } from '../../shared/i18n/languages.js';
import { visitorText } from '../../shared/i18n/locales/all.js';
import { sampleTicket } from './fixtures/ticket.js';
import {
  decodeTicket as decode,
  englishText,
  hasArabicImage,
  textLines as texts,
} from './support/ticket-transcript.js';

const pastClosing: TicketClosing = {
  closesAt: '20:00',
  notice: 'estimate_past_closing',
  lastTicketTime: '19:30',
};
const lastNear: TicketClosing = { closesAt: '20:00', notice: 'last_ticket_near', lastTicketTime: '19:30' };
const plain: TicketClosing = { closesAt: '20:00', notice: null, lastTicketTime: '19:30' };

const senior = { ar: 'كبار المواطنين (60+)', en: 'Senior citizens (60+)' };

describe('closing time on the printed ticket', () => {
  it('words the line from the kiosk catalogue in both languages, bold when it is a warning', () => {
    expect(closingLine(plain)).toEqual({
      text: { ar: 'يغلق المركز اليوم الساعة 8:00 م', en: 'The centre closes today at 20:00' },
      bold: false,
    });
    expect(closingLine(pastClosing)).toEqual({
      text: {
        ar: 'قد لا يحين دورك قبل الإغلاق الساعة 8:00 م',
        en: 'Your turn may not come before closing at 20:00',
      },
      bold: true,
    });
    expect(closingLine(lastNear)).toEqual({
      text: {
        ar: 'آخر تذكرة اليوم 7:30 م، والإغلاق 8:00 م',
        en: 'Last ticket today 19:30, closing at 20:00',
      },
      bold: true,
    });
    expect(closingLine(null)).toBeNull();
    expect(closingLine(undefined)).toBeNull();
  });

  for (const language of ['ar', 'en'] as const) {
    for (const closing of [plain, pastClosing, lastNear]) {
      it(`text mode (${language} first, ${closing.notice ?? 'closing time'}): the line in Arabic and English after the wait`, async () => {
        const data = sampleTicket({ language, closing });
        const items = decode(await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode: 'text' }));
        const line = closingLine(closing)!;
        const all = texts(items);
        expect(all).toContain(line.text.ar);
        expect(englishText(items)).toContain(line.text.en);
        const arItem = items.find((i) => i.type === 'text' && i.text.trim() === line.text.ar);
        expect(arItem).toMatchObject({ bold: line.bold });
        // The citizen's language leads the pair; the closing line comes right after the wait line.
        const arAt = all.indexOf(line.text.ar);
        const enAt = all.findIndex((t) => line.text.en.startsWith(t));
        expect(language === 'ar' ? arAt < enAt : enAt < arAt).toBe(true);
        const waitAt = Math.max(
          all.findIndex((t) => t.startsWith('Estimated wait')),
          all.findIndex((t) => t.startsWith('الانتظار المتوقع')),
        );
        expect(Math.min(arAt, enAt)).toBe(waitAt + 1);
      });
    }

    it(`bitmap mode (${language} first): the Arabic line is the renderer's image, the English is text`, async () => {
      for (const closing of [plain, pastClosing, lastNear]) {
        const data = sampleTicket({ language, closing });
        const bytes = await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode: 'bitmap' });
        const items = decode(bytes);
        const images = items.filter((i): i is ImageItem => i.type === 'image');
        const line = closingLine(closing)!;
        expect(hasArabicImage(images, line.text.ar, line.bold, 2)).toBe(true);
        expect(englishText(items)).toContain(line.text.en);
        // centre, agency, service, position, wait, closing, scan hint, notes
        expect(images).toHaveLength(8);
      }
    });
  }

  describe('at midnight (a day that ends at 24:00)', () => {
    const atMidnight = (notice: TicketClosing['notice']): TicketClosing => ({
      closesAt: '24:00',
      notice,
      lastTicketTime: '23:30',
    });

    it('says so in sentences of its own, not "الساعة منتصف الليل" ("at the hour midnight")', () => {
      expect(closingLine(atMidnight(null))).toEqual({
        text: { ar: 'يغلق المركز عند منتصف الليل', en: 'The centre closes at midnight' },
        bold: false,
      });
      expect(closingLine(atMidnight('estimate_past_closing'))).toEqual({
        text: {
          ar: 'قد لا يحين دورك قبل الإغلاق عند منتصف الليل',
          en: 'Your turn may not come before closing at midnight',
        },
        bold: true,
      });
      expect(closingLine(atMidnight('last_ticket_near'))).toEqual({
        text: {
          ar: 'آخر تذكرة اليوم 11:30 م، والإغلاق منتصف الليل',
          en: 'Last ticket today 23:30, closing at midnight',
        },
        bold: true,
      });
    });

    it("takes every slip language's own midnight sentences (Hindi and Urdu said 'आधी रात बजे', 'آدھی رات بجے')", () => {
      for (const language of VISITOR_LANGUAGES) {
        expect(closingLine(atMidnight(null), language)?.text.en).toBe(
          visitorText(language, 'kiosk', 'printClosesAtMidnight'),
        );
        expect(closingLine(atMidnight('estimate_past_closing'), language)?.text.en).toBe(
          visitorText(language, 'kiosk', 'printPastClosingMidnight'),
        );
        expect(closingLine(atMidnight(null), language)?.text.en).not.toMatch(/बजे|بجے|ساعت|الساعة/);
      }
    });

    it('prints the line on the slip (text mode)', async () => {
      const items = decode(
        await buildTicketBytes(sampleTicket({ language: 'ar', closing: atMidnight(null) }), {
          type: 'epson',
          paperWidthMm: 80,
          mode: 'text',
        }),
      );
      expect(texts(items)).toContain('يغلق المركز عند منتصف الليل');
      expect(englishText(items)).toContain('The centre closes at midnight');
    });
  });

  it('a ticket with its closing line stays within 5 KB; with priority and representative too, 5.5 KB', async () => {
    const rep = { ar: 'فرد من العائلة', en: 'Family member' };
    for (const paperWidthMm of [80, 58] as const) {
      for (const closing of [plain, pastClosing, lastNear]) {
        const opts = { type: 'epson', paperWidthMm, mode: 'bitmap' } as const;
        expect((await buildTicketBytes(sampleTicket({ closing }), opts)).length).toBeLessThanOrEqual(
          5 * 1024,
        );
        // The rarest slip, every optional line printed: the print deadline grows with the job
        // (print-deadline.ts), about 0.3 s more at 9,600 baud.
        const full = await buildTicketBytes(
          sampleTicket({ closing, priority: senior, representative: rep }),
          opts,
        );
        expect(full.length).toBeLessThanOrEqual(5.5 * 1024);
      }
    }
  });

  it('prints no closing line without closing data (a centre open around the clock)', async () => {
    const items = decode(
      await buildTicketBytes(sampleTicket({ closing: null }), {
        type: 'epson',
        paperWidthMm: 80,
        mode: 'text',
      }),
    );
    expect(englishText(items)).not.toMatch(/clos/i);
    expect(texts(items).some((t) => t.includes('الإغلاق') || t.includes('يغلق'))).toBe(false);
  });

  it('refuses closing data that does not hold together', () => {
    expect(() => parseTicketData(sampleTicket({ closing: { ...lastNear, lastTicketTime: null } }))).toThrow(
      /closing\.lastTicketTime/,
    );
    expect(() => parseTicketData(sampleTicket({ closing: { ...plain, closesAt: '8pm' } }))).toThrow(
      /closing\.closesAt/,
    );
    expect(parseTicketData(sampleTicket({ closing: pastClosing })).closing).toEqual(pastClosing);
  });
});
