/**
 * The SQL of the sealing pass (sealed-columns.ts): read the values of a sealed column that are not
 * under the current key, and write one back. Table and column names come from SEALED_COLUMNS only,
 * never from input, which is why they may be spliced into the statement.
 */
import type { Db } from '../store/database.js';

/** A column of sealed personal data (the list is SEALED_COLUMNS in sealed-columns.ts). */
export interface SealedColumn {
  table: string;
  /** The row's primary key (part of each value's authenticated context). */
  key: string;
  column: string;
}

/** Values of the column that do not start with `prefix` (in clear, or sealed under another key). */
export function valuesNotUnder(db: Db, c: SealedColumn, prefix: string): { k: string; v: string }[] {
  return db
    .prepare(
      `SELECT ${c.key} AS k, ${c.column} AS v FROM ${c.table}
        WHERE ${c.column} IS NOT NULL AND substr(${c.column}, 1, ?) != ?`,
    )
    .all(prefix.length, prefix) as { k: string; v: string }[];
}

/** Writes one row's value of the column, prepared once for the whole column. */
export function columnWriter(db: Db, c: SealedColumn): (rowKey: string, value: string) => void {
  const update = db.prepare(`UPDATE ${c.table} SET ${c.column} = ? WHERE ${c.key} = ?`);
  return (rowKey, value) => void update.run(value, rowKey);
}
