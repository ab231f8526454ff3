/** The kiosk's main-process print with the real TicketPrinter against the ESC/POS emulator. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { TicketPrinter } from '../../devices/printer/printer.js';
import { createKioskPrint } from '../../main/app/kiosk-print.js';
import { HubApiError, createHubApi, printDataPath } from '../../main/app/hub-api.js';
import { DeviceStatusBoard } from '../../main/app/device-status-board.js';
import { sampleTicket } from '../devices/fixtures/ticket.js';

let emulator: EscPosPrinterEmulator;
let printer: TicketPrinter;
beforeAll(async () => {
  emulator = new EscPosPrinterEmulator();
  await emulator.start();
  printer = new TicketPrinter({
    id: 'kiosk-printer',
    connection: emulator.url,
    mode: 'text',
    timeoutMs: 3000,
  });
});
afterAll(async () => emulator?.stop());

describe('createKioskPrint', () => {
  it('prints the ticket data the hub gives for the visit', async () => {
    const hubApi = { ticketPrintData: vi.fn(async () => sampleTicket({ ticketNumber: 'B007' })) };
    const before = emulator.jobs.length;
    expect(await createKioskPrint(printer, hubApi)('v-1')).toEqual({ printed: true });
    expect(hubApi.ticketPrintData).toHaveBeenCalledWith('v-1');
    const job = await emulator.waitForJob(5000, emulator.jobs[before - 1]?.id ?? 0);
    expect(JSON.stringify(job)).toContain('B007');
  });

  it('reports the printer’s reason when it cannot print', async () => {
    emulator.setState('paper-out');
    try {
      const r = await createKioskPrint(printer, { ticketPrintData: async () => sampleTicket() })('v-2');
      expect(r).toEqual({ printed: false, reason: 'paper-out' });
    } finally {
      emulator.setState('ok');
    }
  });

  it('says offline (and logs why) when the hub does not give the data, and prints nothing', async () => {
    const before = emulator.jobs.length;
    const errors: string[] = [];
    const print = createKioskPrint(
      printer,
      { ticketPrintData: async () => Promise.reject(new HubApiError('not_found', 'no waiting ticket')) },
      (e) => errors.push(e.code),
    );
    expect(await print('v-3')).toEqual({ printed: false, reason: 'offline' });
    expect(errors).toEqual(['not_found']);
    expect(emulator.jobs.length).toBe(before);
  });

  it('refuses ticket data that fails validation as bad-data', async () => {
    const r = await createKioskPrint(printer, {
      ticketPrintData: async () => ({ ticketNumber: '<script>' }),
    })('v-4');
    expect(r).toEqual({ printed: false, reason: 'bad-data' });
  });

  it('says no_printer on a kiosk without one', async () => {
    expect(await createKioskPrint(null, { ticketPrintData: async () => sampleTicket() })('v-5')).toEqual({
      printed: false,
      reason: 'no_printer',
    });
  });
});

describe('createHubApi', () => {
  it('asks the hub with the device key and passes on its refusal', async () => {
    const calls: { url: string; auth?: string }[] = [];
    const hubApi = createHubApi({
      hubOrigin: 'http://hub:8080',
      deviceKey: 'k'.repeat(20),
      fetch: async (url, init) => {
        calls.push({ url, auth: init?.headers?.authorization });
        return {
          ok: false,
          status: 404,
          json: async () => ({ code: 'not_found', message: 'no such visit' }),
        };
      },
    });
    await expect(hubApi.ticketPrintData('v/../x')).rejects.toMatchObject({
      code: 'not_found',
      message: 'no such visit',
    });
    expect(calls).toEqual([
      { url: `http://hub:8080${printDataPath('v/../x')}`, auth: `Device ${'k'.repeat(20)}` },
    ]);
    expect(calls[0]!.url).toContain('v%2F..%2Fx');
  });

  it('turns a network failure into hub_unreachable', async () => {
    const hubApi = createHubApi({
      hubOrigin: 'http://hub',
      deviceKey: 'k',
      fetch: async () => Promise.reject(new Error('ECONNREFUSED')),
    });
    await expect(hubApi.ticketPrintData('v')).rejects.toMatchObject({ code: 'hub_unreachable' });
  });
});

describe('DeviceStatusBoard', () => {
  it('keeps the latest status per device, tells listeners, forwards, and survives a failing hub', async () => {
    const board = new DeviceStatusBoard();
    const seen: string[] = [];
    const off = board.subscribe((s) => seen.push(s.detail));
    board.forwardTo(async () => Promise.reject(new Error('down')));
    board.report({ deviceId: 'p', kind: 'printer', level: 'warning', detail: 'paper-near-end', at: 1 });
    board.report({ deviceId: 'p', kind: 'printer', level: 'error', detail: 'paper-out', at: 2 });
    await new Promise((r) => setImmediate(r));
    expect(board.all()).toEqual([
      { deviceId: 'p', kind: 'printer', level: 'error', detail: 'paper-out', at: 2 },
    ]);
    expect(seen).toEqual(['paper-near-end', 'paper-out']);
    expect(board.forwardFailures).toBe(2);
    off();
    board.report({ deviceId: 'p', kind: 'printer', level: 'ok', detail: 'ready', at: 3 });
    expect(seen).toHaveLength(2);
  });
});
