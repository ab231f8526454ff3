import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeypadEmulator } from '../../devices/emulators/keypad-emulator.js';
import { LedDisplayEmulator } from '../../devices/emulators/led-display-emulator.js';
import { ScannerEmulator } from '../../devices/emulators/scanner-emulator.js';
import { SocatPair } from '../../devices/emulators/socat-pair.js';
import type { CounterActions, CounterTicket, DeviceStatusReport } from '../../devices/ports.js';
import { CounterStation } from '../../devices/serial/counter-station.js';
import { KeypadDriver } from '../../devices/serial/keypad.js';
import { LedDisplayDriver } from '../../devices/serial/led-display.js';
import { ScannerDriver } from '../../devices/serial/scanner.js';
import { forwardScans } from '../../devices/serial/scanner-checkin.js';
import { DeviceSupervisor } from '../../devices/serial/supervisor.js';

/** A tiny but real queue: FIFO waiting list, one ticket per counter, actions as in the counter app. */
class FakeQueue implements CounterActions {
  waiting = ['A001', 'A002', 'A003'];
  current = new Map<string, string>();
  log: string[] = [];
  private at(counterId: string): CounterTicket {
    const t = this.current.get(counterId);
    return t ? { ticketNumber: t, visitId: `v-${t}` } : null;
  }
  async callNext(counterId: string): Promise<CounterTicket> {
    const next = this.waiting.shift();
    if (next) this.current.set(counterId, next);
    else this.current.delete(counterId);
    this.log.push(`next:${counterId}:${next ?? '-'}`);
    return this.at(counterId);
  }
  async recall(counterId: string): Promise<CounterTicket> {
    this.log.push(`recall:${counterId}`);
    return this.at(counterId);
  }
  async noShow(counterId: string): Promise<CounterTicket> {
    this.log.push(`no-show:${counterId}:${this.current.get(counterId)}`);
    this.current.delete(counterId);
    return null;
  }
  async transfer(counterId: string, target: number): Promise<CounterTicket> {
    this.log.push(`transfer:${counterId}:${this.current.get(counterId)}->${target}`);
    this.current.delete(counterId);
    return null;
  }
}

let dir: string;
const cleanup: (() => Promise<void>)[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dawr-serial-'));
});
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup.length = 0;
  await rm(dir, { recursive: true, force: true });
});

async function pair(name: string): Promise<SocatPair> {
  const p = new SocatPair(dir, name);
  await p.start();
  cleanup.push(() => p.stop());
  return p;
}

function supervise(
  kind: 'display' | 'keypad' | 'scanner',
  path: string,
  driver: LedDisplayDriver | KeypadDriver | ScannerDriver,
  reports: DeviceStatusReport[] = [],
): DeviceSupervisor {
  const s = new DeviceSupervisor(
    {
      id: `${kind}-1`,
      kind,
      path,
      heartbeatMs: 100,
      ackTimeoutMs: 60,
      retries: 2,
      backoff: { initialMs: 50, maxMs: 400 },
    },
    driver,
    { report: (r) => reports.push(r) },
  );
  s.start();
  cleanup.push(() => s.stop());
  return s;
}

async function emulator<T extends { start(p: string): Promise<void>; stop(): Promise<void> }>(
  e: T,
  path: string,
): Promise<T> {
  await e.start(path);
  cleanup.push(() => e.stop());
  return e;
}

describe('serial counter devices over socat pseudo-terminals', () => {
  it('a keypad press calls the next ticket and the LED display shows it', async () => {
    const keypadLine = await pair('keypad');
    const displayLine = await pair('display');
    const keypadDriver = new KeypadDriver();
    const displayDriver = new LedDisplayDriver();
    const keypadSup = supervise('keypad', keypadLine.hostPath, keypadDriver);
    const displaySup = supervise('display', displayLine.hostPath, displayDriver);
    const keypad = await emulator(new KeypadEmulator(), keypadLine.devicePath);
    const display = await emulator(new LedDisplayEmulator(), displayLine.devicePath);
    await Promise.all([keypadSup.waitConnected(), displaySup.waitConnected()]);
    const queue = new FakeQueue();
    const station = new CounterStation('c3', queue, keypadDriver, displayDriver);
    cleanup.push(async () => station.close());

    await keypad.press('next');
    await expect.poll(() => display.shown).toBe('A001');
    expect(queue.current.get('c3')).toBe('A001');

    await keypad.press('recall');
    await keypad.press('no-show');
    await expect.poll(() => display.shown).toBe('----');
    await keypad.press('next');
    await expect.poll(() => display.shown).toBe('A002');
    await keypad.press('transfer', 7);
    await expect.poll(() => queue.log.at(-1)).toBe('transfer:c3:A002->7');
    expect(queue.log).toEqual([
      'next:c3:A001',
      'recall:c3',
      'no-show:c3:A001',
      'next:c3:A002',
      'transfer:c3:A002->7',
    ]);
    await expect.poll(() => display.history).toEqual(['A001', 'A001', '----', 'A002', '----']);
  });

  it('a malformed key press is reported and calls nobody', async () => {
    const line = await pair('keypad');
    const driver = new KeypadDriver();
    const sup = supervise('keypad', line.hostPath, driver);
    const keypad = await emulator(new KeypadEmulator(), line.devicePath);
    await sup.waitConnected();
    const queue = new FakeQueue();
    const station = new CounterStation('c1', queue, driver, null);
    cleanup.push(async () => station.close());
    const bad: Error[] = [];
    driver.on('bad-input', (e) => bad.push(e));
    await keypad.pressRaw(Uint8Array.of(42, 0));
    await expect.poll(() => bad.length).toBe(1);
    expect(bad[0]?.message).toMatch(/unknown key code 42/);
    expect(queue.log).toEqual([]);
  });

  it('a scanner delivers appointment codes and rejects junk', async () => {
    const line = await pair('scanner');
    const driver = new ScannerDriver();
    const sup = supervise('scanner', line.hostPath, driver);
    const scanner = await emulator(new ScannerEmulator(), line.devicePath);
    await sup.waitConnected();
    const codes: string[] = [];
    const bad: Error[] = [];
    const stopForwarding = forwardScans(
      driver,
      { appointmentScanned: async (c, id) => void codes.push(`${id}:${c}`) },
      'scanner-1',
    );
    cleanup.push(async () => stopForwarding());
    driver.on('bad-input', (e) => bad.push(e));
    await scanner.scan('APT-2026-0042');
    await scanner.scan('<junk>');
    await expect.poll(() => bad.length).toBe(1);
    expect(codes).toEqual(['scanner-1:APT-2026-0042']);
  });

  it('unplugging a display is reported; plugging it back shows the current ticket again', async () => {
    const line = await pair('display');
    const driver = new LedDisplayDriver();
    const reports: DeviceStatusReport[] = [];
    const sup = supervise('display', line.hostPath, driver, reports);
    let display = await emulator(new LedDisplayEmulator(), line.devicePath);
    await sup.waitConnected();
    await driver.show('A010');
    expect(display.shown).toBe('A010');

    const disconnected = new Promise<string>((r) => sup.once('disconnected', r));
    await display.stop();
    await line.stop(); // unplug: socat gone, device node gone
    expect(await disconnected).toMatch(/unplugged|closed|failed|no answer/);
    await expect.poll(() => reports.at(-1)?.level).toBe('disconnected');

    // The counter moves on while the display is away; the driver keeps the text for later.
    await driver.show('A011');
    await new Promise((r) => setTimeout(r, 300)); // let a few retries fail
    expect(sup.state).not.toBe('connected');

    await line.start(); // plug back in
    display = await emulator(new LedDisplayEmulator(), line.devicePath);
    await sup.waitConnected(5000);
    await expect.poll(() => display.shown, { timeout: 3000 }).toBe('A011');
    expect(reports.map((r) => r.level)).toEqual(['ok', 'disconnected', 'ok']);
  });

  it('a device that stops answering (but whose port stays) is detected by the heartbeat', async () => {
    const line = await pair('display');
    const driver = new LedDisplayDriver();
    const sup = supervise('display', line.hostPath, driver);
    const display = await emulator(new LedDisplayEmulator(), line.devicePath);
    await sup.waitConnected();
    const disconnected = new Promise<string>((r) => sup.once('disconnected', r));
    await display.stop(); // the device hangs: nothing reads the line any more
    expect(await disconnected).toMatch(/no answer/);
    await emulator(new LedDisplayEmulator(), line.devicePath);
    await sup.waitConnected(5000);
  });

  it('refuses a bad device config with a clear message', () => {
    expect(
      () => new DeviceSupervisor({ id: 'x', kind: 'display', path: 'COM3' }, new LedDisplayDriver()),
    ).toThrow(/path: an absolute device path/);
    expect(
      () =>
        new DeviceSupervisor(
          { id: 'x', kind: 'display', path: '/dev/ttyS0', backoff: { initialMs: 500, maxMs: 100 } },
          new LedDisplayDriver(),
        ),
    ).toThrow(/initialMs must not exceed maxMs/);
  });
});
