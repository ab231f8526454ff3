// better-sqlite3 behind the async SqlDriver interface. better-sqlite3 is synchronous, so a
// transaction that awaits between statements could let another request's statements run on the
// same connection inside it; a promise-chain mutex keeps transactions and lone statements apart.
import Database from 'better-sqlite3';
import type { Row, SqlDriver, SqlExecutor, SqlValue } from './driver.js';
import { startCheckpointer } from '../../sqlite/checkpointer.js';

const STATEMENT_CACHE_LIMIT = 500;
/** Writer-side auto-checkpoint when the background checkpointer lags (pages of 4 KiB: 64 MiB). */
const BACKSTOP_CHECKPOINT_PAGES = 16_384;

export function openSqliteDriver(path: string): SqlDriver {
  const db = new Database(path);
  // WAL lets readers continue while a batch commits; NORMAL sync in WAL mode is still
  // crash-safe for the database file (a power cut can lose the last commits, not corrupt).
  // That trade is documented in docs/central.md; hubs resend anything not acknowledged.
  db.pragma('journal_mode = WAL');
  // FULL: central acknowledges events and the hub then forgets them, so a commit must survive a
  // power cut, not only a crash (NORMAL can lose the last commits). Group commit amortises the fsync.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Event ids, customer hashes and visit rows are random keys, so a catching-up hub's batches touch
  // pages all over the indexes; the default 2 MiB cache re-read them from the OS (measured: about
  // 15% of the ingest's system time). 64 MiB holds the hot index pages of a large profile.
  db.pragma('cache_size = -65536');
  // Each batch of a group commit runs in a savepoint, and every multi-row statement may need its
  // own statement journal: SQLite copies each page a batch touches there first. In a temp file
  // that cost a pwrite per page (measured: more than the commit's own WAL writes, about 10% of
  // central's CPU per event). These journals only roll back inside an open transaction and are
  // never read after a crash, so keeping them in memory changes no durability; the WAL still
  // holds every commit.
  db.pragma('temp_store = MEMORY');
  // In-memory databases have no WAL to checkpoint.
  const checkpointer = path === ':memory:' ? null : startCheckpointer(path);
  if (checkpointer) db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);

  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      // Multi-row inserts make one statement per batch size; bound the cache so odd sizes cannot grow it.
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };

  const executor: SqlExecutor = {
    async query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      return prepare(sql).all(...params) as T[];
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      return prepare(sql).run(...params).changes;
    },
  };

  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };

  return {
    dialect: 'sqlite',
    query: (sql, params) => exclusive(() => executor.query(sql, params)),
    run: (sql, params) => exclusive(() => executor.run(sql, params)),
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(executor);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      exclusive(async () => {
        await checkpointer?.stop();
        db.close();
      }),
  };
}
