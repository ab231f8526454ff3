// The device end of a generic-protocol serial device: opens the pty that socat gives the
// "device" and speaks the same framing as the real hardware would.
import { SerialPort } from 'serialport';
import type { Frame } from '../serial/codec.js';
import { FrameLink } from '../serial/link.js';

export abstract class SerialDeviceEmulator {
  protected port: SerialPort | null = null;
  protected link: FrameLink | null = null;

  async start(path: string, baudRate = 9600): Promise<void> {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    // The emulator dies with its cable; errors after an unplug are expected.
    port.on('error', () => undefined);
    this.port = port;
    this.link = new FrameLink(port, { ackTimeoutMs: 150, retries: 3 });
    this.link.on('frame', (f) => this.onFrame(f));
  }

  async stop(): Promise<void> {
    this.link?.close();
    this.link = null;
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((r) => port.close(() => r()));
  }

  protected send(type: number, payload: Uint8Array): Promise<void> {
    if (!this.link) return Promise.reject(new Error('emulator not started'));
    return this.link.send(type, payload);
  }

  protected onFrame(_frame: Frame): void {}
}
