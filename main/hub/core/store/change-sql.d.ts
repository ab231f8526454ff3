// Types for change-sql.js (plain JavaScript so the commit worker can load it).
import type { Database, Statement } from 'better-sqlite3';
import type { CounterState } from '../../../../shared/domain/state.js';

export declare const CHANGE_SQL: {
  readonly upsertVisit: string;
  readonly insertEvent: string;
  readonly insertOutbox: string;
  readonly upsertCounter: string;
  readonly upsertSequence: string;
  readonly upsertCallState: string;
};

export type ChangeStatements = Record<keyof typeof CHANGE_SQL, Statement<unknown[]>>;

/** A Change as statement parameters: plain data that can cross to the commit worker. */
export interface ChangeRows {
  visits: Record<string, unknown>[];
  /** insertEvent parameters; each event also gets an outbox row (its seq, visit id, time). */
  events: { params: unknown[]; visitId: string; now: number }[];
  counters: CounterState[];
  sequences: [string, string, number][];
  callStates: [string, number, number][];
}

export declare function prepareChangeStatements(db: Database): ChangeStatements;

export declare function runChangeRows(statements: ChangeStatements, rows: ChangeRows): void;
