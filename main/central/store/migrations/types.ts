import type { Dialect } from '../driver.js';

/** One forward-only schema step. Never edit one that has shipped; add the next number. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Statements for the given dialect, run in order inside the migration transaction. */
  statements(dialect: Dialect): string[];
}
