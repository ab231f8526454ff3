// Moves SQLite's WAL checkpoints off the request path. By default the connection that commits
// past 1,000 WAL pages copies them into the database file and fsyncs, inside that commit; under
// a sync backlog that made every few batches stall (measured: the drain fell from ~15k to ~8k
// events/s). A worker thread with its own connection runs PASSIVE checkpoints, which never
// block the writer; the writer keeps a far larger auto-checkpoint as a backstop in case the
// worker stops, so the WAL cannot grow without bound.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS run with eval so it loads the same way under tsx, vitest and node alike.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick retries */ }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(path: string, intervalMs = 250): Checkpointer {
  const modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, modulePath, intervalMs } });
  worker.unref();
  // A checkpointer failure only costs speed (the backstop auto-checkpoint still runs); never crash for it.
  worker.on('error', () => undefined);
  let exited = false;
  worker.once('exit', () => (exited = true));
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        // Ref'd again so the process waits for the worker to close its connection.
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
