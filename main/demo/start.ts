/**
 * `npm start`: a demo centre on embedded SQLite with simulated devices. Creates its data folder
 * on first run (re-running keeps the data), starts the hub on 127.0.0.1, and prints the URL of
 * every app and the demo staff accounts.
 */
import { resolve, join } from 'node:path';
import pino from 'pino';
import { startHub } from '../hub/start.js';
import { seedIfEmpty } from '../hub/core/seed.js';
import { HUB_MODULES } from '../hub/modules.js';
import {
  counterDevicesFromEnv,
  counterDevicesModule,
} from '../hub/features/devices/counter-devices-module.js';
import { hubConfigFromEnv } from '../hub/core/config.js';
import { startDemoPrinter } from '../../devices/escpos/demo-printer.js';
import { DEMO_CATALOGUE, DEMO_STAFF, demoCatalogueFor } from './catalogue.js';
import { demoDevices } from './devices.js';
import { startDemoCentral } from './central.js';
import { createDemoAppointments } from '../hub/features/kiosk/appointments.js';
import { stopOnSignals } from '../common/stop-on-signals.js';

async function main() {
  let demoBookings: ReturnType<typeof createDemoAppointments> | undefined;
  const config = hubConfigFromEnv({
    DAWR_DATA_DIR: 'data/demo',
    DAWR_PORT: '8080',
    DAWR_LOG_LEVEL: 'warn',
    ...process.env,
  });
  const dataDir = resolve(config.dataDir);
  const logger = pino({ level: config.logLevel });
  const printer = await startDemoPrinter({
    previewDir: join(dataDir, 'printer-previews'),
    log: (l) => logger.info(l),
  });
  const devices = demoDevices(dataDir);
  // The central customer profile, on SQLite beside the hub; the hub's sync worker finds it through these variables.
  const central = await startDemoCentral({ dataDir, centreId: DEMO_CATALOGUE.centre.id, logLevel: 'warn' });
  Object.assign(process.env, central.env);
  // Both demo kiosks print on the emulator unless real printers are configured.
  process.env.DAWR_KIOSK_PRINTERS ??= JSON.stringify(
    Object.fromEntries(
      devices.filter((d) => d.role === 'kiosk').map((d) => [d.id, { connection: printer.url }]),
    ),
  );
  // The demo backs itself up beside its data, so the dashboard shows backups working (a centre uses another disk).
  process.env.DAWR_BACKUP_DIR ??= join(dataDir, 'backups');
  // The demo sends no SMS: each message is printed here in full and listed at /demo/outbox.
  process.env.DAWR_SMS_GATEWAY ??= 'demo';
  const hub = await startHub({
    dataDir,
    host: config.host,
    port: config.port,
    logger,
    identityKey: config.identityKey,
    // Loopback HTTP by default; a demo opened to the network (DAWR_HOST) gets the centre CA's HTTPS.
    tls: config.tls,
    prepare: (db) => {
      // A first run also books a few appointments around now, to try the kiosk's check-in with.
      // Around the clock unless DAWR_DEMO_HOURS=real, so a first try works at any hour (README).
      const catalogue = demoCatalogueFor(process.env.DAWR_DEMO_HOURS);
      if (seedIfEmpty(db, { catalogue, staff: DEMO_STAFF, devices }, Date.now()))
        demoBookings = createDemoAppointments(db, Date.now());
    },
    modules: [
      ...HUB_MODULES,
      counterDevicesModule({
        devices: counterDevicesFromEnv(process.env.DAWR_COUNTER_DEVICES),
        onStatus: (r) => logger.warn(r, 'counter device'),
      }),
    ],
  });
  const bookings = demoBookings
    ? [
        `  Demo bookings (kiosk check-in codes): on time ${demoBookings.onTime.map((a) => a.code).join(', ')};` +
          ` too early ${demoBookings.tooEarly.code}; too late ${demoBookings.tooLate.code}`,
        '',
      ]
    : [];
  const key = (role: string) => devices.find((d) => d.role === role)!.key;
  const u = hub.url;
  const lines = [
    '',
    `Dawr demo centre: ${DEMO_CATALOGUE.centre.name.en} / ${DEMO_CATALOGUE.centre.name.ar}`,
    `data folder: ${dataDir} (delete it to start afresh)`,
    hub.hub.catalogue.centre.openingHours.every((h) => h?.open === '00:00' && h.close === '00:00')
      ? 'hours: open around the clock, to try it at any hour (DAWR_DEMO_HOURS=real on a fresh data folder: the real hours)'
      : "hours: the centre's own opening hours (Configuration → Centre); outside them the kiosk says when it opens",
    '',
    `  Kiosk            ${u}/kiosk/#key=${key('kiosk')}`,
    `  Counter app      ${u}/counter/`,
    `  Display board    ${u}/display/#key=${key('display')}`,
    `  Manager dashboard ${u}/dashboard/`,
    `  Floor assistant  ${u}/floor/`,
    `  API (OpenAPI)    ${u}/api/v1/openapi.json`,
    `  Metrics          ${u}/metrics`,
    '',
    `  Central profile  ${central.central.url}/api/v1/openapi.json (SQLite in ${join(dataDir, 'central')}); the hub syncs every visit to it`,
    `  Ticket printer   ESC/POS emulator at ${printer.url}; previews (PNG + transcript) in ${printer.previewDir}`,
    process.env.DAWR_SMS_GATEWAY === 'demo'
      ? `  SMS outbox       ${u}/demo/outbox (nothing is sent: each SMS, e.g. a join code, is also printed below)`
      : `  SMS gateway      ${process.env.DAWR_SMS_GATEWAY}`,
    `  Join from phone  ${u}/join/`,
    '',
    ...bookings,
    '  Staff accounts (username / PIN):',
    ...DEMO_STAFF.map((s) => `    ${s.username.padEnd(10)} ${s.pin}   ${s.roles.join(', ')}`),
    '',
    'Press Ctrl+C to stop. A second Ctrl+C quits at once (every saved ticket is kept).',
  ];
  console.log(lines.join('\n'));
  // The hub first: it stops taking tickets and sends nothing more to central or the printer.
  stopOnSignals({
    who: 'dawr demo',
    parts: [
      { name: 'the hub', stop: () => hub.stop() },
      { name: 'central', stop: () => central.stop() },
      { name: 'the printer emulator', stop: () => printer.stop() },
    ],
    log: (line) => console.error(line),
    exit: (code) => process.exit(code),
    onSignal: (signal, handler) => process.on(signal, handler),
  });
}

main().catch((e: unknown) => {
  console.error(`dawr demo: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
