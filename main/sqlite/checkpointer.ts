// Moves SQLite's WAL checkpoints off the request path. By default the connection that commits
// past 1,000 WAL pages copies them into the database file and fsyncs, inside that commit; under
// a sync backlog that made every few batches stall (measured: the drain fell from ~15k to ~8k
// events/s). A worker thread with its own connection runs PASSIVE checkpoints, which never
// block the writer; the writer keeps a far larger auto-checkpoint as a backstop in case the
// worker stops.
//
// PASSIVE checkpoints never shrink the WAL file, and under steady load they rarely catch up far
// enough for the writer to start the WAL over, so the file kept growing (19.5 MB on a filled disk:
// the space freed was eaten again within a second; 64 MB, the backstop, under the bench's load).
// So once the file is past `truncateAboveBytes` the worker runs a TRUNCATE checkpoint, which copies
// everything back and cuts the file to zero. It holds writers off while it copies and fsyncs (at most
// a limit's worth of pages, once per limit's worth written) and gives up after a short busy timeout
// if readers are in the way; the next tick retries. Every connection also sets journal_size_limit,
// so a WAL the writer starts over after a complete PASSIVE checkpoint is cut back as well.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Past this size the WAL is checkpointed and truncated; also each connection's journal_size_limit. */
export const WAL_LIMIT_BYTES = 8 * 1024 * 1024;

// Plain CommonJS run with eval so it loads the same way under tsx, vitest and node alike.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.modulePath);
const db = new Database(workerData.path);
// A TRUNCATE checkpoint holds new writers off while it waits for readers: never for long.
db.pragma('busy_timeout = ' + workerData.truncateBusyMs);
if (workerData.truncateAboveBytes < Number.MAX_SAFE_INTEGER) db.pragma('journal_size_limit = ' + workerData.truncateAboveBytes);
const walBytes = () => { try { return statSync(workerData.path + '-wal').size; } catch { return 0; } };
const timer = setInterval(() => {
  try {
    if (walBytes() > workerData.truncateAboveBytes) db.pragma('wal_checkpoint(TRUNCATE)');
    else db.pragma('wal_checkpoint(PASSIVE)');
  } catch { /* busy, disk full or closing: the next tick retries */ }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  /** Past this WAL size, TRUNCATE instead of PASSIVE. Default: never (central's store, for now). */
  truncateAboveBytes?: number;
  /** How long a TRUNCATE checkpoint may wait for readers (and hold writers off) before the next tick retries. */
  truncateBusyMs?: number;
}

export function startCheckpointer(path: string, opts: CheckpointerOptions = {}): Checkpointer {
  const modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
  const workerData = {
    path,
    modulePath,
    intervalMs: opts.intervalMs ?? 250,
    truncateAboveBytes: opts.truncateAboveBytes ?? Number.MAX_SAFE_INTEGER,
    truncateBusyMs: opts.truncateBusyMs ?? 100,
  };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
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
