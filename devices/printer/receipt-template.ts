// The service request receipt, laid out like the ticket (ticket-template.ts): Arabic drawn as
// raster images in bitmap mode (Windows-1256 text in text mode), English, the request number and
// the QR codes as native printer commands. Ends with a cut.
import { bilingualWriter, formatSlipDateTime } from './bilingual-writer.js';
import type { ReceiptPrintData } from './receipt-data.js';
import type { TicketLayoutOptions } from './ticket-template.js';

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
  const w = bilingualWriter(opts);
  const { p, arabic, english } = w;
  const lines = receiptLines(data);

  await w.centreHeading(data.centre, data.agency);
  await arabic(lines.titleAr, 28, true, 1);
  english(lines.titleEn, true);
  await arabic(data.service.ar, 28, true, 2);
  english(data.service.en, true);
  p.newLine();
  await arabic(lines.numberAr, 24, false, 1);
  english(lines.numberEn);
  // SR-YYYYMMDD-NNNN is 16 characters: double size fits both paper widths.
  w.largeNumber(data.requestNumber, 'double');
  english(lines.submittedEn);
  await w.statusQr(data.statusUrl, { ar: lines.scanAr, en: lines.scanEn });
  if (data.onlineUrl) {
    p.drawLine();
    await arabic(lines.onlineAr, 22, true, 2);
    english(lines.onlineEn, true);
    w.qr(data.onlineUrl);
    english(data.onlineUrl);
  }
  p.cut();
  return p.getBuffer();
}
