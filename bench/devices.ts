// Time from TicketPrinter.print() to the last ticket byte accepted by the ESC/POS emulator,
// for text mode and bitmap mode, plus the time until print() resolves (which includes the
// status query after the ticket). Run: npx tsx bench/devices.ts [prints]
import { EscPosPrinterEmulator } from '../devices/escpos/emulator.js';
import { parsePrinterConfig } from '../devices/printer/config.js';
import { printDeadlineMs, transferMs } from '../devices/printer/print-deadline.js';
import { PrinterError } from '../devices/printer/errors.js';
import { TicketPrinter } from '../devices/printer/printer.js';
import { buildTicketBytes } from '../devices/printer/ticket-template.js';
import type { TicketPrintData } from '../shared/contract/printer.js';

const N = Number(process.argv[2] ?? 50);
const WARMUP = 5;

const ticket = (i: number): TicketPrintData => ({
  centre: { ar: 'مركز خدمات المواطنين - دبي', en: 'Citizen Services Centre - Dubai' },
  agency: { ar: 'هيئة الطرق والمواصلات', en: 'Roads and Transport Authority' },
  service: { ar: 'تجديد رخصة القيادة', en: 'Driving licence renewal' },
  ticketNumber: `A${String(i % 1000).padStart(3, '0')}`,
  issuedAt: Date.now(),
  timeZone: 'Asia/Dubai',
  position: i % 40,
  estimatedWaitMinutes: { low: 10, high: 15 },
  statusUrl: `https://dawr.example/t/${i.toString(36)}`,
  notes: { ar: 'أحضر الهوية الإماراتية وصورة شخصية', en: 'Bring your Emirates ID and a photo' },
});

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const fmt = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(1)} ms  p99 ${pct(s, 99).toFixed(1)} ms  max ${(s.at(-1) ?? NaN).toFixed(1)} ms`;
};

// Bytes and wire time per bitmap ticket on serial links (8N1), against the print deadline, for a
// plain ticket and one with a priority and a representative line.
// Before issue #14: 8,622 B (80 mm) / 8,590 B (58 mm), 4.5 s at 19,200 baud against a fixed 4 s.
// Before the Arabic was sent at half vertical resolution (Noto Sans Arabic, every Arabic line at
// least English size): 5,172 / 6,543 B at 80 mm, 5,140 / 6,511 B at 58 mm (plain / priority).
const priorityTicket = (i: number): TicketPrintData => ({
  ...ticket(i),
  priority: { ar: 'كبار المواطنين (60+)', en: 'Senior citizens (60+)' },
  representative: { ar: 'فرد من العائلة', en: 'Family member' },
});
console.log('bitmap ticket on a serial line (wire time = bytes / (baud / 10); deadline = 4 s + 1.25 x wire)');
for (const paperWidthMm of [80, 58] as const) {
  for (const [variant, make] of [
    ['plain', ticket],
    ['priority', priorityTicket],
  ] as const) {
    const bytes = (await buildTicketBytes(make(1), { type: 'epson', paperWidthMm, mode: 'bitmap' })).length;
    for (const baud of [9600, 19200, 115200]) {
      const link = parsePrinterConfig({ id: 'b', connection: `serial:/dev/ttyS0?baud=${baud}` }).connection;
      console.log(
        `  ${paperWidthMm} mm ${variant.padEnd(8)} ${String(baud).padStart(6)} baud: ${bytes} B  wire ${(transferMs(bytes, link) / 1000).toFixed(2)} s  deadline ${(printDeadlineMs(bytes, link, 4000) / 1000).toFixed(2)} s`,
      );
    }
  }
}

const emu = new EscPosPrinterEmulator();
await emu.start({ port: 0 });
console.log(`ESC/POS emulator on 127.0.0.1:${emu.port}; ${N} prints per mode after ${WARMUP} warm-up prints`);
for (const mode of ['text', 'bitmap'] as const) {
  const printer = new TicketPrinter({ id: 'bench', connection: emu.url, mode, timeoutMs: 5000 });
  const toLastByte: number[] = [];
  const toResolved: number[] = [];
  const build: number[] = [];
  let bytes = 0;
  for (let i = 0; i < N + WARMUP; i++) {
    const data = ticket(i);
    const b0 = performance.now();
    await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode });
    const b1 = performance.now();
    const lastId = emu.jobs.at(-1)?.id ?? 0;
    const t0 = performance.now();
    const r = await printer.print(data);
    const t1 = performance.now();
    const job = await emu.waitForJob(5000, lastId);
    if (i < WARMUP) continue;
    build.push(b1 - b0);
    toLastByte.push(job.lastByteAt - t0);
    toResolved.push(t1 - t0);
    bytes = r.bytes;
  }
  console.log(`\n${mode} mode (${bytes} bytes per ticket)`);
  console.log(`  build ticket bytes        ${fmt(build)}`);
  console.log(`  print -> last byte at emu ${fmt(toLastByte)}`);
  console.log(`  print -> print() resolved ${fmt(toResolved)}`);
}
await emu.stop();

// Print deadline against the real time of a print over a slow link: the emulator takes bytes in
// no faster than a serial line would (baud / 10 bytes a second, 8N1), and the printer is told that
// speed, so its deadline must cover the whole transfer. One priority ticket per speed (~9 s in all).
const slowTicket = priorityTicket(7);
console.log('\nbitmap priority ticket over a throttled emulator link (timeout 4 s + 1.25 x wire time)');
for (const baud of [19200, 9600]) {
  const bytesPerSecond = baud / 10;
  const slow = new EscPosPrinterEmulator({ receiveBytesPerSecond: bytesPerSecond });
  await slow.start({ port: 0 });
  const printer = new TicketPrinter(
    { id: 'bench-slow', connection: slow.url, mode: 'bitmap', timeoutMs: 4000 },
    { linkBytesPerSecond: bytesPerSecond },
  );
  const bytes = (await buildTicketBytes(slowTicket, { type: 'epson', paperWidthMm: 80, mode: 'bitmap' }))
    .length;
  const deadline = printDeadlineMs(bytes, printer.config.connection, 4000, bytesPerSecond);
  const t0 = performance.now();
  let outcome: string;
  try {
    await printer.print(slowTicket);
    outcome = 'ok';
  } catch (err) {
    outcome = err instanceof PrinterError ? `failed (${err.reason}: ${err.message})` : String(err);
  }
  const took = performance.now() - t0;
  console.log(
    `  ${String(baud).padStart(6)} baud: ${bytes} B  took ${(took / 1000).toFixed(2)} s  deadline ${(deadline / 1000).toFixed(2)} s  headroom ${((deadline - took) / 1000).toFixed(2)} s  ${outcome}`,
  );
  await slow.stop();
}
