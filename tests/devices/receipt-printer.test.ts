/**
 * The service request receipt: its bytes decoded with Dawr's ESC/POS decoder hold the request
 * number (large), the service in English, the submission time, the Arabic as raster images in
 * bitmap mode, and the two QR codes (status page and the service's online channel); bad data
 * sends nothing; a printer that cannot print gives the screen fallback with a reason.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../devices/escpos/decoder.js';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { interpret, type QrItem, type TextItem } from '../../devices/escpos/transcript.js';
import type { ReceiptPrintData } from '../../devices/printer/receipt-data.js';
import { printReceiptOrFallback } from '../../devices/printer/receipt-output.js';
import { buildReceiptBytes, receiptLines } from '../../devices/printer/receipt-template.js';
import { TicketPrinter } from '../../devices/printer/printer.js';

const receipt = (over: Partial<ReceiptPrintData> = {}): ReceiptPrintData => ({
  centre: { ar: 'مركز الخدمات الحكومية الموحد', en: 'Unified Government Services Centre' },
  agency: { ar: 'الهوية والجنسية والإقامة', en: 'Identity, Citizenship and Residency' },
  service: { ar: 'تجديد بطاقة الهوية', en: 'Renew Emirates ID' },
  requestNumber: 'SR-20250314-0042',
  submittedAt: Date.UTC(2025, 2, 14, 6, 30),
  timeZone: 'Asia/Dubai',
  statusUrl: 'https://hub.example/r/SR-20250314-0042',
  onlineUrl: 'https://example.gov.ae/services/eid-renew',
  ...over,
});

function decode(bytes: Uint8Array) {
  const { commands, rest } = decodeEscPos(bytes);
  expect(rest.length).toBe(0);
  return interpret(commands);
}

describe('receipt template', () => {
  it('bitmap: number large, both QR codes, Arabic as images, ends with a cut', async () => {
    const items = decode(
      await buildReceiptBytes(receipt(), { type: 'epson', paperWidthMm: 80, mode: 'bitmap' }),
    );
    const texts = items.filter((i): i is TextItem => i.type === 'text');
    const number = texts.find((t) => t.text.includes('SR-20250314-0042'));
    expect(number).toBeDefined();
    expect(number!.width).toBeGreaterThanOrEqual(2);
    expect(number!.bold).toBe(true);
    const all = texts.map((t) => t.text).join('\n');
    expect(all).toContain('Renew Emirates ID');
    expect(all).toContain('Submitted 14 Mar 2025 10:30');
    expect(all).toContain(receiptLines(receipt()).onlineEn);
    expect(all).not.toMatch(/[\u0600-\u06FF]/);
    expect(items.filter((i) => i.type === 'image').length).toBeGreaterThanOrEqual(6);
    const qrs = items.filter((i): i is QrItem => i.type === 'qr').map((q) => q.data);
    expect(qrs).toEqual([
      'https://hub.example/r/SR-20250314-0042',
      'https://example.gov.ae/services/eid-renew',
    ]);
    expect(items.at(-1)?.type).toBe('cut');
  });

  it('without an online channel there is no guide and one QR code; 58 mm text mode works too', async () => {
    const items = decode(
      await buildReceiptBytes(receipt({ onlineUrl: null }), {
        type: 'epson',
        paperWidthMm: 58,
        mode: 'text',
      }),
    );
    expect(items.filter((i) => i.type === 'qr')).toHaveLength(1);
    expect(items.filter((i) => i.type === 'image')).toHaveLength(0);
    const all = items.map((i) => (i.type === 'text' ? i.text : '')).join('\n');
    expect(all).toContain('SR-20250314-0042');
    expect(all).not.toContain(receiptLines(receipt()).onlineEn);
  });
});

describe('receipt printing through the emulator', () => {
  let emu: EscPosPrinterEmulator;
  beforeEach(async () => {
    emu = new EscPosPrinterEmulator();
    await emu.start({ port: 0 });
  });
  afterEach(async () => {
    await emu.stop();
  });
  const printer = () => new TicketPrinter({ id: 'kiosk-r', connection: emu.url, timeoutMs: 3000 });

  it('prints; the emulator job has the number and the status QR code', async () => {
    const outcome = await printReceiptOrFallback(printer(), receipt());
    expect(outcome.printed).toBe(true);
    const job = await emu.waitForJob();
    expect(job.transcript).toContain('SR-20250314-0042');
    expect(job.transcript).toContain('https://hub.example/r/SR-20250314-0042');
  });

  it('bad data sends nothing; paper out falls back to the screen with the reason', async () => {
    const bad = await printReceiptOrFallback(printer(), receipt({ requestNumber: 'A042' }));
    expect(bad).toMatchObject({ printed: false, fallback: 'screen', reason: 'bad-data' });
    emu.setState('paper-out');
    const out = await printReceiptOrFallback(printer(), receipt());
    expect(out).toMatchObject({ printed: false, fallback: 'screen', reason: 'paper-out' });
    expect(emu.jobs.filter((j) => j.printed)).toHaveLength(0);
    expect(await printReceiptOrFallback(null, receipt())).toMatchObject({
      printed: false,
      reason: 'offline',
    });
  });
});
