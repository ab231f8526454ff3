// Printing through the operating system's spooler (CUPS `lp -o raw`), for kiosks whose
// printer is set up as a local queue. The spooler gives no DLE EOT replies, so status comes
// from `lpstat -p` (enabled or disabled) only.
import { spawn } from 'node:child_process';
import { DeadlineClock } from './channel.js';
import { PrinterError } from './errors.js';

type Run = { code: number | null; stdout: string; stderr: string };

function run(cmd: string, args: string[], input: Uint8Array | null, clock: DeadlineClock): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(new PrinterError('timeout', `${cmd} did not finish in time`));
      },
      Math.max(clock.remaining(), 0),
    );
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? new PrinterError('offline', `${cmd} not found: no operating-system printing here`)
          : new PrinterError('io', `${cmd}: ${err.message}`),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // EPIPE from a command that exits early is reported by its exit code instead.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? undefined);
  });
}

export async function osPrint(
  lp: string,
  printerName: string,
  bytes: Uint8Array,
  clock: DeadlineClock,
): Promise<void> {
  const r = await run(lp, ['-d', printerName, '-o', 'raw'], bytes, clock);
  if (r.code !== 0)
    throw new PrinterError('offline', `${lp} failed (${r.code}): ${r.stderr.trim() || r.stdout.trim()}`);
}

/** True when the queue accepts jobs; false when CUPS reports it disabled. */
export async function osPrinterEnabled(
  lpstat: string,
  printerName: string,
  clock: DeadlineClock,
): Promise<boolean> {
  const r = await run(lpstat, ['-p', printerName], null, clock);
  if (r.code !== 0) throw new PrinterError('offline', `${lpstat} does not know printer ${printerName}`);
  return !/disabled/i.test(r.stdout);
}
