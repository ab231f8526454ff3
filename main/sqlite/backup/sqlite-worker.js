// The heavy SQLite work of a backup, in a worker thread so the hub's event loop keeps serving:
// the copy (SQLite's online backup API, from its own connection) and the check of a copy
// (integrity_check, schema version, row counts). Plain JavaScript so it loads the same way under
// node, tsx and vitest. One job per worker; the answer is posted once, then the worker ends.
import { Buffer } from 'node:buffer';
import { closeSync, fsyncSync, openSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

// All remaining pages in one step: the copy is read under one read transaction, so it is a
// consistent snapshot even while the commit worker writes through its own connection. In small
// steps, any write by another connection between two steps makes SQLite restart the copy, and
// under steady ticket traffic a large database would never finish.
const ALL_PAGES = 0x7fffffff;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function fsyncFile(path) {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isSqliteFile(path) {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

async function copy({ source, target }) {
  const started = performance.now();
  const src = new Database(source, { fileMustExist: true });
  let pages;
  try {
    src.pragma('busy_timeout = 5000');
    pages = (await src.backup(target, { progress: () => ALL_PAGES })).totalPages;
  } finally {
    src.close();
  }
  // The copy keeps the source's WAL mode in its header; a backup is one self-contained file.
  const dst = new Database(target);
  try {
    dst.pragma('journal_mode = DELETE');
  } finally {
    dst.close();
  }
  fsyncFile(target);
  return { pages, copyMs: performance.now() - started };
}

function check({ file, tables, identitySql }) {
  const started = performance.now();
  if (!isSqliteFile(file))
    return { ok: false, problem: 'not an SQLite database', checkMs: performance.now() - started };
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    // integrity_check walks every index against its table: with SQLite's small default cache it
    // rereads the same pages from disk over and over (measured: about twice as slow on a year of visits).
    db.pragma('cache_size = -131072');
    const integrity = db
      .prepare('PRAGMA integrity_check(20)')
      .pluck()
      .all()
      .map((x) => String(x));
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    const existing = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const rowCounts = {};
    for (const t of tables)
      if (existing.has(t)) rowCounts[t] = Number(db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get());
    let identity = null;
    if (identitySql) {
      try {
        const v = db.prepare(identitySql).pluck().get();
        identity = v === undefined || v === null ? null : String(v);
      } catch {
        identity = null;
      }
    }
    const ok = integrity.length === 1 && integrity[0] === 'ok';
    return {
      ok,
      problem: ok ? null : `integrity_check: ${integrity.join('; ')}`,
      integrity: integrity.join('; '),
      schemaVersion,
      rowCounts,
      identity,
      checkMs: performance.now() - started,
    };
  } catch (e) {
    return {
      ok: false,
      problem: `not a readable SQLite database (${e instanceof Error ? e.message : String(e)})`,
      checkMs: performance.now() - started,
    };
  } finally {
    db?.close();
  }
}

async function run(job) {
  if (job.op === 'copy') return copy(job);
  if (job.op === 'check') return check(job);
  throw new Error(`unknown job ${job.op}`);
}

run(workerData).then(
  (result) => parentPort.postMessage({ ok: true, result }),
  (e) => parentPort.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
);
