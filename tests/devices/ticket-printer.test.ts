import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { rasterToPng } from '../../devices/escpos/raster-png.js';
import type { ImageItem } from '../../devices/escpos/transcript.js';
import { renderArabicLines } from '../../devices/printer/arabic-raster.js';
import { printOrFallback } from '../../devices/printer/kiosk-output.js';
import { TicketPrinter } from '../../devices/printer/printer.js';
import { PrinterStatusMonitor } from '../../devices/printer/status-monitor.js';
import { ticketLines } from '../../devices/printer/ticket-template.js';
import type { DeviceStatusReport } from '../../devices/ports.js';
import { sampleTicket } from './fixtures/ticket.js';

let dir: string;
let emu: EscPosPrinterEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dawr-printer-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  emu = new EscPosPrinterEmulator({ previewDir: join(dir, `previews-${Date.now()}`) });
  await emu.start({ port: 0 });
});
afterEach(async () => {
  await emu.stop();
});

const printerFor = (mode: 'text' | 'bitmap', extra: Record<string, unknown> = {}): TicketPrinter =>
  new TicketPrinter({ id: 'kiosk-1-printer', connection: emu.url, mode, timeoutMs: 3000, ...extra });

function inkBox(png: PNG): { left: number; right: number; top: number; bottom: number; ink: number } {
  let left = png.width;
  let right = -1;
  let top = png.height;
  let bottom = -1;
  let ink = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if ((png.data[(y * png.width + x) * 4] ?? 255) < 128) {
        ink++;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { left, right, top, bottom, ink };
}

describe('ticket printing through the ESC/POS emulator', () => {
  it('text mode: the decoded ticket says what the template says, in Arabic and English', async () => {
    const data = sampleTicket();
    const result = await printerFor('text').print(data);
    expect(result.status.state).toBe('ready');
    const job = await emu.waitForJob();
    const t = job.transcript;
    const lines = ticketLines(data);
    for (const s of [
      data.centre.ar,
      data.centre.en,
      data.agency.ar,
      data.agency.en,
      data.service.ar,
      data.service.en,
      lines.positionAr,
      lines.positionEn,
      lines.waitAr,
      lines.waitEn,
      lines.scanAr,
      data.notes.ar,
      data.notes.en,
    ]) {
      expect(t).toContain(s);
    }
    expect(t).toContain('[center bold 4x4] A042');
    expect(t).toContain('23 Nov 2026 10:59'); // 06:59 UTC in Asia/Dubai
    expect(t).toContain(`[qr 6 M center] ${data.statusUrl}`);
    expect(t.trimEnd().endsWith('--- cut ---')).toBe(true);
    expect(job.printed).toBe(true);
    expect(job.previewPath).not.toBeNull();
    const preview = PNG.sync.read(await readFile(job.previewPath as string));
    expect(preview.width).toBe(576 + 16);
  });

  it('bitmap mode: each Arabic line arrives as a GS v 0 image cut to its ink, dot for dot the renderer', async () => {
    const data = sampleTicket();
    await printerFor('bitmap').print(data);
    const job = await emu.waitForJob();
    // English, the number and the QR code stay native; no Arabic characters travel as text.
    expect(job.transcript).toContain(data.service.en);
    expect(job.transcript).toContain('A042');
    expect(job.transcript).not.toMatch(/[\u0600-\u06FF]/);
    const images = job.items.filter((i): i is ImageItem => i.type === 'image');
    expect(images).toHaveLength(7); // centre, agency, service, position, wait, scan hint, notes
    // The third image is the service name: decode it back into a PNG and compare.
    const decoded = PNG.sync.read(rasterToPng(images[2]!));
    const opts = {
      widthDots: 576,
      fontPx: 24,
      bold: true,
      align: 'center',
      maxLines: 2,
      crop: true,
      halfHeight: true,
    } as const;
    const expected = renderArabicLines(data.service.ar, opts).rasters[0]!;
    expect(decoded.width % 8).toBe(0);
    expect([decoded.width, decoded.height]).toEqual([expected.width, expected.height]);
    expect(images[2]!.align).toBe('center');
    // Sent at half the vertical resolution and printed in GS v 0's double-height mode.
    expect([images[2]!.scaleX, images[2]!.scaleY]).toEqual([1, 2]);
    const box = inkBox(decoded);
    expect(box.ink).toBeGreaterThan(500);
    // Not one blank row is sent: the ink touches the top and the bottom row; blank columns under a byte.
    expect([box.top, box.bottom]).toEqual([0, decoded.height - 1]);
    expect(expected.trimmedTop + expected.trimmedBottom).toBeGreaterThan(0);
    expect(box.left).toBeLessThan(8);
    expect(decoded.width - 1 - box.right).toBeLessThan(8);
    // The paper is fed (ESC J) for the space around the image instead.
    const at = job.items.indexOf(images[2]!);
    expect(job.items[at - 1]).toMatchObject({ type: 'feed', dots: 6 });
    const ref = PNG.sync.read(expected.png);
    let differing = 0;
    for (let i = 0; i < decoded.width * decoded.height; i++) {
      if ((decoded.data[i * 4] ?? 0) < 128 !== (ref.data[i * 4] ?? 0) < 128) differing++;
    }
    expect(differing).toBe(0);
  });

  it('58 mm paper: images fit in 384 dots and the QR code smaller', async () => {
    await printerFor('bitmap', { paperWidthMm: 58 }).print(sampleTicket());
    const job = await emu.waitForJob();
    const images = job.items.filter((i): i is ImageItem => i.type === 'image');
    expect(images.every((i) => i.width <= 384 && i.width % 8 === 0)).toBe(true);
    expect(job.transcript).toContain('[qr 5 M center]');
  });

  it('paper out: nothing is printed and the kiosk falls back to the screen', async () => {
    emu.setState('paper-out');
    const printer = printerFor('bitmap');
    const outcome = await printOrFallback(printer, sampleTicket());
    expect(outcome).toMatchObject({ printed: false, fallback: 'screen', reason: 'paper-out' });
    expect(printer.lastStatus?.state).toBe('paper-out');
    await new Promise((r) => setTimeout(r, 50));
    expect(emu.jobs).toHaveLength(0);
  });

  it('offline: the connection is refused and the kiosk falls back quickly', async () => {
    emu.setState('offline');
    const started = Date.now();
    const outcome = await printOrFallback(printerFor('text'), sampleTicket());
    expect(outcome).toMatchObject({ printed: false, reason: 'offline' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('cover open and printer stopped: fallback with the reason', async () => {
    emu.setState('cover-open');
    const printer = printerFor('text');
    expect(await printOrFallback(printer, sampleTicket())).toMatchObject({
      printed: false,
      reason: 'cover-open',
    });
    await emu.stop();
    expect(await printOrFallback(printer, sampleTicket())).toMatchObject({
      printed: false,
      reason: 'offline',
    });
  });

  it('paper near end still prints and is reported as a warning', async () => {
    emu.setState('paper-near-end');
    const r = await printerFor('text').print(sampleTicket());
    expect(r.status.state).toBe('paper-near-end');
    expect((await emu.waitForJob()).printed).toBe(true);
  });

  it('bad ticket data is refused before anything is sent', async () => {
    const outcome = await printOrFallback(printerFor('text'), {
      ...sampleTicket(),
      ticketNumber: '<script>',
    });
    expect(outcome).toMatchObject({ printed: false, reason: 'bad-data' });
    expect(outcome.printed === false && outcome.message).toMatch(/ticketNumber/);
    await new Promise((r) => setTimeout(r, 50));
    expect(emu.jobs).toHaveLength(0);
  });

  it('a status monitor reports changes to the hub sink on its timer', async () => {
    const reports: DeviceStatusReport[] = [];
    const printer = printerFor('text');
    const monitor = new PrinterStatusMonitor(printer, { report: (r) => reports.push(r) }, 50);
    monitor.start();
    try {
      await expect.poll(() => reports.at(-1)?.detail).toBe('ready');
      emu.setState('paper-near-end');
      await expect.poll(() => reports.at(-1)).toMatchObject({ level: 'warning', detail: 'paper-near-end' });
      emu.setState('paper-out');
      await expect.poll(() => reports.at(-1)).toMatchObject({ level: 'error', detail: 'paper-out' });
      emu.setState('offline');
      await expect.poll(() => reports.at(-1)).toMatchObject({ level: 'disconnected', detail: 'offline' });
      emu.setState('ok');
      await expect.poll(() => reports.at(-1)).toMatchObject({ level: 'ok', detail: 'ready' });
      // Only changes are reported, not every poll.
      const details = reports.map((r) => r.detail);
      expect(details).toEqual(['ready', 'paper-near-end', 'paper-out', 'offline', 'ready']);
    } finally {
      monitor.stop();
    }
  });
});

describe('printers that misbehave', () => {
  let server: Server;
  let behaviour: 'silent' | 'garbage';
  const sockets = new Set<import('node:net').Socket>();
  beforeAll(async () => {
    server = createServer((s) => {
      sockets.add(s);
      s.on('data', () => {
        if (behaviour === 'garbage') s.write(Uint8Array.of(0x41, 0x42, 0x43));
      });
      s.on('error', () => undefined);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });
  const url = (): string => `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`;

  it('a printer that never answers makes the print fail within the timeout', async () => {
    behaviour = 'silent';
    const p = new TicketPrinter({ id: 'p', connection: url(), mode: 'text', timeoutMs: 400 });
    const started = Date.now();
    const outcome = await printOrFallback(p, sampleTicket());
    const took = Date.now() - started;
    expect(outcome).toMatchObject({ printed: false, reason: 'timeout' });
    expect(took).toBeGreaterThanOrEqual(350);
    expect(took).toBeLessThan(1500);
  });

  it('a reply that is not a status byte is an error, not "ready"', async () => {
    behaviour = 'garbage';
    const p = new TicketPrinter({ id: 'p', connection: url(), mode: 'text', timeoutMs: 1000 });
    expect(await printOrFallback(p, sampleTicket())).toMatchObject({ printed: false, reason: 'bad-reply' });
    expect((await p.queryStatus()).state).toBe('printer-error');
  });
});
