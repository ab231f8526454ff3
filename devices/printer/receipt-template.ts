// The service request receipt, laid out like the ticket (ticket-template.ts): Arabic drawn as
// raster images in bitmap mode (Windows-1256 text in text mode), English, the request number and
// the QR codes as native printer commands. Ends with a cut.
import { bilingualWriter } from './bilingual-writer.js';
import type { ReceiptPrintData } from './receipt-data.js';
import type { TicketLayoutOptions } from './ticket-template.js';

/** The receipt's fixed wording in both languages; kept here so tests compare against the same text. */
export function receiptLines(data: ReceiptPrintData) {
  const submitted = new Intl.DateTimeFormat('en-GB', {
    timeZone: data.timeZone,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(data.submittedAt);
  return {
    titleAr: 'إيصال طلب خدمة',
    titleEn: 'Service request receipt',
    numberAr: 'رقم الطلب',
    numberEn: 'Request number',
    submittedEn: `Submitted ${submitted.replace(',', '')}`,
    scanAr: 'امسح الرمز لمتابعة حالة طلبك',
    scanEn: 'Scan to follow your request',
    onlineAr: 'في المرة القادمة أنجز هذه الخدمة بنفسك عبر الإنترنت',
    onlineEn: 'Next time, do this service yourself online',
  };
}

export async function buildReceiptBytes(data: ReceiptPrintData, opts: TicketLayoutOptions): Promise<Buffer> {
  const { p, geo, arabic, english } = bilingualWriter(opts);
  const lines = receiptLines(data);

  p.alignCenter();
  await arabic(data.centre.ar, 30, true, 1);
  english(data.centre.en, true);
  await arabic(data.agency.ar, 26, false, 1);
  english(data.agency.en);
  p.drawLine();
  await arabic(lines.titleAr, 28, true, 1);
  english(lines.titleEn, true);
  await arabic(data.service.ar, 28, true, 2);
  english(data.service.en, true);
  p.newLine();
  await arabic(lines.numberAr, 24, false, 1);
  english(lines.numberEn);
  // SR-YYYYMMDD-NNNN is 16 characters: double size fits both paper widths.
  if (opts.type === 'star') p.setTextDoubleHeight();
  else p.setTextSize(1, 1);
  p.bold(true);
  p.println(data.requestNumber);
  p.bold(false);
  p.setTextNormal();
  english(lines.submittedEn);
  p.newLine();
  p.printQR(data.statusUrl, { cellSize: geo.qrCell, correction: 'M', model: 2 });
  p.newLine();
  await arabic(lines.scanAr, 22, false, 1);
  english(lines.scanEn);
  if (data.onlineUrl) {
    p.drawLine();
    await arabic(lines.onlineAr, 22, true, 2);
    english(lines.onlineEn, true);
    p.printQR(data.onlineUrl, { cellSize: geo.qrCell, correction: 'M', model: 2 });
    english(data.onlineUrl);
  }
  p.cut();
  return p.getBuffer();
}
