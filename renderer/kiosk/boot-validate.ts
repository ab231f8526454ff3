/**
 * The checks the kiosk's data from the hub must pass before a screen shows it: the catalogue and this
 * kiosk's settings at start, and the catalogue and device settings the hub pushes later. They run in
 * a Worker (boot-check.worker.ts), so building zod's schemas and the first parse of the catalogue are
 * off the main thread while it draws the welcome screen (issue #15); on the main thread only when no
 * worker starts (boot-check.ts).
 */
import { Catalogue, DeviceSettingsMessage } from '../../shared/contract/catalogue.js';
import { KioskSettings } from '../../shared/contract/kiosk.js';

/** What the welcome screen is drawn from: both checked. */
export interface BootData {
  catalogue: Catalogue;
  settings: KioskSettings;
}

/** What is asked of the checker; `raw` is the hub's JSON, untrusted. */
export type CheckInput =
  | { kind: 'boot'; catalogue: unknown; settings: unknown }
  | { kind: 'catalogue'; raw: unknown }
  | { kind: 'deviceSettings'; raw: unknown };

/** The checked (and zod-normalised: defaults filled, unknown keys dropped) data, or null when invalid. */
export type Checked =
  | { kind: 'boot'; data: BootData }
  | { kind: 'catalogue'; data: Catalogue }
  | { kind: 'deviceSettings'; data: DeviceSettingsMessage };

/** The worker's protocol: each request carries an id its answer repeats. */
export type CheckRequest = { id: number; input: CheckInput };
export type CheckReply = { id: number; result: Checked | null };

/**
 * `jitless`: each schema here is checked a few times in a kiosk's life, and zod's compiled fast path
 * costs more to build (a `new Function` per object schema) than it saves on one parse.
 */
const JITLESS = { jitless: true } as const;

export function check(input: CheckInput): Checked | null {
  switch (input.kind) {
    case 'boot': {
      const catalogue = Catalogue.safeParse(input.catalogue, JITLESS);
      const settings = KioskSettings.safeParse(input.settings, JITLESS);
      return catalogue.success && settings.success
        ? { kind: 'boot', data: { catalogue: catalogue.data, settings: settings.data } }
        : null;
    }
    case 'catalogue': {
      const c = Catalogue.safeParse(input.raw, JITLESS);
      return c.success ? { kind: 'catalogue', data: c.data } : null;
    }
    case 'deviceSettings': {
      const m = DeviceSettingsMessage.safeParse(input.raw, JITLESS);
      return m.success ? { kind: 'deviceSettings', data: m.data } : null;
    }
  }
}
