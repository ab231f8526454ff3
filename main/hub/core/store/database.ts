/** Opens the hub's database: WAL, synchronous=FULL (a printed ticket must survive a power cut), migrated. */
import Database from 'better-sqlite3';
import { migrate, type Migration } from './migrate.js';
import { startCheckpointer, WAL_LIMIT_BYTES } from '../../../sqlite/checkpointer.js';

export type Db = Database.Database & { stopCheckpointer?: () => Promise<void> };

/** Writer-side auto-checkpoint, only a backstop when the background checkpointer lags (64 MiB). */
export const BACKSTOP_CHECKPOINT_PAGES = 16_384;

/**
 * The commit worker writes through its own connection, so a deferred transaction here that reads
 * and then writes could find its snapshot stale and fail at once ("database is locked"). Taking the
 * write lock up front (BEGIN IMMEDIATE) makes it wait its turn instead (busy_timeout).
 */
function preferImmediateTransactions(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const t = transaction(fn);
    return Object.assign((...args: unknown[]) => t.immediate(...args), {
      default: t.default,
      deferred: t.deferred,
      immediate: t.immediate,
      exclusive: t.exclusive,
    });
  }) as Db['transaction'];
}

export interface OpenDatabaseOptions {
  /**
   * The hub's whole migration list (core's and every feature's: hubMigrations, as modules.ts's
   * HUB_MIGRATIONS gives it), applied before the database is returned. Only the hub's entry points
   * know every feature, so a tool in the core that works on a database a hub already migrated
   * (rotate-cli.ts) says 'as-is' instead. Required, so no caller forgets it and gets an empty schema.
   */
  migrations: readonly Migration[] | 'as-is';
  backgroundCheckpoints?: boolean;
}

export function openDatabase(file: string, opts: OpenDatabaseOptions): Db {
  const db: Db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536'); // 64 MiB: a day's working set stays in memory
  // Deleted and overwritten rows are zeroed, not left in free space: purged or re-sealed personal data
  // must not survive in the file's free pages.
  db.pragma('secure_delete = ON');
  // A WAL started over is cut back to this size rather than kept at its largest (see checkpointer.ts).
  db.pragma(`journal_size_limit = ${WAL_LIMIT_BYTES}`);
  preferImmediateTransactions(db);
  if (opts.migrations !== 'as-is') migrate(db, opts.migrations);
  // Checkpoints copy the WAL into the database and fsync it; run them off the commit path.
  if (opts.backgroundCheckpoints !== false && file !== ':memory:') {
    const checkpointer = startCheckpointer(file, { truncateAboveBytes: WAL_LIMIT_BYTES });
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
    db.stopCheckpointer = () => checkpointer.stop();
  }
  return db;
}
