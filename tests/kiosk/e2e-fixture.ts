/**
 * A hub for the kiosk's browser tests: the demo centre, the built apps, and the ESC/POS printer
 * emulator configured as the test kiosk's printer. The hub can be stopped and started again on
 * the same port and data, to test the kiosk losing and finding the hub.
 */
import { rmSync } from 'node:fs';
import { EscPosPrinterEmulator } from '../../devices/escpos/emulator.js';
import { startHub, type StartedHub } from '../../main/hub/start.js';
import { startE2eHub } from '../e2e/support/hub.js';
import { KIOSK_KEY, type TestHub } from '../support/hub.js';
import type { Clock } from '../../main/hub/core/hub.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';

export interface KioskE2e {
  hub: TestHub;
  printer: EscPosPrinterEmulator;
  /** The kiosk page, with the device key in the fragment. */
  kioskUrl: string;
  /** Stops the hub (the kiosk sees it go away). */
  stopHub(): Promise<void>;
  /** Starts it again on the same port and data. */
  restartHub(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function startKioskE2e(
  opts: {
    idleSeconds?: number;
    warningSeconds?: number;
    previewDir?: string;
    /** The hub's clock; with one, the demo centre keeps its own opening hours (see openAllDay). */
    clock?: Clock;
    /** Another catalogue than the demo centre's (e.g. with public holidays). */
    catalogue?: Catalogue;
  } = {},
): Promise<KioskE2e> {
  const printer = new EscPosPrinterEmulator(opts.previewDir ? { previewDir: opts.previewDir } : {});
  await printer.start();
  process.env.DAWR_KIOSK_PRINTERS = JSON.stringify({
    'kiosk-t': { connection: printer.url, timeoutMs: 3000 },
  });
  process.env.DAWR_KIOSK_IDLE_SECONDS = String(opts.idleSeconds ?? 90);
  process.env.DAWR_KIOSK_WARNING_SECONDS = String(opts.warningSeconds ?? 30);
  const hub = await startE2eHub({
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.catalogue ? { catalogue: opts.catalogue } : {}),
  });
  let restarted: StartedHub | null = null;
  let running = true;
  const current = () => restarted ?? hub;
  return {
    hub,
    printer,
    kioskUrl: `${hub.url}/kiosk/#key=${KIOSK_KEY}`,
    async stopHub() {
      await current().stop();
      running = false;
    },
    async restartHub() {
      restarted = await startHub({
        dataDir: hub.dir,
        port: hub.port,
        clock: opts.clock,
        identityKey: 'test-identity-key-0123456789',
      });
      running = true;
    },
    async cleanup() {
      if (running) await current().stop();
      rmSync(hub.dir, { recursive: true, force: true });
      await printer.stop();
    },
  };
}
