/**
 * End to end: a call keypad and an LED display on real serial ports (socat pty pairs), attached
 * to a real hub. A key press calls the next ticket; the display shows what the counter has in hand.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeypadEmulator } from '../../devices/emulators/keypad-emulator.js';
import { LedDisplayEmulator } from '../../devices/emulators/led-display-emulator.js';
import { SocatPair } from '../../devices/emulators/socat-pair.js';
import type { DeviceStatusReport } from '../../devices/ports.js';
import {
  counterDevicesFromEnv,
  counterDevicesModule,
} from '../../main/hub/features/devices/counter-devices-module.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

describe('counter keypad and LED display attached to the hub', () => {
  let dir: string;
  let hub: TestHub;
  let keypadLine: SocatPair;
  let displayLine: SocatPair;
  const keypad = new KeypadEmulator();
  const display = new LedDisplayEmulator();
  const reports: DeviceStatusReport[] = [];
  let agent: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dawr-hub-devices-'));
    keypadLine = new SocatPair(dir, 'keypad');
    displayLine = new SocatPair(dir, 'display');
    await keypadLine.start();
    await displayLine.start();
    const devices = counterDevicesFromEnv(
      JSON.stringify([
        {
          id: 'keypad-c4',
          kind: 'keypad',
          path: keypadLine.hostPath,
          counterId: 'c4',
          heartbeatMs: 200,
          backoff: { initialMs: 50, maxMs: 400 },
        },
        {
          id: 'display-c4',
          kind: 'display',
          path: displayLine.hostPath,
          counterId: 'c4',
          heartbeatMs: 200,
          backoff: { initialMs: 50, maxMs: 400 },
        },
      ]),
    );
    hub = await startTestHub({
      modules: [...HUB_MODULES, counterDevicesModule({ devices, onStatus: (r) => reports.push(r) })],
    });
    await keypad.start(keypadLine.devicePath);
    await display.start(displayLine.devicePath);
    agent = `Bearer ${await login(hub.url, 'agent4', '444444')}`;
  });

  afterAll(async () => {
    await keypad.stop();
    await display.stop();
    await hub?.cleanup();
    await keypadLine?.stop();
    await displayLine?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports each serial link to device health (dashboard and /metrics), not only to the log', async () => {
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const links = async () => {
      const r = await api(hub.url, 'POST', '/manager/deviceHealth', manager, {});
      const devices = (r.body as { devices: { id: string; link: string | null; parentId: string | null }[] })
        .devices;
      return devices.filter((d) => d.link !== null).map((d) => `${d.id}@${d.parentId}:${d.link}`);
    };
    await expect.poll(links).toEqual(['keypad-c4@c4:open', 'display-c4@c4:open']);
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toContain('dawr_serial_link_up{device="keypad-c4",kind="serial",parent="c4"} 1');
  });

  it('refuses a key press at a counter nobody is signed in at, changing nothing', async () => {
    await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'licence-renew',
      idempotencyKey: 'tap-keypad-0001',
    });
    await keypad.press('next');
    await expect
      .poll(() => reports.some((r) => r.kind === 'keypad' && r.detail.includes('nobody is signed in')))
      .toBe(true);
    const waiting = hub.hub.db.prepare("SELECT COUNT(*) AS n FROM visits WHERE status = 'waiting'").get() as {
      n: number;
    };
    expect(waiting.n).toBe(1);
  });

  it('a key press calls the next ticket and the display shows it; counter-app actions show too', async () => {
    await api(hub.url, 'POST', '/counters/c4/open', agent);
    await keypad.press('next');
    await expect.poll(() => display.shown).toBe('C001');
    const called = hub.hub.db
      .prepare("SELECT status, json_extract(doc, '$.counterId') AS counter FROM visits")
      .get();
    expect(called).toEqual({ status: 'called', counter: 'c4' });

    await keypad.press('recall');
    await expect
      .poll(() =>
        hub.hub.db.prepare("SELECT COUNT(*) AS n FROM visit_events WHERE type = 'visit.recalled'").get(),
      )
      .toEqual({ n: 1 });

    // The counter app starts and completes the visit: the display clears without a key press.
    const visitId = (hub.hub.db.prepare('SELECT id FROM visits').get() as { id: string }).id;
    await api(hub.url, 'POST', `/counters/c4/start/${visitId}`, agent);
    await api(hub.url, 'POST', `/counters/c4/complete/${visitId}`, agent, {
      services: [{ serviceId: 'licence-renew', outcome: 'done' }],
    });
    await expect.poll(() => display.shown).toBe('----');
  });
});
