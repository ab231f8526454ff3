import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../devices/escpos/decoder.js';
import { interpret, transcriptText } from '../../devices/escpos/transcript.js';
import { SerialEscPosPrinterEmulator } from '../../devices/emulators/escpos-serial-printer.js';
import { SocatPair } from '../../devices/emulators/socat-pair.js';
import { parsePrinterConfig, parsePrinterUri } from '../../devices/printer/config.js';
import { printOrFallback } from '../../devices/printer/kiosk-output.js';
import { TicketPrinter } from '../../devices/printer/printer.js';
import { buildTicketBytes } from '../../devices/printer/ticket-template.js';
import { sampleTicket } from './fixtures/ticket.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dawr-transport-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('serial ticket printer', () => {
  it('prints over a serial port with status checks, and falls back on paper out', async () => {
    const line = new SocatPair(dir, 'printer');
    await line.start();
    const emu = new SerialEscPosPrinterEmulator();
    await emu.start(line.devicePath);
    try {
      const printer = new TicketPrinter({
        id: 'p',
        connection: `serial:${line.hostPath}?baud=115200`,
        mode: 'text',
      });
      const r = await printer.print(sampleTicket());
      expect(r.status.state).toBe('ready');
      const job = await emu.waitForJob();
      expect(transcriptText(job.items)).toContain('[center bold 4x4] A042');
      emu.state = 'paper-out';
      expect(await printOrFallback(printer, sampleTicket())).toMatchObject({
        printed: false,
        reason: 'paper-out',
      });
    } finally {
      await emu.stop();
      await line.stop();
    }
  });

  it('a serial printer that is not plugged in is offline', async () => {
    const printer = new TicketPrinter({
      id: 'p',
      connection: `serial:${join(dir, 'nothing')}`,
      mode: 'text',
    });
    expect(await printOrFallback(printer, sampleTicket())).toMatchObject({
      printed: false,
      reason: 'offline',
    });
    expect((await printer.queryStatus()).state).toBe('offline');
  });
});

describe('operating-system printer (CUPS lp)', () => {
  async function fakeCommands(
    lpExit: number,
    lpstatOut: string,
  ): Promise<{ lp: string; lpstat: string; out: string }> {
    const out = join(dir, 'spooled.bin');
    const lp = join(dir, 'lp');
    const lpstat = join(dir, 'lpstat');
    // Stand-ins for lp/lpstat that record what the spooler would receive.
    await writeFile(lp, `#!/bin/sh\necho "$@" > ${dir}/lp-args\ncat > ${out}\nexit ${lpExit}\n`);
    await writeFile(lpstat, `#!/bin/sh\necho "${lpstatOut}"\n`);
    await chmod(lp, 0o755);
    await chmod(lpstat, 0o755);
    return { lp, lpstat, out };
  }

  it('sends the raw job to lp and reads the queue state from lpstat', async () => {
    const f = await fakeCommands(0, 'printer kiosk is idle.  enabled since Mon');
    const printer = new TicketPrinter({
      id: 'p',
      connection: { kind: 'os', printerName: 'kiosk', lpCommand: f.lp, lpstatCommand: f.lpstat },
      mode: 'bitmap',
    });
    const r = await printer.print(sampleTicket());
    const spooled = await readFile(f.out);
    expect(spooled.length).toBe(r.bytes);
    expect(transcriptText(interpret(decodeEscPos(spooled).commands))).toContain('A042');
    expect(await readFile(join(dir, 'lp-args'), 'utf8')).toBe('-d kiosk -o raw\n');
    expect((await printer.queryStatus()).state).toBe('unknown');
  });

  it('a failing or disabled spooler leads to the fallback', async () => {
    const f = await fakeCommands(1, 'printer kiosk disabled since Mon');
    const printer = new TicketPrinter({
      id: 'p',
      connection: { kind: 'os', printerName: 'kiosk', lpCommand: f.lp, lpstatCommand: f.lpstat },
    });
    expect(await printOrFallback(printer, sampleTicket())).toMatchObject({
      printed: false,
      reason: 'offline',
    });
    expect((await printer.queryStatus()).state).toBe('offline');
  });
});

describe('printer configuration and command sets', () => {
  it('parses printer addresses', () => {
    expect(parsePrinterUri('tcp://10.0.0.5')).toEqual({ kind: 'tcp', host: '10.0.0.5', port: 9100 });
    expect(parsePrinterUri('serial:/dev/ttyUSB0?baud=38400')).toEqual({
      kind: 'serial',
      path: '/dev/ttyUSB0',
      baudRate: 38400,
    });
    expect(parsePrinterUri('printer:Kiosk_1')).toMatchObject({ kind: 'os', printerName: 'Kiosk_1' });
    expect(() => parsePrinterUri('http://x')).toThrow(/not tcp/);
  });

  it('rejects bad configs with the field named', () => {
    expect(() => parsePrinterConfig({ id: 'p', connection: 'tcp://h:9100', paperWidthMm: 70 })).toThrow(
      /paperWidthMm/,
    );
    expect(() => parsePrinterConfig({ id: 'p', connection: 'lpt1' })).toThrow(/connection/);
    expect(() => parsePrinterConfig({ id: 'p', connection: 'tcp://h', timeoutMs: 60_000 })).toThrow(
      /timeoutMs/,
    );
    expect(() => parsePrinterConfig({ id: 'p', connection: 'tcp://h', colour: true })).toThrow(
      /colour|Unrecognized/,
    );
    expect(parsePrinterConfig({ id: 'p', connection: 'tcp://h' })).toMatchObject({
      type: 'epson',
      mode: 'bitmap',
      paperWidthMm: 80,
      timeoutMs: 4000,
    });
  });

  it('STAR printers get Star Line Mode commands (cut, QR, raster) instead of ESC/POS ones', async () => {
    const bytes = await buildTicketBytes(sampleTicket(), { type: 'star', paperWidthMm: 80, mode: 'bitmap' });
    const has = (seq: number[]): boolean => bytes.includes(Buffer.from(seq));
    expect(has([0x1b, 0x1d, 0x79, 0x50])).toBe(true); // ESC GS y P: print QR
    expect(has([0x1b, 0x6b])).toBe(true); // ESC k: raster rows
    expect(has([0x1b, 0x64, 0x02])).toBe(true); // ESC d 2: full cut
    expect(has([0x1d, 0x76, 0x30])).toBe(false); // no ESC/POS GS v 0
  });
  it('refuses text mode for a STAR printer, with the reason, rather than failing at the first Arabic line', () => {
    expect(() =>
      parsePrinterConfig({ id: 'p', connection: 'tcp://h:9100', type: 'star', mode: 'text' }),
    ).toThrow(/mode: STAR printers print Arabic in bitmap mode only/);
    expect(parsePrinterConfig({ id: 'p', connection: 'tcp://h:9100', type: 'star' })).toMatchObject({
      type: 'star',
      mode: 'bitmap',
    });
  });
});
