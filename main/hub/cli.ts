/**
 * Runs a hub as its own process (production, and the crash test). Prints one JSON line
 * `{"event":"ready","port":N,"url":"http(s)://…"}` on stdout when it is listening.
 */
import pino from 'pino';
import { hubConfigFromEnv } from './core/config.js';
import { startHub } from './start.js';
import { seedIfEmpty } from './core/seed.js';
import { DEMO_STAFF, demoCatalogueFor } from '../demo/catalogue.js';
import { demoDevices } from '../demo/devices.js';
import { stopOnSignals } from '../common/stop-on-signals.js';

async function main() {
  const config = hubConfigFromEnv(process.env);
  const logger = pino({ level: config.logLevel }, pino.destination(2));
  const started = await startHub({
    dataDir: config.dataDir,
    host: config.host,
    port: config.port,
    logger,
    identityKey: config.identityKey,
    tls: config.tls,
    socketRateLimit: { perSecond: config.socketEventsPerSecond, burst: config.socketEventsPerSecond * 3 },
    // A fresh hub with DAWR_SEED_DEMO=1 gets the demo centre (tests and trials); production seeds its own.
    prepare:
      process.env.DAWR_SEED_DEMO === '1'
        ? (db) =>
            seedIfEmpty(
              db,
              {
                catalogue: demoCatalogueFor(process.env.DAWR_DEMO_HOURS),
                staff: DEMO_STAFF,
                devices: demoDevices(config.dataDir),
              },
              Date.now(),
            )
        : undefined,
  });
  if (started.tls?.centreCa)
    logger.info(
      { caFingerprint: started.tls.centreCa.fingerprint, dataDir: config.dataDir },
      'serving HTTPS; devices pin this CA at pairing (tls/ca.crt in the data folder: back it up with its key)',
    );
  process.stdout.write(`${JSON.stringify({ event: 'ready', port: started.port, url: started.url })}\n`);
  // Bounded (the hub bounds its own waits) and always ending the process: a stop that fails is
  // logged with exit 1 instead of an unhandled rejection, and a second signal quits at once.
  stopOnSignals({
    who: 'dawr hub',
    parts: [{ name: 'the hub', stop: () => started.stop() }],
    log: (line) => process.stderr.write(`${line}\n`),
    exit: (code) => process.exit(code),
    onSignal: (signal, handler) => process.on(signal, handler),
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`dawr hub: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
