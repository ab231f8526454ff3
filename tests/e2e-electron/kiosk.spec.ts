/**
 * The shell end to end: a kiosk configured for a real hub and the ESC/POS emulator issues a
 * ticket and prints it through window.dawr; a navigation to a foreign origin is refused.
 * Skips with a printed reason when no Electron binary exists (see support.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { buildApp, APP_OUT } from '../../main/app/build.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { findElectron } from './support.js';

const binary = findElectron();
if ('skip' in binary) console.log(`[e2e-electron] skipped: ${binary.skip}`);
test.skip('skip' in binary, 'skip' in binary ? binary.skip : '');

let hub: TestHub;
let emulator: EscPosPrinterEmulator;
let app: ElectronApplication;
let page: Page;
let dir: string;

test.beforeAll(async () => {
  if ('skip' in binary) return;
  await buildApp();
  hub = await startTestHub();
  emulator = new EscPosPrinterEmulator();
  await emulator.start();
  dir = mkdtempSync(join(tmpdir(), 'dawr-electron-'));
  const config = join(dir, 'dawr-app.json');
  writeFileSync(
    config,
    JSON.stringify({
      role: 'kiosk',
      hubUrl: hub.url,
      deviceKey: KIOSK_KEY,
      printer: { id: 'kiosk-printer', connection: emulator.url, mode: 'text' },
    }),
  );
  app = await electron.launch({
    executablePath: binary.path,
    args: [join(APP_OUT, 'main.cjs'), `--user-data-dir=${join(dir, 'profile')}`],
    env: { ...process.env, DAWR_APP_CONFIG: config, NODE_ENV: 'test' },
  });
  page = await app.firstWindow();
  await page.waitForURL(`${hub.url}/kiosk/**`);
});

test.afterAll(async () => {
  await app?.close();
  await emulator?.stop();
  await hub?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a kiosk issues a ticket and prints it on its own printer', async () => {
  const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: 'electron-e2e-0001',
  });
  expect(issued.status).toBe(200);
  const visitId = (issued.body as { visit: { id: string } }).visit.id;
  const result = await page.evaluate(
    (id) =>
      (window as unknown as { dawr: { printTicket(id: string): Promise<unknown> } }).dawr.printTicket(id),
    visitId,
  );
  expect(result).toEqual({ printed: true });
  const job = await emulator.waitForJob(5000);
  expect(JSON.stringify(job)).toContain((issued.body as { visit: { ticket: string } }).visit.ticket);
});

test('exposes only window.dawr, no Node', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    dawr: Object.keys((window as unknown as { dawr: object }).dawr).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    dawr: ['appInfo', 'deviceStatus', 'onDeviceStatus', 'pair', 'printTicket', 'retryHub', 'shellText'],
  });
});

test('refuses navigation to a foreign origin and new windows', async () => {
  const before = page.url();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.evaluate(() => window.open('https://example.com/'));
  await expect.poll(() => page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});
