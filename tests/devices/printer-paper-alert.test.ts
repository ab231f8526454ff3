/**
 * Paper near its end is a warning on the dashboard, not a failure: a real hub raises
 * `printer_paper_low` (level warning, distinct from `printer_offline` and `printer_paper_out`) for
 * the kiosk whose printer says so — by the shell's status report or by the hub's own print on a
 * printer emulator — and clears it once the roll is replaced; the alert has its text in Arabic and
 * English.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { alertLevel, type Alert } from '../../shared/contract/manager.js';
import { dashboard } from '../../shared/i18n/apps/dashboard.js';
import { alertCentre } from '../../main/hub/features/manager/alerts.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';

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

const kioskAlerts = (): Alert[] =>
  alertCentre(hub.services)
    .list(500)
    .filter((a) => a.subject === 'kiosk-t');
const openKinds = (): string[] =>
  kioskAlerts()
    .filter((a) => a.clearedAt === null)
    .map((a) => a.kind)
    .sort();
const report = (level: string, detail: string) => ({
  deviceId: 'kiosk-t-printer',
  kind: 'printer',
  level,
  detail,
  at: Date.now(),
});

describe('printer_paper_low', () => {
  it('is raised as a warning from the shell report and cleared when the roll is replaced', async () => {
    const r = await api(hub.url, 'POST', '/devices/status', kiosk, report('warning', 'paper-near-end'));
    expect(r).toEqual({ status: 200, body: { accepted: true, alert: null } });
    // The hub's device health raises it by itself (no one asks for the list here).
    await vi.waitFor(() => expect(openKinds()).toEqual(['printer_paper_low']));
    const raised = kioskAlerts().find((a) => a.kind === 'printer_paper_low' && a.clearedAt === null)!;
    expect(alertLevel(raised.kind)).toBe('warning');
    expect(alertLevel('printer_offline')).toBe('critical');
    expect(raised.detail).toMatchObject({ level: 'warning' });

    await api(hub.url, 'POST', '/devices/status', kiosk, report('ok', 'ready'));
    await vi.waitFor(() => expect(openKinds()).toEqual([]));
    const cleared = kioskAlerts().find((a) => a.id === raised.id)!;
    expect(cleared.clearedAt).not.toBeNull();
    // Kept listed until a manager acknowledges it, like every alert.
    expect(cleared.acknowledgedAt).toBeNull();
  });

  it('gives way to printer_paper_out when the paper runs out', async () => {
    await api(hub.url, 'POST', '/devices/status', kiosk, report('warning', 'paper-near-end'));
    await vi.waitFor(() => expect(openKinds()).toEqual(['printer_paper_low']));
    await api(hub.url, 'POST', '/devices/status', kiosk, report('error', 'paper-out'));
    await vi.waitFor(() => expect(openKinds()).toEqual(['printer_paper_out']));
    await api(hub.url, 'POST', '/devices/status', kiosk, report('ok', 'ready'));
    await vi.waitFor(() => expect(openKinds()).toEqual([]));
  });

  it("follows the hub's own prints: the ticket prints, the warning is raised, a new roll clears it", async () => {
    printer.setState('paper-near-end');
    const visit = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: 'paper-low-1',
    });
    const visitId = (visit.body as { visit: { id: string } }).visit.id;
    const printed = await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId });
    expect(printed.body).toMatchObject({ printed: true });
    await vi.waitFor(() => expect(openKinds()).toEqual(['printer_paper_low']));

    printer.setState('ok');
    const again = await api(hub.url, 'POST', '/kiosk/print', kiosk, { visitId });
    expect(again.body).toMatchObject({ printed: true });
    await vi.waitFor(() => expect(openKinds()).toEqual([]));
  });

  it('has a dashboard text in Arabic and in English naming the printer', () => {
    const ar = dashboard.ar.alert_printer_paper_low;
    const en = dashboard.en.alert_printer_paper_low;
    expect(ar).toMatch(/[\u0600-\u06FF]/);
    expect(en).toMatch(/paper/i);
    for (const text of [ar, en]) expect(text).toContain('{{subject}}');
    expect(ar).not.toBe(dashboard.ar.alert_printer_paper_out);
  });
});
