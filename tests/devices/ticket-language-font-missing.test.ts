/**
 * A kiosk without a script's font (a package installed with Amiri only, say) prints the slip in
 * Arabic and English instead of failing or printing boxes. Its own file: fonts are registered
 * once per process, and this one must start with the Bengali font unregistered.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { SCRIPT_FONTS, canDraw } from '../../devices/printer/script-fonts.js';
import { buildTicketBytes, slipLanguage } from '../../devices/printer/ticket-template.js';
import { sampleTicket } from './fixtures/ticket.js';
import { decodeTicket, englishText } from './support/ticket-transcript.js';

describe('a visitor language whose font is missing', () => {
  it('prints in Arabic and English, English leading', async () => {
    const bengali = SCRIPT_FONTS.bn!;
    const installed = bengali.candidates;
    bengali.candidates = ['/nonexistent/NotoSansBengali-Bold.ttf'];
    onTestFinished(() => {
      bengali.candidates = installed;
    });
    expect(canDraw('bn')).toBe(false);
    expect(slipLanguage('bn')).toBe('en');
    expect(canDraw('hi')).toBe(true);
    expect(slipLanguage('hi')).toBe('hi');
    const items = decodeTicket(
      await buildTicketBytes(sampleTicket({ language: 'bn' }), {
        type: 'epson',
        paperWidthMm: 80,
        mode: 'bitmap',
      }),
    );
    expect(englishText(items)).toContain('4 people ahead of you');
    expect(items.find((i) => i.type === 'text' && i.text.trim())).toMatchObject({
      text: expect.stringContaining('Citizen Services Centre'),
    });
  });
});
