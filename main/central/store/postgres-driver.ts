// node-postgres behind the async SqlDriver interface. Transactions run SERIALIZABLE and are
// retried on serialisation failures, deadlocks and unique-key races: two hubs creating the same
// new customer at once is the expected case, and retrying is simpler and safer than row locks.
import pg from 'pg';
import type { Row, SqlDriver, SqlExecutor, SqlValue } from './driver.js';

const RETRYABLE = new Set(['40001', '40P01', '23505']);
const MAX_ATTEMPTS = 5;

/** `?` → `$1, $2 …`. Safe because central's SQL never has a `?` inside a string literal. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// BIGINT (oid 20) arrives as a string by default; central's counters stay far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 && format !== 'binary'
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

function executorFor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      const result = await client.query<T>(numbered(sql), params as SqlValue[]);
      return result.rows;
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      const result = await client.query(numbered(sql), params as SqlValue[]);
      return result.rowCount ?? 0;
    },
  };
}

export interface PostgresOptions {
  /** Schema to use (created if missing); lets tests and several deployments share one database. */
  schema?: string;
  maxConnections?: number;
}

export async function openPostgresDriver(url: string, options: PostgresOptions = {}): Promise<SqlDriver> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's connection can drop (server restart); without a listener that error would crash the process.
  pool.on('error', () => undefined);
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const shared = executorFor(pool);

  return {
    dialect: 'postgres',
    query: shared.query,
    run: shared.run,
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
          try {
            const result = await fn(executorFor(client));
            await client.query('COMMIT');
            return result;
          } catch (error) {
            await client.query('ROLLBACK');
            const code = (error as { code?: unknown }).code;
            if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
          }
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
