/**
 * Device health on a real hub with real socket.io clients and an injected clock: a display that
 * goes away raises `device_silent` once it has been unheard past the threshold in opening hours,
 * and the alert clears when it is back; heartbeats are validated; a display's own reports are
 * kept; serial links and printers show in the list and in /metrics.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEVICE_HEALTH_EVENT,
  DeviceHealthList,
  HEARTBEAT_EVENT,
} from '../../shared/contract/device-health.js';
import { alertCentre } from '../../main/hub/features/manager/alerts.js';
import { deviceHealthOf } from '../../main/hub/features/health/module.js';
import {
  api,
  connect,
  DISPLAY_KEY,
  emitAck,
  KIOSK_KEY,
  login,
  startTestHub,
  type TestHub,
} from '../support/hub.js';

const MIN = 60_000;
/** Monday 7 December 2026, 10:00 in Dubai: the demo centre is open (07:30–20:00). */
const clock = { t: Date.parse('2026-12-07T10:00:00+04:00'), now: () => clock.t };

let hub: TestHub;
let manager: Socket;
const opened: Socket[] = [];

beforeAll(async () => {
  // The clock stands still between steps, so the per-socket rate limit (which follows it) would never refill.
  hub = await startTestHub({ clock, socketRateLimit: { perSecond: 0, burst: 0 } });
  manager = await connect(hub.url, '/manager', { token: await login(hub.url, 'manager', '246810') });
});
afterEach(() => {
  for (const s of opened.splice(0)) s.disconnect();
});
afterAll(async () => {
  manager?.disconnect();
  await hub?.cleanup();
});

async function open(namespace: string, auth: Record<string, string>): Promise<Socket> {
  const socket = await connect(hub.url, namespace, auth);
  opened.push(socket);
  return socket;
}

async function health(): Promise<DeviceHealthList> {
  const r = await emitAck(manager, 'manager.deviceHealth', {});
  if (!r.ok) throw new Error(`manager.deviceHealth: ${r.error.code} ${r.error.message}`);
  return DeviceHealthList.parse(r.data);
}
const row = async (id: string) => (await health()).devices.find((d) => d.id === id);

const silentAlert = (subject: string) =>
  alertCentre(hub.services)
    .list(500)
    .filter((a) => a.kind === 'device_silent' && a.subject === subject)
    .sort((a, b) => b.raisedAt - a.raisedAt)[0];

describe('presence and the device_silent alert', () => {
  it('raises the alert for a display gone past the threshold in opening hours, and clears it when it returns', async () => {
    const display = await open('/display', { deviceKey: DISPLAY_KEY });
    await vi.waitFor(async () => expect((await row('display-t'))?.state).toBe('online'));

    display.disconnect();
    await vi.waitFor(async () => expect((await row('display-t'))?.state).toBe('offline'));
    const goneAt = clock.t;
    expect((await row('display-t'))?.lastSeenAt).toBe(goneAt);

    clock.t += 4 * MIN;
    expect((await row('display-t'))?.state).toBe('offline');
    expect(silentAlert('display-t')).toBeUndefined();

    clock.t += 2 * MIN;
    expect((await row('display-t'))?.state).toBe('silent');
    const raised = silentAlert('display-t');
    expect(raised).toMatchObject({ kind: 'device_silent', clearedAt: null, detail: { role: 'display' } });

    const pushed = new Promise<DeviceHealthList>((resolve) => {
      const listener = (raw: unknown) => {
        const list = DeviceHealthList.parse(raw);
        if (list.devices.find((d) => d.id === 'display-t')?.state !== 'online') return;
        manager.off(DEVICE_HEALTH_EVENT, listener);
        resolve(list);
      };
      manager.on(DEVICE_HEALTH_EVENT, listener);
    });
    await open('/display', { deviceKey: DISPLAY_KEY });
    // The dashboard is told without asking, and the alert is cleared (kept until acknowledged).
    await pushed;
    await vi.waitFor(() => expect(silentAlert('display-t')?.clearedAt).toBe(clock.t));
    expect(silentAlert('display-t')?.id).toBe(raised?.id);
  });

  it('does not count silence while the centre is closed', async () => {
    const saved = clock.t;
    try {
      // Half an hour after closing (sessions last 12 hours, so the manager's is still good).
      clock.t = Date.parse('2026-12-07T20:30:00+04:00');
      const list = await health();
      expect(list.open).toBe(false);
      expect(list.devices.find((d) => d.id === 'kiosk-t')?.state).toBe('offline');
      // The kiosk was never connected: any silence alert it had is over once the centre closes.
      expect(silentAlert('kiosk-t')?.clearedAt ?? clock.t).toBe(clock.t);
    } finally {
      clock.t = saved;
    }
  });
});

describe('heartbeats', () => {
  const beat = { app: 'display', instanceId: 'display-window-1', version: '1.4.2' };

  it('refuses bad input with a clear error and changes nothing', async () => {
    const display = await open('/display', { deviceKey: DISPLAY_KEY });
    const before = await row('display-t');
    for (const bad of [
      { ...beat, version: 'x y' },
      { ...beat, instanceId: 'short' },
      { ...beat, printer: 'on fire' },
      { ...beat, extra: true },
      'not an object',
    ]) {
      const r = await emitAck(display, HEARTBEAT_EVENT, bad);
      expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (!r.ok) expect(r.error.message.length).toBeGreaterThan(5);
    }
    const wrongApp = await emitAck(display, HEARTBEAT_EVENT, { ...beat, app: 'kiosk' });
    expect(wrongApp).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await row('display-t'))?.version).toBe(before?.version);
  });

  it('gives each device its version and printer state, and lists counter apps by instance', async () => {
    const kiosk = await open('/kiosk', { deviceKey: KIOSK_KEY });
    expect(
      await emitAck(kiosk, HEARTBEAT_EVENT, {
        app: 'kiosk',
        instanceId: 'kiosk-window-1',
        version: '2.0.0',
        printer: 'paper_near_end',
      }),
    ).toEqual({ ok: true, data: null });
    expect(await row('kiosk-t')).toMatchObject({
      kind: 'kiosk',
      state: 'online',
      version: '2.0.0',
      printer: 'paper_near_end',
    });

    const counter = await open('/counter', { token: await login(hub.url, 'agent1', '111111') });
    const r = await emitAck(counter, HEARTBEAT_EVENT, {
      app: 'counter',
      instanceId: 'counter-screen-7',
      version: '2.0.0',
    });
    expect(r.ok).toBe(true);
    expect(await row('counter:counter-screen-7')).toMatchObject({ kind: 'counter', state: 'online' });
    expect(
      await emitAck(counter, HEARTBEAT_EVENT, {
        app: 'kiosk',
        instanceId: 'counter-screen-7',
        version: '2.0.0',
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    counter.disconnect();
    await vi.waitFor(async () => expect((await row('counter:counter-screen-7'))?.state).toBe('offline'));
  });
});

describe('reports from a device and the hub’s serial devices', () => {
  it("keeps a display's disconnected report instead of ignoring it", async () => {
    await open('/display', { deviceKey: DISPLAY_KEY });
    await vi.waitFor(async () => expect((await row('display-t'))?.state).toBe('online'));
    const r = await api(hub.url, 'POST', '/devices/status', `Device ${DISPLAY_KEY}`, {
      deviceId: 'display-t-screen',
      kind: 'display',
      level: 'disconnected',
      detail: 'hdmi-unplugged',
      at: clock.t,
    });
    expect(r.status).toBe(200);
    expect(await row('display-t-screen')).toMatchObject({
      kind: 'peripheral',
      parentId: 'display-t',
      state: 'offline',
      detail: 'hdmi-unplugged',
    });
  });

  it('shows printer paper near end and serial links in /metrics', async () => {
    await open('/kiosk', { deviceKey: KIOSK_KEY });
    await vi.waitFor(async () => expect((await row('kiosk-t'))?.state).toBe('online'));
    await api(hub.url, 'POST', '/devices/status', `Device ${KIOSK_KEY}`, {
      deviceId: 'kiosk-t-printer',
      kind: 'printer',
      level: 'warning',
      detail: 'paper-near-end',
      at: clock.t,
    });
    const registry = deviceHealthOf(hub.services);
    registry.serialConfigured('keypad-c1', 'keypad', 'c1');
    registry.serialConfigured('led-c1', 'display', 'c1');
    registry.serialReport({
      deviceId: 'led-c1',
      kind: 'display',
      level: 'ok',
      detail: 'connected',
      at: clock.t,
    });
    expect(await row('keypad-c1')).toMatchObject({ kind: 'serial', link: 'closed', state: 'offline' });
    expect(await row('led-c1')).toMatchObject({ kind: 'serial', link: 'open', state: 'online' });

    const text = await (await fetch(`${hub.url}/metrics`)).text();
    expect(text).toContain('# TYPE dawr_device_up gauge');
    expect(text).toContain('dawr_device_up{device="kiosk-t",kind="kiosk"} 1');
    expect(text).toMatch(/^dawr_device_last_seen_seconds\{device="kiosk-t",kind="kiosk"\} \d+$/m);
    expect(text).toContain(
      'dawr_printer_state{device="kiosk-t-printer",kind="printer",parent="kiosk-t",state="paper_near_end"} 1',
    );
    expect(text).toContain(
      'dawr_printer_state{device="kiosk-t-printer",kind="printer",parent="kiosk-t",state="ok"} 0',
    );
    expect(text).toContain('dawr_serial_link_up{device="led-c1",kind="serial",parent="c1"} 1');
    expect(text).toContain('dawr_serial_link_up{device="keypad-c1",kind="serial",parent="c1"} 0');
    expect(text).toMatch(/^dawr_device_silent\{device="display-t",kind="display"\} [01]$/m);
  });
});
