// An ESC/POS printer on a serial port (the device end of a socat pair), sharing the TCP
// emulator's decoder and status answers, for testing printers configured as serial:/dev/….
import { SerialPort } from 'serialport';
import { conditionFor, type EmulatorState } from '../escpos/emulator.js';
import { EscPosSession, type SessionJob } from '../escpos/session.js';

export class SerialEscPosPrinterEmulator {
  readonly jobs: SessionJob[] = [];
  state: EmulatorState = 'ok';
  private port: SerialPort | null = null;
  private listeners: ((job: SessionJob) => void)[] = [];

  async start(path: string): Promise<void> {
    const port = new SerialPort({ path, baudRate: 19200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    this.port = port;
    new EscPosSession(port, {
      condition: () => conditionFor(this.state),
      onJob: (job) => {
        this.jobs.push(job);
        for (const l of this.listeners) l(job);
      },
      onBadInput: () => undefined,
    });
  }

  waitForJob(timeoutMs = 5000): Promise<SessionJob> {
    const done = this.jobs[0];
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no job on the serial printer')), timeoutMs);
      this.listeners.push((job) => {
        clearTimeout(timer);
        resolve(job);
      });
    });
  }

  async stop(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((r) => port.close(() => r()));
  }
}
