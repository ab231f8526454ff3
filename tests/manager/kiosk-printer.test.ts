/**
 * A kiosk's ticket printer in the catalogue: the schema (the devices' printer schema, plus what a
 * dashboard account may not choose), its precedence over DAWR_KIOSK_PRINTERS, and the hub switching
 * a kiosk's printer live when the catalogue changes: two ESC/POS emulators, one after the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { Catalogue, DeviceSettingsMessage, kioskSettingsFor } from '../../shared/contract/catalogue.js';
import type { AuditEntry } from '../../shared/contract/manager.js';
import { parsePrinterUri, printerUri } from '../../shared/contract/printer.js';
import { PrinterConfigWithoutIdSchema } from '../../devices/printer/config.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { validateCatalogue } from '../../main/hub/core/seed.js';
import { KioskPrinters } from '../../main/hub/features/kiosk/ticket-print.js';
import { alertCentre } from '../../main/hub/features/manager/alerts.js';
import {
  api,
  connect,
  emitAck,
  KIOSK_KEY,
  login,
  startTestHub,
  TEST_DEVICES,
  type TestHub,
} from '../support/hub.js';

const clone = (): Catalogue => structuredClone(DEMO_CATALOGUE);
const withKiosk = (printer: unknown, c: Catalogue = clone()) => ({
  ...c,
  kiosks: [{ deviceId: 'kiosk-t', location: 'Entrance', agencyIds: [], printer }],
});

describe("a kiosk's printer in the catalogue (schema)", () => {
  it('validates with the printer schema: the address is parsed and the defaults filled', () => {
    const c = validateCatalogue(
      withKiosk({ connection: 'tcp://10.0.0.20:9101', type: 'star', paperWidthMm: 58 }),
      TEST_DEVICES,
    );
    expect(kioskSettingsFor(c, 'kiosk-t').printer).toEqual({
      connection: { kind: 'tcp', host: '10.0.0.20', port: 9101 },
      type: 'star',
      paperWidthMm: 58,
      mode: 'bitmap',
      timeoutMs: 4000,
      statusPollMs: 15_000,
    });
    // The schema is the devices' own (one definition, re-exported there).
    expect(Catalogue.shape.kiosks).toBeDefined();
    expect(
      PrinterConfigWithoutIdSchema.safeParse({ connection: 'tcp://h', type: 'star', mode: 'text' }).success,
    ).toBe(false);
    // A kiosk without a printer of its own has none in its entry.
    expect(
      kioskSettingsFor(validateCatalogue(withKiosk(undefined), TEST_DEVICES), 'kiosk-t').printer,
    ).toBeUndefined();
  });

  it('refuses STAR with text mode, a bad address and what only the hub operator may set, with the reason', () => {
    const refused = (printer: unknown) => {
      try {
        validateCatalogue(withKiosk(printer), TEST_DEVICES);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error(`accepted ${JSON.stringify(printer)}`);
    };
    expect(refused({ connection: 'tcp://10.0.0.20', type: 'star', mode: 'text' })).toContain(
      'kiosks.0.printer.mode: STAR printers print Arabic in bitmap mode only; use mode "bitmap"',
    );
    expect(refused({ connection: 'lpt1' })).toContain(
      'printer address "lpt1" is not tcp://host:port, serial:/dev/… or printer:NAME',
    );
    expect(refused({ connection: 'tcp://h', paperWidthMm: 72 })).toContain('kiosks.0.printer.paperWidthMm');
    expect(refused({ connection: { kind: 'os', printerName: 'front', lpCommand: '/bin/sh' } })).toContain(
      'print commands of a CUPS printer are set in DAWR_KIOSK_PRINTERS',
    );
    expect(refused({ connection: 'serial:/etc/passwd' })).toContain('"/etc/passwd" is not a serial port');
    expect(refused({ connection: 'tcp://h', fontPath: '/etc/shadow' })).toContain('font file is set in');
    expect(refused({ connection: 'tcp://h', colour: 'red' })).toContain('kiosks.0.printer');
    // Ordinary serial ports and CUPS queues are fine.
    for (const connection of [
      'serial:/dev/ttyUSB0?baud=9600',
      'serial:/dev/serial/by-id/usb-EPSON_TM-T20-if00',
      'printer:Front_Desk',
    ])
      expect(() => validateCatalogue(withKiosk({ connection }), TEST_DEVICES), connection).not.toThrow();
  });

  it('writes an address back the way it reads it', () => {
    for (const uri of [
      'tcp://10.0.0.20:9100',
      'serial:/dev/ttyUSB0',
      'serial:/dev/ttyS1?baud=9600',
      'printer:Front',
    ])
      expect(printerUri(parsePrinterUri(uri))).toBe(uri);
    expect(printerUri('tcp://as-typed')).toBe('tcp://as-typed');
  });

  it('the catalogue entry wins over the environment; without one the environment applies', () => {
    let catalogue: Catalogue = clone();
    const printers = new KioskPrinters(
      { 'kiosk-t': { id: 'env', connection: 'tcp://env-host:9100' } },
      () => catalogue,
    );
    const fromEnv = printers.for('kiosk-t');
    expect(printers.configFor('kiosk-t')?.source).toBe('env');
    expect(printers.for('kiosk-t')).toBe(fromEnv);
    expect(printers.for('kiosk-other')).toBeNull();

    catalogue = validateCatalogue(withKiosk({ connection: 'tcp://own-host:9100' }), TEST_DEVICES);
    const own = printers.configFor('kiosk-t');
    expect(own).toMatchObject({
      source: 'catalogue',
      config: { id: 'kiosk-t', connection: { host: 'own-host' } },
    });
    const replaced = printers.for('kiosk-t');
    expect(replaced).not.toBe(fromEnv);
    expect(printers.for('kiosk-t')).toBe(replaced);

    catalogue = clone();
    expect(printers.configFor('kiosk-t')?.source).toBe('env');
    expect(printers.for('kiosk-t')).not.toBe(replaced);
  });
});

describe('the hub switches a kiosk to its new printer live', () => {
  let hub: TestHub;
  let manager: Socket;
  let envPrinter: EscPosPrinterEmulator;
  let ownPrinter: EscPosPrinterEmulator;
  const kiosk = `Device ${KIOSK_KEY}`;
  const sockets: Socket[] = [];
  let n = 0;

  const current = async (): Promise<Catalogue> => {
    const r = await emitAck<Catalogue>(manager, 'manager.catalogue', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  };
  const update = (catalogue: unknown, what?: string) =>
    emitAck<Catalogue>(manager, 'manager.updateCatalogue', { catalogue, what });
  /** Issues a ticket at the kiosk and prints it through the hub; answers the ticket and the print result. */
  const ticket = async () => {
    const r = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: `kiosk-printer-${++n}`,
    });
    const visit = (r.body as { visit: { id: string; ticket: string } }).visit;
    const printed = await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId: visit.id });
    return { ticket: visit.ticket, result: printed.body };
  };

  beforeAll(async () => {
    envPrinter = new EscPosPrinterEmulator();
    ownPrinter = new EscPosPrinterEmulator();
    await envPrinter.start();
    await ownPrinter.start();
    process.env.DAWR_KIOSK_PRINTERS = JSON.stringify({
      'kiosk-t': { connection: envPrinter.url, mode: 'text', timeoutMs: 2000 },
    });
    hub = await startTestHub();
    manager = await connect(hub.url, '/manager', { token: await login(hub.url, 'manager', '246810') });
    sockets.push(manager);
  });
  afterAll(async () => {
    delete process.env.DAWR_KIOSK_PRINTERS;
    for (const s of sockets) s.close();
    await hub?.cleanup();
    await envPrinter?.stop();
    await ownPrinter?.stop();
  });

  it("prints on the environment's printer, then on the catalogue's from the next ticket, without a restart", async () => {
    const first = await ticket();
    expect(first.result).toEqual({ printed: true });
    expect(envPrinter.jobs).toHaveLength(1);
    expect(envPrinter.jobs[0]!.transcript).toContain(first.ticket);
    expect(ownPrinter.jobs).toHaveLength(0);

    const kioskSocket = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    sockets.push(kioskSocket);
    const pushed = new Promise<unknown>((resolve) => kioskSocket.once('deviceSettings', resolve));
    const r = await update(
      withKiosk(
        { connection: ownPrinter.url, type: 'epson', paperWidthMm: 80, mode: 'text' },
        await current(),
      ),
      'kiosks:kiosk-t',
    );
    expect(r.ok).toBe(true);

    const second = await ticket();
    expect(second.result).toEqual({ printed: true });
    expect(ownPrinter.jobs).toHaveLength(1);
    expect(ownPrinter.jobs[0]!.transcript).toContain(second.ticket);
    expect(envPrinter.jobs).toHaveLength(1);

    // The change is audited with the printer, and the kiosk itself is not sent the printer.
    const audits = await emitAck<AuditEntry[]>(manager, 'manager.audit', {});
    expect(audits.ok && audits.data[0]).toMatchObject({
      staffId: 's-manager',
      what: 'catalogue.kiosks:kiosk-t',
      after: {
        kiosks: [{ deviceId: 'kiosk-t', printer: { connection: { kind: 'tcp', port: ownPrinter.port } } }],
      },
    });
    expect(audits.ok && JSON.stringify(audits.data[0]!.before)).not.toContain(String(ownPrinter.port));
    const message = DeviceSettingsMessage.parse(await pushed);
    expect(message).toEqual({
      role: 'kiosk',
      kiosk: { deviceId: 'kiosk-t', location: 'Entrance', agencyIds: [] },
      feedback: { enabled: true, windowMinutes: 1440 },
    });
  });

  it('refuses a bad printer with the reason and keeps printing on the current one', async () => {
    const before = await current();
    const bad = await update(
      withKiosk({ connection: `tcp://127.0.0.1:${envPrinter.port}`, type: 'star', mode: 'text' }, before),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!bad.ok && bad.error.message).toContain('STAR printers print Arabic in bitmap mode only');
    expect(await current()).toEqual(before);

    const next = await ticket();
    expect(next.result).toEqual({ printed: true });
    expect(ownPrinter.jobs).toHaveLength(2);
    expect(envPrinter.jobs).toHaveLength(1);
  });

  it("raises the printer alert for the kiosk, and goes back to the environment's printer when the entry has none", async () => {
    await ownPrinter.stop();
    const down = await ticket();
    expect(down.result).toMatchObject({ printed: false });
    const open = () =>
      alertCentre(hub.services)
        .list()
        .filter((a) => a.subject === 'kiosk-t' && a.clearedAt === null)
        .map((a) => a.kind);
    expect(open()).toEqual(['printer_offline']);

    const c = await current();
    const r = await update({ ...c, kiosks: [{ deviceId: 'kiosk-t', location: 'Entrance', agencyIds: [] }] });
    expect(r.ok).toBe(true);
    const back = await ticket();
    expect(back.result).toEqual({ printed: true });
    expect(envPrinter.jobs).toHaveLength(2);
    expect(envPrinter.jobs[1]!.transcript).toContain(back.ticket);
    expect(open()).toEqual([]);
  });
});
