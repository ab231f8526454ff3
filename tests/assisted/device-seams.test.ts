/**
 * Two seams for the Electron kiosk: the ticket print data of a kiosk's own ticket, and device status
 * reports that raise and clear the dashboard's printer alerts (as the hub's own print route does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { parseTicketData } from '../../devices/printer/ticket-data.js';
import { alertCentre } from '../../main/hub/features/manager/alerts.js';
import { evaluateDeviceHealth } from '../../main/hub/features/health/module.js';
import { api, DISPLAY_KEY, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let printer: EscPosPrinterEmulator;
const kiosk = `Device ${KIOSK_KEY}`;

beforeAll(async () => {
  printer = new EscPosPrinterEmulator();
  await printer.start();
  process.env.DAWR_KIOSK_PRINTERS = JSON.stringify({
    'kiosk-t': { connection: printer.url, mode: 'text', timeoutMs: 1500 },
  });
  hub = await startTestHub();
});
afterAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  await hub?.cleanup();
  await printer?.stop();
});

const openAlerts = () =>
  alertCentre(hub.services)
    .list()
    .filter((a) => a.clearedAt === null && a.subject === 'kiosk-t')
    .map((a) => a.kind)
    .sort();

const printerHealth = () =>
  evaluateDeviceHealth(hub.services).devices.find(
    (d) => d.id === 'kiosk-t:printer' && d.parentId === 'kiosk-t',
  )?.printer;

async function issue(auth: string, key: string) {
  const r = await api(hub.url, 'POST', '/visits', auth, { serviceId: 'eid-renew', idempotencyKey: key });
  return (r.body as { visit: { id: string; ticket: string } }).visit;
}

describe('GET /api/v1/kiosk/tickets/:visitId/print-data', () => {
  it("answers valid ticket print data for the kiosk's own waiting ticket", async () => {
    const v = await issue(kiosk, 'seam-print-data-1');
    const r = await api(hub.url, 'GET', `/kiosk/tickets/${v.id}/print-data`, kiosk);
    expect(r.status).toBe(200);
    const data = parseTicketData(r.body);
    expect(data.ticketNumber).toBe(v.ticket);
    expect(data.statusUrl).toMatch(/\/t\/[\w-]+$/);
  });

  it('refuses other callers, unknown visits and tickets issued elsewhere', async () => {
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const other = await issue(`Bearer ${await login(hub.url, 'floor', '112233')}`, 'seam-floor-1');
    expect((await api(hub.url, 'GET', `/kiosk/tickets/${other.id}/print-data`, kiosk)).body.code).toBe(
      'not_found',
    );
    expect((await api(hub.url, 'GET', '/kiosk/tickets/nope/print-data', kiosk)).status).toBe(404);
    expect((await api(hub.url, 'GET', `/kiosk/tickets/${other.id}/print-data`, manager)).status).toBe(403);
    expect((await api(hub.url, 'GET', `/kiosk/tickets/${other.id}/print-data`)).status).toBe(401);
    const display = await api(
      hub.url,
      'GET',
      `/kiosk/tickets/${other.id}/print-data`,
      `Device ${DISPLAY_KEY}`,
    );
    expect(display).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });
});

describe('POST /api/v1/devices/status', () => {
  const report = (level: string, detail: string) => ({
    deviceId: 'kiosk-t-printer',
    kind: 'printer',
    level,
    detail,
    at: Date.now(),
  });

  it('raises paper-out and offline alerts for the kiosk and clears them when the printer is back', async () => {
    const paper = await api(hub.url, 'POST', '/devices/status', kiosk, report('error', 'paper-out'));
    expect(paper).toEqual({ status: 200, body: { accepted: true, alert: 'printer_paper_out' } });
    expect(openAlerts()).toEqual(['printer_paper_out']);
    await api(hub.url, 'POST', '/devices/status', kiosk, report('disconnected', 'offline'));
    expect(openAlerts()).toEqual(['printer_offline']);
    const ok = await api(hub.url, 'POST', '/devices/status', kiosk, report('ok', 'ready'));
    expect(ok.body).toEqual({ accepted: true, alert: null });
    expect(openAlerts()).toEqual([]);
  });

  it('refuses bad reports and non-device callers, changing nothing', async () => {
    const bad = await api(hub.url, 'POST', '/devices/status', kiosk, {
      ...report('error', 'x'),
      level: 'on fire',
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'validation' } });
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    expect(
      (await api(hub.url, 'POST', '/devices/status', manager, report('error', 'paper-out'))).status,
    ).toBe(403);
    expect(
      (await api(hub.url, 'POST', '/devices/status', undefined, report('error', 'paper-out'))).status,
    ).toBe(401);
    expect(openAlerts()).toEqual([]);
  });
});

describe('the kiosk print route keeps the same alerts', () => {
  it('raises printer_paper_out on a paper-out print, printer_offline when unreachable, clears on success', async () => {
    printer.setState('paper-out');
    const v1 = await issue(kiosk, 'seam-alert-1');
    expect((await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId: v1.id })).body).toMatchObject({
      printed: false,
      reason: 'paper-out',
    });
    expect(openAlerts()).toEqual(['printer_paper_out']);
    // The device health panel shows the printer the hub prints on for this kiosk.
    expect(printerHealth()).toBe('paper_out');

    printer.setState('offline');
    const v2 = await issue(kiosk, 'seam-alert-2');
    expect((await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId: v2.id })).body).toMatchObject({
      printed: false,
    });
    expect(openAlerts()).toEqual(['printer_offline']);
    expect(printerHealth()).toBe('offline');

    printer.setState('ok');
    const v3 = await issue(kiosk, 'seam-alert-3');
    expect((await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId: v3.id })).body).toEqual({
      printed: true,
    });
    expect(openAlerts()).toEqual([]);
    expect(printerHealth()).toBe('ok');
  });
});
