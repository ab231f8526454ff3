/**
 * The demo always exits when asked: every part is stopped in order even when one fails (before, a
 * hub.stop() that rejected left the central and the printer running and the failure unexplained),
 * a part that never finishes stopping is named and the process exits at the deadline, and a second
 * Ctrl+C quits at once.
 */
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import {
  signalExitCode,
  stopOnSignals,
  stopParts,
  type StoppablePart,
} from '../../main/common/stop-on-signals.js';

/** A demo process stand-in: signals are emitted by the test, exit codes and log lines recorded. */
function fakeProcess(parts: StoppablePart[], deadlineMs?: number) {
  const signals = new EventEmitter();
  const lines: string[] = [];
  const codes: number[] = [];
  let exited: (code: number) => void = () => undefined;
  const firstExit = new Promise<number>((r) => (exited = r));
  stopOnSignals({
    who: 'dawr demo',
    parts,
    deadlineMs,
    log: (line) => lines.push(line),
    exit: (code) => {
      codes.push(code);
      exited(code);
    },
    onSignal: (signal, handler) => signals.on(signal, handler),
  });
  return { signals, lines, codes, firstExit };
}

function part(name: string, stopped: string[], stop?: () => Promise<void>): StoppablePart {
  return {
    name,
    stop: async () => {
      if (stop) await stop();
      stopped.push(name);
    },
  };
}

describe('the demo stop', () => {
  it('stops every part in order and exits with 0', async () => {
    const stopped: string[] = [];
    const demo = fakeProcess([
      part('the hub', stopped),
      part('central', stopped),
      part('the printer', stopped),
    ]);
    demo.signals.emit('SIGTERM');
    expect(await demo.firstExit).toBe(0);
    expect(stopped).toEqual(['the hub', 'central', 'the printer']);
    expect(demo.lines).toEqual([]);
  });

  it('a part that fails to stop is named, the others still stop, and the exit code says so', async () => {
    const stopped: string[] = [];
    const demo = fakeProcess([
      part('the hub', stopped, () => Promise.reject(new Error('database is locked'))),
      part('central', stopped),
      part('the printer', stopped),
    ]);
    demo.signals.emit('SIGINT');
    expect(await demo.firstExit).toBe(1);
    expect(stopped).toEqual(['central', 'the printer']);
    expect(demo.lines).toEqual(['dawr demo: the hub failed to stop: database is locked']);
  });

  it('a part that never finishes stopping is named and the process exits at the deadline', async () => {
    const stopped: string[] = [];
    const demo = fakeProcess(
      [part('the hub', stopped), part('central', stopped, () => new Promise<void>(() => undefined))],
      50,
    );
    demo.signals.emit('SIGTERM');
    expect(await demo.firstExit).toBe(1);
    expect(stopped).toEqual(['the hub']);
    expect(demo.lines).toEqual(['dawr demo: central still stopping after 50 ms; quitting']);
  });

  it('a second signal while stopping quits at once', async () => {
    const stopped: string[] = [];
    let release: () => void = () => undefined;
    const slow = part('the hub', stopped, () => new Promise<void>((r) => (release = r)));
    const demo = fakeProcess([slow]);
    demo.signals.emit('SIGINT');
    demo.signals.emit('SIGINT');
    expect(await demo.firstExit).toBe(signalExitCode('SIGINT'));
    expect(signalExitCode('SIGINT')).toBe(130);
    expect(demo.lines).toEqual(['dawr demo: SIGINT again, quitting at once']);
    expect(stopped).toEqual([]);
    release();
  });

  it('a part whose stop throws before returning a promise is named like one that rejects', async () => {
    const lines: string[] = [];
    const code = await stopParts({
      who: 'dawr demo',
      parts: [
        {
          name: 'the printer emulator',
          stop: () => {
            throw new Error('not started');
          },
        },
      ],
      log: (line) => lines.push(line),
    });
    expect(code).toBe(1);
    expect(lines).toEqual(['dawr demo: the printer emulator failed to stop: not started']);
  });
});
