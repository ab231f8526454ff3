// The one seam between the central store and a database engine. SQL is written once, in the
// subset SQLite and PostgreSQL share (ON CONFLICT, RETURNING, multi-row VALUES), with `?`
// placeholders; each driver adapts placeholders and value types. Only migrations differ by dialect.

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;
export type Dialect = 'sqlite' | 'postgres';

export interface SqlExecutor {
  /** Rows of a SELECT (or of an INSERT … RETURNING). */
  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement and returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: Dialect;
  /**
   * Runs fn in one transaction: all of it commits or none of it does. The driver may run fn
   * more than once when the database reports a serialisation conflict, so fn must not have
   * side effects outside the executor it is given.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Largest number of bound parameters one statement may carry on either engine (SQLite: 32766). */
export const MAX_PARAMS = 30_000;

/** Splits items so each statement stays under MAX_PARAMS. */
export function chunk<T>(items: readonly T[], paramsPerItem: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / paramsPerItem));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `(?, ?, ?)` repeated for a multi-row VALUES list. */
export function valuesList(rows: number, columns: number): string {
  const one = `(${new Array(columns).fill('?').join(', ')})`;
  return new Array(rows).fill(one).join(', ');
}

/** `?, ?, ?` for an IN list. */
export function inList(count: number): string {
  return new Array(count).fill('?').join(', ');
}
