/**
 * The printed ticket follows the centre's digit setting (issue #15, "One digit setting"): with
 * `arab`, the Arabic lines drawn as images carry Arabic-Indic digits; the English lines and the
 * ticket number stay Latin. Checked on the decoded ESC/POS bytes, each image compared bit for bit
 * with what the renderer draws for the expected sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ImageItem } from '../../devices/escpos/transcript.js';
import { parseTicketData } from '../../devices/printer/ticket-data.js';
import { buildTicketBytes, closingLine, ticketLines } from '../../devices/printer/ticket-template.js';
import type { TicketClosing } from '../../shared/contract/printer.js';
import { sampleTicket } from './fixtures/ticket.js';
import { decodeTicket as decode, englishText, hasArabicImage } from './support/ticket-transcript.js';

const closing: TicketClosing = { closesAt: '20:00', notice: null, lastTicketTime: '19:30' };
const bitmap = { type: 'epson', paperWidthMm: 80, mode: 'bitmap' } as const;
/** The sample's place in line (5, so 4 people ahead) in the centre's Arabic-Indic digits. */
const placeArab = 'أمامك ٤ أشخاص';

async function imagesAndText(digits?: 'latn' | 'arab') {
  const data = sampleTicket({ closing, ...(digits ? { digits } : {}) });
  const items = decode(await buildTicketBytes(data, bitmap));
  return {
    lines: ticketLines(data),
    images: items.filter((i): i is ImageItem => i.type === 'image'),
    english: englishText(items),
  };
}

describe("the printed ticket follows the centre's digits", () => {
  it('arab: the Arabic lines carry Arabic-Indic digits, English and the ticket number stay Latin', async () => {
    const { lines, images, english } = await imagesAndText('arab');
    expect(hasArabicImage(images, placeArab)).toBe(true);
    expect(hasArabicImage(images, 'الانتظار المتوقع: من ١٠ إلى ١٥ دقيقة')).toBe(true);
    expect(hasArabicImage(images, 'يغلق المركز اليوم الساعة ٨:٠٠ م', false, 2)).toBe(true);
    // Not the Latin drawing of the same lines.
    expect(hasArabicImage(images, lines.positionAr)).toBe(false);
    expect(hasArabicImage(images, lines.waitAr)).toBe(false);
    expect(english).toContain('4 people ahead of you');
    expect(english).toContain('Estimated wait: 10-15 min');
    expect(english).toContain(closingLine(closing)!.text.en);
    expect(english).toContain('A042');
    expect(english).not.toMatch(/[\u0660-\u0669]/);
  });

  for (const digits of ['latn', undefined] as const) {
    it(`${digits ?? 'absent'}: the Arabic lines keep Latin digits`, async () => {
      const { lines, images } = await imagesAndText(digits);
      expect(hasArabicImage(images, lines.positionAr)).toBe(true);
      expect(hasArabicImage(images, lines.waitAr)).toBe(true);
      expect(hasArabicImage(images, placeArab)).toBe(false);
    });
  }

  it('text mode sends Windows-1256 text, which has no Arabic-Indic digits: the printer shapes them', async () => {
    const data = sampleTicket({ digits: 'arab' });
    const items = decode(await buildTicketBytes(data, { ...bitmap, mode: 'text' }));
    const texts = items.flatMap((i) => (i.type === 'text' ? [i.text.trim()] : []));
    expect(texts).toContain(ticketLines(data).positionAr);
    expect(texts.join(' ')).not.toMatch(/[\u0660-\u0669]/);
  });

  it('refuses a digit setting it does not know', () => {
    expect(() => parseTicketData({ ...sampleTicket(), digits: 'hindi' })).toThrow(/digits/);
    expect(parseTicketData(sampleTicket({ digits: 'arab' })).digits).toBe('arab');
  });
});
