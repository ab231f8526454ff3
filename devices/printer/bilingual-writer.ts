// The shared way tickets and receipts put lines on paper: node-thermal-printer's command builders
// (used only to build bytes; Dawr's own transports send them, bounded in time and framed by status
// queries), Arabic as Windows-1256 text in text mode or as raster images drawn with a real Arabic
// font in bitmap mode, English as printer text.
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { renderArabicLines } from './arabic-raster.js';
import { paperGeometry, type PaperGeometry, type TicketLayoutOptions } from './ticket-template.js';

export interface BilingualWriter {
  p: ThermalPrinter;
  geo: PaperGeometry;
  arabic(s: string, fontPx: number, bold: boolean, maxLines?: number): Promise<void>;
  english(s: string, bold?: boolean): void;
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
  return {
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
  };
}
