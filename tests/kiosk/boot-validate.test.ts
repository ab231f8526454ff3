/**
 * The checks the kiosk's validation worker runs on the hub's data (renderer/kiosk/boot-validate.ts):
 * a valid catalogue and settings come back normalised; one bad field anywhere refuses the whole boot.
 * In the browser: tests/e2e/kiosk-boot-check.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../renderer/kiosk/boot-validate.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const SETTINGS = {
  idleSeconds: 90,
  warningSeconds: 30,
  accessibleIdleFactor: 2,
  arabicDigits: 'arabic',
  checkIn: { earlyMinutes: 30, lateMinutes: 15 },
};

/** The demo catalogue as it crosses the wire (JSON), changed by `spoil`. */
function wire(spoil: (c: { services: Record<string, unknown>[] }) => void = () => undefined): unknown {
  const c = JSON.parse(JSON.stringify(DEMO_CATALOGUE)) as { services: Record<string, unknown>[] };
  spoil(c);
  return c;
}

describe('the kiosk boot check', () => {
  it('passes the demo catalogue and settings, with zod defaults filled in', () => {
    const raw = wire() as { queues: Record<string, unknown>[] };
    // A queue as an older hub may send it: `open` defaults to true.
    delete raw.queues[0]!.open;
    const r = check({ kind: 'boot', catalogue: raw, settings: SETTINGS });
    expect(r?.kind).toBe('boot');
    if (r?.kind !== 'boot') return;
    expect(r.data.catalogue.services).toHaveLength(DEMO_CATALOGUE.services.length);
    expect(r.data.catalogue.queues[0]!.open).toBe(true);
    expect(r.data.settings.idleSeconds).toBe(90);
  });

  it('refuses the boot when one service breaks the contract, or the settings do', () => {
    const badService = wire((c) => (c.services[3]!.expectedMinutes = -5));
    expect(check({ kind: 'boot', catalogue: badService, settings: SETTINGS })).toBeNull();
    expect(
      check({ kind: 'boot', catalogue: wire(), settings: { ...SETTINGS, idleSeconds: 'soon' } }),
    ).toBeNull();
    expect(check({ kind: 'boot', catalogue: null, settings: SETTINGS })).toBeNull();
  });

  it('checks catalogues and device settings the hub pushes later', () => {
    expect(check({ kind: 'catalogue', raw: wire() })?.kind).toBe('catalogue');
    expect(check({ kind: 'catalogue', raw: wire((c) => (c.services[0]!.queueId = 7)) })).toBeNull();
    expect(check({ kind: 'deviceSettings', raw: { role: 'kiosk' } })).toBeNull();
    expect(check({ kind: 'deviceSettings', raw: { role: 'printer' } })).toBeNull();
  });
});
