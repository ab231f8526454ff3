// The ticket layout, built with node-thermal-printer's command builders. In text mode the
// Arabic lines go out as Windows-1256 text (for printers that shape Arabic themselves); in
// bitmap mode they are drawn with a real Arabic font and sent as raster images.
import { bilingualWriter, formatSlipDateTime } from './bilingual-writer.js';
import type { TicketPrintData } from './ticket-data.js';

export type TicketLayoutOptions = {
  type: 'epson' | 'star';
  paperWidthMm: 80 | 58;
  mode: 'text' | 'bitmap';
  fontPath?: string;
};

export type PaperGeometry = { dots: number; chars: number; qrCell: number };

export function paperGeometry(widthMm: 80 | 58): PaperGeometry {
  // 203 dpi heads: 72 mm printable on 80 mm paper (576 dots, 48 Font A columns), 48 mm on 58 mm.
  return widthMm === 80 ? { dots: 576, chars: 48, qrCell: 6 } : { dots: 384, chars: 32, qrCell: 5 };
}

/** The ticket's wording in both languages; kept here so tests compare against the same text. */
export function ticketLines(data: TicketPrintData): {
  positionAr: string;
  positionEn: string;
  waitAr: string;
  waitEn: string;
  issuedEn: string;
  scanAr: string;
  scanEn: string;
  representativeAr: string | null;
  representativeEn: string | null;
} {
  const { low, high } = data.estimatedWaitMinutes;
  const range = low === high ? `${low}` : `${low}-${high}`;
  // Written out in Arabic so a digit range never flips under right-to-left ordering.
  const rangeAr = low === high ? `${low} دقيقة` : `من ${low} إلى ${high} دقيقة`;
  const rep = data.representative ?? null;
  return {
    positionAr: `ترتيبك في الدور: ${data.position}`,
    positionEn: `Your place in line: ${data.position}`,
    waitAr: `الانتظار المتوقع: ${rangeAr}`,
    waitEn: `Estimated wait: ${range} min`,
    issuedEn: formatSlipDateTime(data.issuedAt, data.timeZone),
    scanAr: 'امسح الرمز لمتابعة دورك',
    scanEn: 'Scan to follow your turn',
    representativeAr: rep ? `نيابة عن: ${rep.ar}` : null,
    representativeEn: rep ? `On behalf of: ${rep.en}` : null,
  };
}

/** Builds the complete job (ESC @ first, a cut last) as printer bytes. */
export async function buildTicketBytes(data: TicketPrintData, opts: TicketLayoutOptions): Promise<Buffer> {
  const w = bilingualWriter(opts, data.language ?? 'ar');
  const { p } = w;
  const lines = ticketLines(data);

  await w.centreHeading(data.centre, data.agency);
  await w.pair(data.service, { bold: true, maxLines: 2 });
  w.largeNumber(data.ticketNumber, 'largest');
  if (data.priority) await w.prominent(data.priority);
  // For the floor staff rather than the citizen: bold, but a size smaller than the body lines.
  if (lines.representativeAr && lines.representativeEn)
    await w.pair({ ar: lines.representativeAr, en: lines.representativeEn }, { bold: true });
  await w.pair({ ar: lines.positionAr, en: lines.positionEn }, { bold: false, maxLines: 1 });
  await w.pair({ ar: lines.waitAr, en: lines.waitEn }, { bold: false, maxLines: 1 });
  w.english(lines.issuedEn);
  await w.statusQr(data.statusUrl, { ar: lines.scanAr, en: lines.scanEn });
  if (data.notes.ar || data.notes.en) {
    p.drawLine();
    await w.pair(data.notes, { bold: false, maxLines: 4 });
  }
  return w.finish();
}
