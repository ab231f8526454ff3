/**
 * The bytes of a ticket job, decoded with Dawr's own ESC/POS decoder: small enough for a serial
 * line (≤ 5 KB), a reset first, thin strokes kept, QR codes with their quiet zone, priority and
 * representative printed, the citizen's language first; and a print deadline that follows the job.
 */
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../devices/escpos/decoder.js';
import {
  interpret,
  unpackBits,
  type ImageItem,
  type TranscriptItem,
} from '../../devices/escpos/transcript.js';
import { renderArabicLines } from '../../devices/printer/arabic-raster.js';
import { ARABIC_PX, PROMINENT_ARABIC_PX } from '../../devices/printer/bilingual-writer.js';
import { parsePrinterConfig } from '../../devices/printer/config.js';
import { printDeadlineMs, transferMs } from '../../devices/printer/print-deadline.js';
import { buildReceiptBytes } from '../../devices/printer/receipt-template.js';
import { buildTicketBytes } from '../../devices/printer/ticket-template.js';
import { sampleTicket } from './fixtures/ticket.js';

const decode = (bytes: Uint8Array): TranscriptItem[] => {
  const { commands, rest } = decodeEscPos(bytes);
  expect(rest.length).toBe(0);
  return interpret(commands);
};
const texts = (items: TranscriptItem[]): string[] =>
  items.flatMap((i) => (i.type === 'text' && i.text.trim() ? [i.text.trim()] : []));
const senior = { ar: 'كبار المواطنين (60+)', en: 'Senior citizens (60+)' };

describe('ticket job bytes', () => {
  for (const paperWidthMm of [80, 58] as const) {
    it(`a bitmap ticket is at most 5 KB on ${paperWidthMm} mm paper, with ESC @ first`, async () => {
      const bytes = await buildTicketBytes(sampleTicket(), { type: 'epson', paperWidthMm, mode: 'bitmap' });
      expect(bytes.length).toBeLessThanOrEqual(5 * 1024);
      expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
      const items = decode(bytes);
      // No image carries a blank row at its top or bottom: blank paper is fed, not sent.
      for (const img of items.filter((i): i is ImageItem => i.type === 'image')) {
        const dots = unpackBits(img);
        expect(dots.subarray(0, img.width).some(Boolean)).toBe(true);
        expect(dots.subarray((img.height - 1) * img.width).some(Boolean)).toBe(true);
      }
    });
  }

  for (const paperWidthMm of [80, 58] as const) {
    it(`a priority ticket with a representative stays small on ${paperWidthMm} mm paper`, async () => {
      const data = sampleTicket({
        priority: senior,
        representative: { ar: 'فرد من العائلة', en: 'Family member' },
      });
      for (const language of ['ar', 'en'] as const) {
        const bytes = await buildTicketBytes(
          { ...data, language },
          { type: 'epson', paperWidthMm, mode: 'bitmap' },
        );
        // 6,279 B before the images were cut to their ink, 5,764 B before they were sent at half
        // the vertical resolution (see bench/devices.ts).
        expect(bytes.length).toBeLessThanOrEqual(5 * 1024);
        const items = decode(bytes);
        // Every image is cut to its ink on the left and wastes less than a byte on the right.
        for (const img of items.filter((i): i is ImageItem => i.type === 'image')) {
          const dots = unpackBits(img);
          const column = (x: number): boolean =>
            Array.from({ length: img.height }, (_, y) => dots[y * img.width + x]).some(Boolean);
          expect(column(0)).toBe(true);
          expect(Array.from({ length: 8 }, (_, k) => column(img.width - 1 - k)).some(Boolean)).toBe(true);
        }
      }
    });
  }

  it('prints no Arabic line smaller than the English beside it, whichever language leads', async () => {
    // An English line is Font A: 24 dots a line, capitals about 17 dots tall. Font designers match
    // the Arabic alif to Latin capitals, so the alif at the slip's sizes must be at least as tall.
    const alif = (fontPx: number): number => {
      const r = renderArabicLines('ا', { widthDots: 64, fontPx, align: 'center', crop: true }).rasters[0]!;
      return r.height * r.scaleY;
    };
    expect(alif(ARABIC_PX)).toBeGreaterThanOrEqual(17);
    expect(alif(PROMINENT_ARABIC_PX)).toBeGreaterThan(alif(ARABIC_PX));
    const data = sampleTicket({
      priority: senior,
      representative: { ar: 'فرد من العائلة', en: 'Family member' },
    });
    for (const paperWidthMm of [80, 58] as const) {
      for (const language of ['ar', 'en'] as const) {
        const items = decode(
          await buildTicketBytes({ ...data, language }, { type: 'epson', paperWidthMm, mode: 'bitmap' }),
        );
        const images = items.filter((i): i is ImageItem => i.type === 'image');
        expect(images).toHaveLength(9);
        // No line was shrunk to fit: each, as printed, is at least as tall as the alif.
        for (const img of images) expect(img.height * img.scaleY).toBeGreaterThanOrEqual(alif(ARABIC_PX));
        // No English text is enlarged beside it except the ticket number, which has no Arabic.
        const large = items.filter((i) => i.type === 'text' && (i.height > 1 || i.width > 1));
        expect(large.map((i) => i.type === 'text' && i.text.trim())).toEqual([data.ticketNumber]);
        // The citizen's language comes first: the slip opens with the centre's name in it.
        const first = items.find((i) => i.type === 'image' || (i.type === 'text' && i.text.trim()));
        if (language === 'en') expect(first).toMatchObject({ type: 'text', text: data.centre.en });
        else expect(first?.type).toBe('image');
      }
    }
  });

  it('wraps a heading too wide for the paper instead of printing it smaller than the English', async () => {
    const long = 'مركز خدمات المواطنين الموحد لحكومة دبي';
    const opts = { widthDots: 384, fontPx: ARABIC_PX, align: 'center', crop: true, maxLines: 1 } as const;
    // Without a floor the line shrinks to fit on one line; with the slip's floor it wraps at full size.
    expect(renderArabicLines(long, opts).rasters).toHaveLength(1);
    const kept = renderArabicLines(long, { ...opts, minFontPx: ARABIC_PX });
    expect(kept.rasters).toHaveLength(2);
    const items = decode(
      await buildTicketBytes(sampleTicket({ centre: { ar: long, en: 'Centre' } }), {
        type: 'epson',
        paperWidthMm: 58,
        mode: 'bitmap',
      }),
    );
    const first = items.findIndex((i) => i.type === 'image');
    expect(items[first + 2]).toMatchObject({ type: 'image' });
    for (const img of items.filter((i): i is ImageItem => i.type === 'image'))
      expect(img.width).toBeLessThanOrEqual(384);
  });

  it('text mode and receipts start with ESC @ too', async () => {
    const t = await buildTicketBytes(sampleTicket(), { type: 'epson', paperWidthMm: 80, mode: 'text' });
    expect([...t.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    const r = await buildReceiptBytes(
      {
        centre: { ar: 'مركز', en: 'Centre' },
        agency: { ar: 'هيئة', en: 'Agency' },
        service: { ar: 'خدمة', en: 'Service' },
        requestNumber: 'SR-20250314-0042',
        submittedAt: Date.UTC(2025, 2, 14),
        timeZone: 'Asia/Dubai',
        statusUrl: 'https://hub.example/r/SR-20250314-0042',
        onlineUrl: null,
      },
      { type: 'epson', paperWidthMm: 58, mode: 'bitmap' },
    );
    expect([...r.subarray(0, 2)]).toEqual([0x1b, 0x40]);
  });

  it('keeps the upright of "+" when the line is turned to black and white', () => {
    // "(60+)" and "(60)" differ by the plus only; its upright stroke must leave ink of its own.
    const opts = { widthDots: 384, fontPx: 22, bold: false, align: 'center', crop: false } as const;
    const plus = renderArabicLines('(60+)', opts).rasters[0]!;
    const none = renderArabicLines('(60)', opts).rasters[0]!;
    const ink = (bits: Uint8Array): number => bits.reduce((n, b) => n + popcount(b), 0);
    const extra = ink(plus.bits) - ink(none.bits);
    // A bare minus at this size is about 9 dots; a plus has its upright too.
    expect(extra).toBeGreaterThan(14);
    // The plus's column: rows of ink above and below its bar.
    const columnRows = inkRowsInColumns(plus, none);
    expect(columnRows).toBeGreaterThanOrEqual(5);
    // Drawn at half the vertical resolution, as Epson tickets are, at the slip's size.
    const half = { ...opts, fontPx: ARABIC_PX, halfHeight: true } as const;
    const plusHalf = renderArabicLines('(60+)', half).rasters[0]!;
    const noneHalf = renderArabicLines('(60)', half).rasters[0]!;
    expect(plusHalf.scaleY).toBe(2);
    expect(ink(plusHalf.bits) - ink(noneHalf.bits)).toBeGreaterThan(10);
    expect(inkRowsInColumns(plusHalf, noneHalf)).toBeGreaterThanOrEqual(3);
  });

  it('QR codes have four blank modules fed above and below (ticket and receipt)', async () => {
    for (const bytes of [
      await buildTicketBytes(sampleTicket(), { type: 'epson', paperWidthMm: 58, mode: 'bitmap' }),
      await buildReceiptBytes(
        {
          centre: { ar: 'مركز', en: 'Centre' },
          agency: { ar: 'هيئة', en: 'Agency' },
          service: { ar: 'خدمة', en: 'Service' },
          requestNumber: 'SR-20250314-0042',
          submittedAt: Date.UTC(2025, 2, 14),
          timeZone: 'Asia/Dubai',
          statusUrl: 'https://hub.example/r/SR-20250314-0042',
          onlineUrl: 'https://example.gov.ae/services/eid-renew',
        },
        { type: 'epson', paperWidthMm: 80, mode: 'bitmap' },
      ),
    ]) {
      const items = decode(bytes);
      const qrs = items.flatMap((it, i) => (it.type === 'qr' ? [i] : []));
      expect(qrs.length).toBeGreaterThan(0);
      for (const i of qrs) {
        const qr = items[i] as Extract<TranscriptItem, { type: 'qr' }>;
        expect(blankDots(items, i, -1)).toBeGreaterThanOrEqual(4 * qr.moduleSize);
        expect(blankDots(items, i, 1)).toBeGreaterThanOrEqual(4 * qr.moduleSize);
      }
    }
  });

  it('prints the priority large and the representative; the citizen language leads', async () => {
    const data = sampleTicket({
      priority: senior,
      representative: { ar: 'فرد من العائلة', en: 'Family member' },
      language: 'en',
    });
    for (const mode of ['text', 'bitmap'] as const) {
      const items = decode(await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode }));
      const priority = items.find((i) => i.type === 'text' && i.text.includes(senior.en));
      // White on black: as plain to see as double height, and the Arabic need not be twice as tall.
      expect(priority).toMatchObject({ bold: true, invert: true });
      expect(texts(items)).toContain('On behalf of: Family member');
    }
    // English first when chosen: each English line comes before its Arabic.
    const en = texts(decode(await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode: 'text' })));
    expect(en.indexOf(data.centre.en)).toBeLessThan(en.indexOf(data.centre.ar));
    expect(en.indexOf(senior.en)).toBeLessThan(en.indexOf(senior.ar));
    const ar = texts(
      decode(
        await buildTicketBytes(
          { ...data, language: 'ar' },
          { type: 'epson', paperWidthMm: 80, mode: 'text' },
        ),
      ),
    );
    expect(ar.indexOf(data.centre.ar)).toBeLessThan(ar.indexOf(data.centre.en));
    expect(ar).toContain('نيابة عن: فرد من العائلة');
  });
});

describe('print deadline', () => {
  it('adds the transfer time of the job on a serial line (8N1: baud / 10 bytes a second)', () => {
    const serial = parsePrinterConfig({ id: 'p', connection: 'serial:/dev/ttyUSB0' }).connection;
    expect(transferMs(4800, serial)).toBe(2500); // 19,200 baud = 1,920 bytes a second
    expect(printDeadlineMs(4800, serial, 4000)).toBe(4000 + Math.ceil(2500 * 1.25));
    const slow = parsePrinterConfig({ id: 'p', connection: 'serial:/dev/ttyUSB0?baud=9600' }).connection;
    expect(printDeadlineMs(9600, slow, 4000)).toBe(4000 + 12_500);
    const tcp = parsePrinterConfig({ id: 'p', connection: 'tcp://10.0.0.5' }).connection;
    expect(printDeadlineMs(100_000, tcp, 4000)).toBe(4000);
    // A network printer behind a 9,600 baud serial device server: the caller gives the real speed.
    expect(printDeadlineMs(9600, tcp, 4000, 960)).toBe(4000 + 12_500);
  });
});

function popcount(b: number): number {
  let n = 0;
  for (let v = b; v; v >>= 1) n += v & 1;
  return n;
}

/** Rows with ink in the columns where "(60+)" has ink and "(60)" has none (the plus's position). */
function inkRowsInColumns(
  plus: { bits: Uint8Array; width: number; height: number },
  none: { bits: Uint8Array; width: number; height: number },
): number {
  const dot = (img: typeof plus, x: number, y: number): number =>
    ((img.bits[y * (img.width / 8) + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
  const colsWith = (img: typeof plus): Set<number> => {
    const s = new Set<number>();
    for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (dot(img, x, y)) s.add(x);
    return s;
  };
  // The plus sits between "(" and "60": the narrowest column run present only in "(60+)" is not
  // reliable, so count rows in the plus's box: rows of ink in columns where "+" stands.
  const withPlus = colsWith(plus);
  const withoutPlus = colsWith(none);
  const extraCols = [...withPlus].filter((x) => !withoutPlus.has(x));
  let best = 0;
  for (const x of extraCols) {
    let rows = 0;
    for (let y = 0; y < plus.height; y++) rows += dot(plus, x, y);
    best = Math.max(best, rows);
  }
  return best;
}

/** Blank paper fed right before (dir -1) or after (dir 1) item i, in dots; a blank text line is 30. */
function blankDots(items: TranscriptItem[], i: number, dir: -1 | 1): number {
  let dots = 0;
  for (let j = i + dir; j >= 0 && j < items.length; j += dir) {
    const it = items[j]!;
    if (it.type === 'feed') dots += it.dots + it.lines * 30;
    else if (it.type === 'text' && it.text.trim() === '') dots += 30;
    else break;
  }
  return dots;
}
