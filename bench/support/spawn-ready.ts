/** Starts a TypeScript entry point as its own process and waits for its `{"event":"ready","port":N}` line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface SpawnedServer {
  proc: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export function spawnReady(
  entry: string,
  env: NodeJS.ProcessEnv = {},
  nodeArgs: string[] = [],
): Promise<SpawnedServer> {
  const proc = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: proc.stdout! }).on('line', (l) => {
      try {
        const msg = JSON.parse(l) as { event?: string; port?: number };
        if (msg.event === 'ready')
          resolve({
            proc,
            url: `http://127.0.0.1:${msg.port}`,
            stop: () =>
              new Promise<void>((r) => {
                if (proc.exitCode !== null) return r();
                proc.once('exit', () => r());
                proc.kill('SIGTERM');
              }),
          });
      } catch {
        // Not our line: ignore.
      }
    });
    proc.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before it was ready`)));
  });
}
