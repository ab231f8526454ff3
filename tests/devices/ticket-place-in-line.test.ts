/**
 * The printed place in line says what the kiosk's ticket screen and the phone's status page say
 * (issue #15): "لا أحد أمامك في هذا الطابور" / "Nobody ahead of you in this line" for the first in
 * line (not "you are next": a counter may call another queue's tickets first), not a bare "1" that
 * was read as one person ahead; the people ahead in each language's plural forms, the centre's digits on the
 * Arabic line. Read back from the decoded ESC/POS bytes.
 */
import { describe, expect, it } from 'vitest';
import { buildTicketBytes, ticketLines } from '../../devices/printer/ticket-template.js';
import { sampleTicket } from './fixtures/ticket.js';
import {
  decodeTicket,
  englishText,
  hasArabicImage,
  imagesOf,
  textLines,
} from './support/ticket-transcript.js';

const bitmap = { type: 'epson', paperWidthMm: 80, mode: 'bitmap' } as const;

async function printed(position: number, overrides: Parameters<typeof sampleTicket>[0] = {}) {
  const items = decodeTicket(await buildTicketBytes(sampleTicket({ position, ...overrides }), bitmap));
  return { images: imagesOf(items), english: englishText(items), lines: textLines(items) };
}

describe('the place in line on paper', () => {
  it('the first in line is told nobody is ahead in their line (not "next"), in Arabic and English, with no bare number', async () => {
    const { images, english, lines } = await printed(1);
    expect(lines).toContain('Nobody ahead of you in this line');
    expect(hasArabicImage(images, 'لا أحد أمامك في هذا الطابور')).toBe(true);
    expect(english).not.toContain('place in line');
    expect(hasArabicImage(images, 'ترتيبك في الدور: 1')).toBe(false);
  });

  // Arabic's plural forms as the status page has them: one, two, few (3–10), many (11–99).
  const cases = [
    { position: 2, ar: 'أمامك شخص واحد', en: '1 person ahead of you' },
    { position: 3, ar: 'أمامك شخصان', en: '2 people ahead of you' },
    { position: 4, ar: 'أمامك 3 أشخاص', en: '3 people ahead of you' },
    { position: 12, ar: 'أمامك 11 شخصاً', en: '11 people ahead of you' },
  ];
  for (const c of cases)
    it(`position ${c.position}: "${c.ar}" / "${c.en}"`, async () => {
      const { images, lines } = await printed(c.position);
      expect(lines).toContain(c.en);
      expect(hasArabicImage(images, c.ar)).toBe(true);
    });

  it("the Arabic line follows the centre's digits, the English keeps Latin ones", async () => {
    const { images, lines } = await printed(12, { digits: 'arab' });
    expect(hasArabicImage(images, 'أمامك ١١ شخصاً')).toBe(true);
    expect(hasArabicImage(images, 'أمامك 11 شخصاً')).toBe(false);
    expect(lines).toContain('11 people ahead of you');
  });

  it("a Tagalog slip prints the status page's Tagalog words as the printer's text", async () => {
    const { lines } = await printed(1, { language: 'tl' });
    expect(lines).toContain('Walang nauuna sa iyo sa pilang ito');
  });

  it('the drawn visitor languages and a text-mode printer get the same words', async () => {
    expect(ticketLines(sampleTicket({ position: 3, language: 'ur' })).positionEn).toBe('آپ سے آگے 2 افراد');
    expect(ticketLines(sampleTicket({ position: 1, language: 'hi' })).positionEn).toBe(
      'इस कतार में आपसे आगे कोई नहीं है',
    );
    const items = decodeTicket(
      await buildTicketBytes(sampleTicket({ position: 3 }), { ...bitmap, mode: 'text' }),
    );
    expect(textLines(items)).toEqual(expect.arrayContaining(['أمامك شخصان', '2 people ahead of you']));
  });
});
