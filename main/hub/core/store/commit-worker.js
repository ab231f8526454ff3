// The hub's committer thread. It owns a second connection to the hub database and commits the
// batches of ChangeRows waiting for it in one transaction (synchronous=FULL: one fsync), so the
// event loop keeps serving while the disk works. Plain JavaScript so it loads the same way under node, tsx and vitest.
// After a failed batch it refuses every later one until the hub, having reloaded, says 'resume':
// those were decided on top of the batch that did not reach the disk.
import { createRequire } from 'node:module';
import { setImmediate } from 'node:timers';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareChangeStatements, runChangeRows } from './change-sql.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.pragma(`wal_autocheckpoint = ${workerData.autocheckpoint}`);
// This connection writes nearly everything, so it is the one that starts the WAL over: cut it back then.
db.pragma(`journal_size_limit = ${workerData.journalSizeLimit}`);
const statements = prepareChangeStatements(db);

/** Every batch waiting, in one transaction: the same statements, same order as writeRows in repository.ts. */
const writeBatch = db.transaction((batch) => {
  for (const rows of batch) runChangeRows(statements, rows);
});

let failed = false;
// Messages are queued and handled in order on the next turn: batches that arrived while the disk
// was busy with the last commit are written together, in one transaction and one fsync, instead
// of one fsync each. After a slow fsync the backlog clears at once rather than one by one.
const queue = [];
let draining = false;
/** Transactions committed (fsyncs), reported with each acknowledgement for the hub's metrics. */
let transactions = 0;

parentPort.on('message', (msg) => {
  queue.push(msg);
  if (!draining) {
    draining = true;
    setImmediate(drain);
  }
});

function drain() {
  draining = false;
  while (queue.length > 0) {
    const head = queue[0];
    if (head.type === 'resume') {
      queue.shift();
      failed = false;
      continue;
    }
    if (head.type === 'close') {
      queue.length = 0;
      db.close();
      parentPort.postMessage({ type: 'closed' });
      parentPort.close();
      return;
    }
    let n = 0;
    while (n < queue.length && queue[n].type === 'batch') n++;
    commitTogether(queue.splice(0, n));
  }
}

function commitTogether(messages) {
  if (failed) {
    for (const m of messages)
      parentPort.postMessage({ id: m.id, ok: false, error: 'an earlier batch was not saved' });
    return;
  }
  try {
    writeBatch(messages.flatMap((m) => m.batch));
    transactions++;
    for (const m of messages) parentPort.postMessage({ id: m.id, ok: true, transactions });
  } catch (err) {
    // The transaction rolled back whole: none of these batches is on disk.
    failed = true;
    const error = err instanceof Error ? err.message : String(err);
    for (const m of messages) parentPort.postMessage({ id: m.id, ok: false, error });
  }
}
