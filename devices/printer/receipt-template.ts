// The service request receipt, laid out like the ticket (ticket-template.ts): Arabic drawn as
// raster images in bitmap mode (Windows-1256 text in text mode), English, the request number and
// the QR codes as native printer commands (each with its four-module quiet zone fed around it).
// Starts with ESC @, ends with a cut.
import { bilingualWriter, formatSlipDateTime } from './bilingual-writer.js';
import type { ReceiptPrintData } from './receipt-data.js';
import type { TicketLayoutOptions } from './paper-layout.js';

/** The receipt's fixed wording in both languages; kept here so tests compare against the same text. */
export function receiptLines(data: ReceiptPrintData) {
  return {
    titleAr: 'إيصال طلب خدمة',
    titleEn: 'Service request receipt',
    numberAr: 'رقم الطلب',
    numberEn: 'Request number',
    submittedEn: `Submitted ${formatSlipDateTime(data.submittedAt, data.timeZone)}`,
    scanAr: 'امسح الرمز لمتابعة حالة طلبك',
    scanEn: 'Scan to follow your request',
    onlineAr: 'في المرة القادمة أنجز هذه الخدمة بنفسك عبر الإنترنت',
    onlineEn: 'Next time, do this service yourself online',
  };
}

export async function buildReceiptBytes(data: ReceiptPrintData, opts: TicketLayoutOptions): Promise<Buffer> {
  const w = bilingualWriter(opts, data.language ?? 'ar');
  const { p } = w;
  const lines = receiptLines(data);

  await w.centreHeading(data.centre, data.agency);
  await w.pair({ ar: lines.titleAr, en: lines.titleEn }, { bold: true, maxLines: 1, fontPx: 28 });
  await w.pair(data.service, { bold: true, maxLines: 2 });
  await w.pair({ ar: lines.numberAr, en: lines.numberEn }, { bold: false, maxLines: 1 });
  // SR-YYYYMMDD-NNNN is 16 characters: double size fits both paper widths.
  w.largeNumber(data.requestNumber, 'double');
  w.english(lines.submittedEn);
  await w.statusQr(data.statusUrl, { ar: lines.scanAr, en: lines.scanEn });
  if (data.onlineUrl) {
    p.drawLine();
    await w.pair({ ar: lines.onlineAr, en: lines.onlineEn }, { bold: true, maxLines: 2 });
    w.qr(data.onlineUrl);
    w.english(data.onlineUrl);
  }
  return w.finish();
}
