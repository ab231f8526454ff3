// The hub's committer thread. It owns a second connection to the hub database and commits each
// batch of ChangeRows in one transaction (synchronous=FULL: one fsync), so the event loop keeps
// serving while the disk works. Plain JavaScript so it loads the same way under node, tsx and vitest.
// After a failed batch it refuses every later one until the hub, having reloaded, says 'resume':
// those were decided on top of the batch that did not reach the disk.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.pragma(`wal_autocheckpoint = ${workerData.autocheckpoint}`);
const s = Object.fromEntries(Object.entries(workerData.sql).map(([k, sql]) => [k, db.prepare(sql)]));

/** Same statements, same order as writeChange in repository.ts. */
const writeBatch = db.transaction((batch) => {
  for (const rows of batch) {
    for (const v of rows.visits) s.upsertVisit.run(v);
    for (const e of rows.events) {
      const { lastInsertRowid } = s.insertEvent.run(...e.params);
      s.insertOutbox.run(lastInsertRowid, e.visitId, e.now);
    }
    for (const c of rows.counters) s.upsertCounter.run(c);
    for (const q of rows.sequences) s.upsertSequence.run(...q);
    for (const c of rows.callStates) s.upsertCallState.run(...c);
  }
});

let failed = false;
parentPort.on('message', (msg) => {
  if (msg.type === 'resume') {
    failed = false;
    return;
  }
  if (msg.type === 'close') {
    db.close();
    parentPort.postMessage({ type: 'closed' });
    parentPort.close();
    return;
  }
  if (failed) {
    parentPort.postMessage({ id: msg.id, ok: false, error: 'an earlier batch was not saved' });
    return;
  }
  try {
    writeBatch(msg.batch);
    parentPort.postMessage({ id: msg.id, ok: true });
  } catch (err) {
    failed = true;
    parentPort.postMessage({
      id: msg.id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
});
