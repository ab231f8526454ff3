// A byte channel to a printer (TCP socket or serial port) with the two things a print
// needs: write and wait until the bytes are handed over, and read one reply byte, both
// bounded by a deadline so a hung printer cannot block the kiosk.
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { SerialPort } from 'serialport';
import { PrinterError, classifyIoError } from './errors.js';

export class DeadlineClock {
  constructor(readonly deadline: number) {}
  remaining(): number {
    return this.deadline - Date.now();
  }
}

function timeoutError(what: string): PrinterError {
  return new PrinterError('timeout', `printer did not ${what} in time`);
}

export class StreamChannel {
  private received: number[] = [];
  private waiter: (() => void) | null = null;
  private failure: PrinterError | null = null;

  constructor(
    private readonly stream: Duplex,
    private readonly closer: () => Promise<void> = async () => void stream.destroy(),
  ) {
    stream.on('data', (chunk: Buffer) => {
      for (const b of chunk) this.received.push(b);
      this.waiter?.();
    });
    const fail = (err: unknown): void => {
      this.failure ??= classifyIoError(err);
      this.waiter?.();
    };
    stream.on('error', fail);
    stream.on('close', () => fail(new PrinterError('offline', 'printer closed the connection')));
  }

  async write(bytes: Uint8Array, clock: DeadlineClock): Promise<void> {
    if (this.failure) throw this.failure;
    await this.bounded(
      new Promise<void>((resolve, reject) => {
        this.stream.write(bytes, (err) => (err ? reject(classifyIoError(err)) : resolve()));
      }),
      clock,
      'accept the ticket',
    );
  }

  /** Discards replies nobody asked for (e.g. automatic status back) before a query. */
  drain(): void {
    this.received = [];
  }

  async readByte(clock: DeadlineClock): Promise<number> {
    for (;;) {
      const b = this.received.shift();
      if (b !== undefined) return b;
      if (this.failure) throw this.failure;
      const wait = clock.remaining();
      if (wait <= 0) throw timeoutError('answer the status query');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
        this.waiter = done;
      });
      this.waiter = null;
    }
  }

  /** Serial ports must be closed (not just destroyed) before the next open can lock them. */
  close(): Promise<void> {
    return this.closer();
  }

  private async bounded<T>(p: Promise<T>, clock: DeadlineClock, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(what)), Math.max(clock.remaining(), 0));
    });
    try {
      return await Promise.race([p, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

export async function openTcp(host: string, port: number, clock: DeadlineClock): Promise<StreamChannel> {
  const socket: Socket = connect({ host, port });
  socket.setNoDelay(true);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => {
        socket.destroy();
        reject(timeoutError('accept the connection'));
      },
      Math.max(clock.remaining(), 0),
    );
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(new StreamChannel(socket));
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      socket.destroy();
      reject(classifyIoError(err));
    });
  });
}

export async function openSerial(
  path: string,
  baudRate: number,
  clock: DeadlineClock,
): Promise<StreamChannel> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => {
        if (port.isOpen) port.close();
        reject(timeoutError('open the serial port'));
      },
      Math.max(clock.remaining(), 0),
    );
    port.open((err) => {
      clearTimeout(timer);
      if (err) reject(classifyIoError(err));
      else
        resolve(
          new StreamChannel(port, () =>
            port.isOpen ? new Promise<void>((r) => port.close(() => r())) : Promise.resolve(),
          ),
        );
    });
  });
}
