// The ticket layout, built with node-thermal-printer's command builders. In text mode the
// Arabic lines go out as Windows-1256 text (for printers that shape Arabic themselves); in
// bitmap mode they are drawn with a real Arabic font and sent as raster images.
import type { TicketClosing, TicketPrintData } from '../../shared/contract/printer.js';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';
import { bilingualWriter, formatSlipDateTime, type Bilingual } from './bilingual-writer.js';
import type { TicketLayoutOptions } from './paper-layout.js';

const withTimes = (text: string, time: string, last = ''): string =>
  text.replace('{{time}}', time).replace('{{last}}', last);

/**
 * The slip's closing line: when the centre closes today, or (bold, instead) what closing means for
 * this ticket, in one line so the slip stays small enough for a serial line. From the kiosk's
 * catalogue, so the paper says what the kiosk screen says.
 */
export function closingLine(
  closing: TicketClosing | null | undefined,
): { text: Bilingual; bold: boolean } | null {
  if (!closing) return null;
  const both = (f: (lng: 'ar' | 'en') => string): Bilingual => ({ ar: f('ar'), en: f('en') });
  const last = closing.lastTicketTime;
  if (closing.notice === 'estimate_past_closing')
    return { text: both((l) => withTimes(kiosk[l].printPastClosing, closing.closesAt)), bold: true };
  if (closing.notice === 'last_ticket_near' && last)
    return { text: both((l) => withTimes(kiosk[l].printLastTicket, closing.closesAt, last)), bold: true };
  return { text: both((l) => withTimes(kiosk[l].printClosesAt, closing.closesAt)), bold: false };
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
  const w = bilingualWriter(opts, data.language ?? 'ar', data.digits ?? 'latn');
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
  const closing = closingLine(data.closing);
  if (closing) await w.pair(closing.text, { bold: closing.bold, maxLines: 2 });
  w.english(lines.issuedEn);
  await w.statusQr(data.statusUrl, { ar: lines.scanAr, en: lines.scanEn });
  if (data.notes.ar || data.notes.en) {
    p.drawLine();
    await w.pair(data.notes, { bold: false, maxLines: 4 });
  }
  return w.finish();
}
