// Keeps one serial device connected: opens its port, hands the driver a link, notices when
// the device goes away (port closed, write error, missing heartbeat ACKs, device node gone),
// and tries again with exponential backoff until it is back. Nothing else needs restarting.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import type { DeviceStatusSink } from '../ports.js';
import { parseSerialDeviceConfig, type SerialDeviceConfig, type SerialDeviceConfigInput } from './config.js';
import { FrameType } from './codec.js';
import type { SerialDeviceDriver } from './driver.js';
import { FrameLink } from './link.js';

export type SupervisorState = 'stopped' | 'connecting' | 'connected' | 'waiting';

type DeviceSupervisorEvents = {
  connected: [];
  disconnected: [reason: string];
  retry: [attempt: number, delayMs: number, reason: string];
};

export class DeviceSupervisor extends EventEmitter<DeviceSupervisorEvents> {
  readonly config: SerialDeviceConfig;
  private port: SerialPort | null = null;
  private link: FrameLink | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private current: SupervisorState = 'stopped';

  constructor(
    config: SerialDeviceConfigInput,
    private readonly driver: SerialDeviceDriver,
    private readonly sink: DeviceStatusSink | null = null,
  ) {
    super();
    this.config = parseSerialDeviceConfig(config);
  }

  get state(): SupervisorState {
    return this.current;
  }

  start(): void {
    if (this.current !== 'stopped') return;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.current = 'stopped';
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.teardown();
  }

  /** Resolves once connected (or rejects after `timeoutMs`); handy for start-up and tests. */
  waitConnected(timeoutMs = 5000): Promise<void> {
    if (this.current === 'connected') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('connected', ok);
        reject(new Error(`${this.config.id} not connected within ${timeoutMs} ms`));
      }, timeoutMs);
      const ok = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.once('connected', ok);
    });
  }

  private async connect(): Promise<void> {
    this.current = 'connecting';
    const { path, baudRate } = this.config;
    if (!existsSync(path)) return this.retry('device not present');
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    try {
      await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    } catch (err) {
      return this.retry(`open failed: ${(err as Error).message}`);
    }
    if (this.current !== 'connecting') {
      // stop() was called while the port was opening.
      port.close();
      return;
    }
    this.port = port;
    const link = new FrameLink(port, {
      ackTimeoutMs: this.config.ackTimeoutMs,
      retries: this.config.retries,
    });
    this.link = link;
    port.on('close', () => this.lost('port closed'));
    port.on('error', (err: Error) => this.lost(`port error: ${err.message}`));
    link.on('write-error', (err) => this.lost(`write failed: ${err.message}`));
    this.driver.attach(link);
    this.attempt = 0;
    this.current = 'connected';
    this.heartbeat = setInterval(() => this.beat(link), this.config.heartbeatMs);
    this.report('ok', 'connected');
    this.emit('connected');
  }

  private beat(link: FrameLink): void {
    // A pty (or a USB adapter on some systems) gives no signal when the far end vanishes:
    // the device node disappearing or the device no longer ACKing is how we notice.
    if (!existsSync(this.config.path)) return this.lost('unplugged');
    link.send(FrameType.PING).catch((err: Error) => {
      if (this.link === link) this.lost(`no answer: ${err.message}`);
    });
  }

  private lost(reason: string): void {
    if (this.current !== 'connected') return;
    this.current = 'waiting';
    void this.teardown().then(() => {
      this.report('disconnected', reason);
      this.emit('disconnected', reason);
      this.retry(reason);
    });
  }

  private retry(reason: string): void {
    if (this.current === 'stopped') return;
    this.current = 'waiting';
    const { initialMs, maxMs } = this.config.backoff;
    const delay = Math.min(maxMs, initialMs * 2 ** this.attempt);
    this.attempt++;
    this.emit('retry', this.attempt, delay, reason);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.current === 'waiting') void this.connect();
    }, delay);
  }

  private async teardown(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    const link = this.link;
    const port = this.port;
    this.link = null;
    this.port = null;
    if (link) {
      this.driver.detach();
      link.close();
    }
    if (port) {
      port.removeAllListeners('close');
      port.removeAllListeners('error');
      // Closing a port whose device is gone can itself fail; it is gone either way.
      port.on('error', () => undefined);
      if (port.isOpen) await new Promise<void>((r) => port.close(() => r()));
    }
  }

  private report(level: 'ok' | 'disconnected', detail: string): void {
    this.sink?.report({ deviceId: this.config.id, kind: this.config.kind, level, detail, at: Date.now() });
  }
}
