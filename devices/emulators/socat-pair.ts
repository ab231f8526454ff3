// A pair of connected pseudo-terminals made by socat: a stand-in for a USB-serial cable, so
// tests open real serial ports. Stopping socat is unplugging the cable; starting it again
// with the same link names is plugging it back in.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export class SocatPair {
  private child: ChildProcess | null = null;
  readonly hostPath: string;
  readonly devicePath: string;

  constructor(dir: string, name = 'tty') {
    this.hostPath = join(dir, `${name}-host`);
    this.devicePath = join(dir, `${name}-device`);
  }

  get running(): boolean {
    return this.child !== null;
  }

  async start(timeoutMs = 3000): Promise<void> {
    if (this.child) throw new Error('socat already running');
    const child = spawn('socat', [
      `pty,raw,echo=0,link=${this.hostPath}`,
      `pty,raw,echo=0,link=${this.devicePath}`,
    ]);
    this.child = child;
    let failed: Error | null = null;
    child.once('error', (err) => (failed = err));
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    const until = Date.now() + timeoutMs;
    while (!(existsSync(this.hostPath) && existsSync(this.devicePath))) {
      if (failed)
        throw new Error(
          `socat could not start (is the socat package installed?): ${(failed as Error).message}`,
        );
      if (Date.now() > until) throw new Error('socat did not create the pty pair in time');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Unplugs: socat exits and both link names disappear. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
    while (existsSync(this.hostPath) || existsSync(this.devicePath))
      await new Promise((r) => setTimeout(r, 5));
  }
}
