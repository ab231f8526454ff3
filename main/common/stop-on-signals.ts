/**
 * How a Dawr process stops on Ctrl+C or SIGTERM (an operator, systemd, Electron quitting, a test): the
 * hub's CLI (the packaged service) and the demo (hub, then central, then the printer). Its parts stop
 * in order, each even when one before it failed, and the process always exits: with 0 when every part
 * stopped, 1 when one failed (named in the log) or was still stopping at the deadline. A second signal
 * while stopping quits at once: every ticket the hub acknowledged is already committed to disk, so a
 * quit loses nothing but the tidy close.
 */
import { constants } from 'node:os';

export interface StoppablePart {
  /** As the operator knows it: "the hub", "central", "the printer emulator". */
  name: string;
  stop(): Promise<void>;
}

/**
 * The whole stop's bound. The hub bounds its own waits (server.ts DEFAULT_CLOSE_TIMEOUTS: modules 5 s,
 * connections 2 s), central and the printer cut their sockets; 15 s leaves them room on a loaded
 * machine and still ends before a supervisor's kill (the demo's spec and the packaged units: 20 s).
 */
export const STOP_DEADLINE_MS = 15_000;

export interface StopOnSignalsOptions {
  /** Who speaks in the log lines: "dawr hub", "dawr demo". */
  who: string;
  parts: readonly StoppablePart[];
  /** One line for the operator (stderr). */
  log: (line: string) => void;
  exit: (code: number) => void;
  /** Subscribes to a signal: process.on. */
  onSignal: (signal: NodeJS.Signals, handler: () => void) => void;
  deadlineMs?: number;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Exit status of a process ended by a signal, as a shell reports it (128 + its number). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

export function stopOnSignals(opts: StopOnSignalsOptions): void {
  let stopping = false;
  for (const signal of STOP_SIGNALS)
    opts.onSignal(signal, () => {
      if (stopping) {
        opts.log(`${opts.who}: ${signal} again, quitting at once`);
        opts.exit(signalExitCode(signal));
        return;
      }
      stopping = true;
      void stopParts(opts).then(opts.exit);
    });
}

/** Stops every part in order; resolves with the exit code (never rejects, never waits past the deadline). */
export async function stopParts(
  opts: Pick<StopOnSignalsOptions, 'who' | 'parts' | 'log' | 'deadlineMs'>,
): Promise<number> {
  const deadlineMs = opts.deadlineMs ?? STOP_DEADLINE_MS;
  let current: StoppablePart | undefined;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      opts.log(`${opts.who}: ${current?.name ?? 'a part'} still stopping after ${deadlineMs} ms; quitting`);
      resolve(1);
    }, deadlineMs);
  });
  const inOrder = async (): Promise<number> => {
    let code = 0;
    for (const part of opts.parts) {
      current = part;
      try {
        await part.stop();
      } catch (e) {
        opts.log(`${opts.who}: ${part.name} failed to stop: ${e instanceof Error ? e.message : String(e)}`);
        code = 1;
      }
    }
    return code;
  };
  try {
    return await Promise.race([inOrder(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
