// The shared way tickets and receipts put lines on paper: node-thermal-printer's command builders
// (used only to build bytes; Dawr's own transports send them, bounded in time and framed by status
// queries), Arabic as Windows-1256 text in text mode or as raster images drawn with a real Arabic
// font in bitmap mode, English as printer text.
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { renderArabicLines } from './arabic-raster.js';
import { paperGeometry, type PaperGeometry, type TicketLayoutOptions } from './ticket-template.js';

type Bilingual = { ar: string; en: string };

/**
 * How big a bold number line is printed. 'largest': Star Line Mode has no GS ! sizes, so its
 * largest common size (double width and height) against Epson's 4x; 'double': Star double height
 * against Epson's double width and height.
 */
export type NumberSize = 'largest' | 'double';

export interface BilingualWriter {
  p: ThermalPrinter;
  geo: PaperGeometry;
  arabic(s: string, fontPx: number, bold: boolean, maxLines?: number): Promise<void>;
  english(s: string, bold?: boolean): void;
  /** The top of every slip: centred, the centre's and the agency's names, then a rule. */
  centreHeading(centre: Bilingual, agency: Bilingual): Promise<void>;
  /** A ticket or request number in large bold print; leaves the text size normal again. */
  largeNumber(s: string, size: NumberSize): void;
  /** A QR code sized for the paper. */
  qr(url: string): void;
  /** The status QR code with its caption underneath, set off by blank lines above and below the code. */
  statusQr(url: string, caption: Bilingual): Promise<void>;
}

/** The date and time a slip shows, e.g. "05 Mar 2025 14:07", in the centre's time zone. */
export function formatSlipDateTime(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
    .format(epochMs)
    .replace(',', '');
}

export function bilingualWriter(opts: TicketLayoutOptions): BilingualWriter {
  const geo = paperGeometry(opts.paperWidthMm);
  const text = opts.mode === 'text';
  const p = new ThermalPrinter({
    type: opts.type === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    interface: '',
    width: geo.chars,
    ...(text ? { characterSet: CharacterSet.WPC1256_ARABIC } : {}),
  });
  const writer: BilingualWriter = {
    p,
    geo,
    async arabic(s, fontPx, bold, maxLines) {
      if (s.trim() === '') return;
      if (text) {
        p.alignRight();
        p.bold(bold);
        p.println(s);
        p.bold(false);
        p.alignCenter();
        return;
      }
      const img = renderArabicLines(s, {
        widthDots: geo.dots,
        fontPx,
        bold,
        align: 'center',
        crop: true,
        ...(maxLines ? { maxLines } : {}),
        ...(opts.fontPath ? { fontPath: opts.fontPath } : {}),
      });
      await p.printImageBuffer(img.png);
    },
    english(s, bold = false) {
      if (s.trim() === '') return;
      p.bold(bold);
      p.println(s);
      p.bold(false);
    },
    async centreHeading(centre, agency) {
      p.alignCenter();
      await writer.arabic(centre.ar, 30, true, 1);
      writer.english(centre.en, true);
      await writer.arabic(agency.ar, 26, false, 1);
      writer.english(agency.en);
      p.drawLine();
    },
    largeNumber(s, size) {
      if (opts.type === 'star') {
        if (size === 'largest') p.setTextQuadArea();
        else p.setTextDoubleHeight();
      } else if (size === 'largest') p.setTextSize(3, 3);
      else p.setTextSize(1, 1);
      p.bold(true);
      p.println(s);
      p.bold(false);
      p.setTextNormal();
    },
    qr(url) {
      p.printQR(url, { cellSize: geo.qrCell, correction: 'M', model: 2 });
    },
    async statusQr(url, caption) {
      p.newLine();
      writer.qr(url);
      p.newLine();
      await writer.arabic(caption.ar, 22, false, 1);
      writer.english(caption.en);
    },
  };
  return writer;
}
