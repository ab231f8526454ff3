import { describe, expect, it } from 'vitest';
import { renderArabicLines } from '../../devices/printer/arabic-raster.js';
import { buildTicketBytes } from '../../devices/printer/ticket-template.js';
import { ar } from '../../shared/i18n/ar.js';
import { stripIsolates } from '../../shared/i18n/bidi.js';

const draw = (s: string) =>
  renderArabicLines(s, { widthDots: 576, fontPx: 28, bold: true, align: 'center', crop: true }).rasters[0]!;

describe('bidi on paper', () => {
  it('"(60+)" in the senior priority label is isolated, so the bitmap differs from the reordered "(+60)"', () => {
    expect(ar.priority.senior).toContain('\u2066(60+)\u2069');
    const isolated = draw(ar.priority.senior);
    const bare = draw(stripIsolates(ar.priority.senior));
    // Same glyphs (the isolates draw nothing, no missing-glyph boxes), in another order.
    expect(Math.abs(isolated.png.length - bare.png.length) / bare.png.length).toBeLessThan(0.1);
    expect(isolated.png.equals(bare.png)).toBe(false);
  });

  it('a text-mode printer (Windows-1256) gets no "?" for the isolates', async () => {
    const bytes = await buildTicketBytes(
      {
        centre: { ar: 'مركز', en: 'Centre' },
        agency: { ar: 'جهة', en: 'Agency' },
        service: { ar: 'خدمة', en: 'Service' },
        ticketNumber: 'A001',
        priority: { ar: ar.priority.senior, en: 'Senior citizens (60+)' },
        position: 1,
        estimatedWaitMinutes: { low: 5, high: 9 },
        issuedAt: Date.UTC(2026, 11, 6, 8),
        timeZone: 'Asia/Dubai',
        statusUrl: 'https://dawr.example/t/abc',
        notes: { ar: '', en: '' },
      } as Parameters<typeof buildTicketBytes>[0],
      { type: 'epson', paperWidthMm: 80, mode: 'text' },
    );
    expect(bytes.includes(Buffer.from('(60+)'))).toBe(true);
    expect(bytes.includes(Buffer.from('?(60+)'))).toBe(false);
  });
});
